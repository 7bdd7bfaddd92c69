{-# LANGUAGE NoImplicitPrelude, MagicHash, UnboxedTuples #-}
-- The n-queens problem with lists: all solutions for 6, and the number of solutions for 8.
module Queens (result) where

import GHC.Prim
import GHC.Types

safe :: Int# -> Int# -> [Int] -> Bool
safe _ _ [] = True
safe q d (I# c : cs) = case q ==# c of
  1# -> False
  _ -> case q ==# c +# d of
    1# -> False
    _ -> case q ==# c -# d of
      1# -> False
      _ -> safe q (d +# 1#) cs

queens :: Int# -> Int# -> [[Int]]
queens _ 0# = [] : []
queens n k = extend (queens n (k -# 1#))
  where
    extend [] = []
    extend (b : bs) = place 1# b (extend bs)
    place q b rest = case q ># n of
      1# -> rest
      _ -> case safe q 1# b of
        True -> (I# q : b) : place (q +# 1#) b rest
        False -> place (q +# 1#) b rest

length :: [a] -> Int
length = go 0#
  where go n [] = I# n
        go n (_ : xs) = go (n +# 1#) xs

result :: ([[Int]], Int)
result = (queens 6# 6#, length (queens 8# 8#))
