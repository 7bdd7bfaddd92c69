{-# LANGUAGE NoImplicitPrelude, MagicHash, UnboxedTuples #-}
-- Records: field selectors, record construction, record update, a field shared by two
-- constructors, and pattern matching on fields.
module Records (result) where

import GHC.Prim
import GHC.Types

data Account = Account { owner :: [Char], balance :: Int, history :: [Int] }

data Shape = Rect { name :: Char, width :: Int, height :: Int }
           | Disc { name :: Char, radius :: Int }

deposit :: Int -> Account -> Account
deposit amount@(I# a) acc = case balance acc of
  I# b -> acc { balance = I# (a +# b), history = amount : history acc }

rename :: Char -> Shape -> Shape
rename c s = s { name = c }

perimeter :: Shape -> Int
perimeter Rect { width = I# w, height = I# h } = I# (2# *# (w +# h))
perimeter Disc { radius = I# r } = I# (quotInt# (628# *# r) 100#)

start :: Account
start = Account { owner = 'a' : 'd' : 'a' : [], balance = I# 10#, history = [] }

result :: (Account, [Char], [Int], [Char])
result =
  let final = deposit (I# 5#) (deposit (I# 32#) start)
      shapes = rename 'x' (Rect 'r' (I# 3#) (I# 4#)) : Disc 'd' (I# 10#) : []
  in (final, owner final, perimeter (shapes !! 0#) : perimeter (shapes !! 1#) : [], name (shapes !! 0#) : name (shapes !! 1#) : [])
  where
    (x : _) !! 0# = x
    (_ : xs) !! n = xs !! (n -# 1#)
