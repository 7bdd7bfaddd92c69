{-# LANGUAGE NoImplicitPrelude, MagicHash, UnboxedTuples #-}
-- Mutual recursion: top-level even/odd, a local mutually recursive pair (letrec of
-- functions), and mutually recursive data (a rose tree and its forest).
module MutualRecursion (result) where

import GHC.Prim
import GHC.Types

isEven :: Int# -> Bool
isEven 0# = True
isEven n = isOdd (n -# 1#)

isOdd :: Int# -> Bool
isOdd 0# = False
isOdd n = isEven (n -# 1#)

data Rose = Rose Int Forest
data Forest = Empty | Trees Rose Forest

sizeRose :: Rose -> Int#
sizeRose (Rose _ f) = 1# +# sizeForest f

sizeForest :: Forest -> Int#
sizeForest Empty = 0#
sizeForest (Trees r f) = sizeRose r +# sizeForest f

hofstadter :: Int# -> (Int, Int)
hofstadter n =
  let f 0# = 1#
      f k = k -# m (f (k -# 1#))
      m 0# = 0#
      m k = k -# f (m (k -# 1#))
  in (I# (f n), I# (m n))

forest :: Rose
forest = Rose (I# 1#) (Trees (Rose (I# 2#) Empty) (Trees (Rose (I# 3#) (Trees (Rose (I# 4#) Empty) Empty)) Empty))

result :: (Bool, Bool, Int, (Int, Int))
result = (isEven 100001#, isOdd 77#, I# (sizeRose forest), hofstadter 30#)
