{-# LANGUAGE NoImplicitPrelude, MagicHash, UnboxedTuples #-}
-- Laziness: infinite lists (iterate, an infinite enumeration, the Fibonacci stream defined
-- by zipWith over itself), consumed by take and by a search that stops early.
module InfiniteLists (result) where

import GHC.Prim
import GHC.Types

take :: Int# -> [a] -> [a]
take 0# _ = []
take _ [] = []
take n (x : xs) = x : take (n -# 1#) xs

iterate :: (a -> a) -> a -> [a]
iterate f x = x : iterate f (f x)

from :: Int# -> [Int]
from n = I# n : from (n +# 1#)

zipWith :: (a -> b -> c) -> [a] -> [b] -> [c]
zipWith f (x : xs) (y : ys) = f x y : zipWith f xs ys
zipWith _ _ _ = []

plus :: Int -> Int -> Int
plus (I# a) (I# b) = I# (a +# b)

fibs :: [Int]
fibs = I# 0# : I# 1# : zipWith plus fibs (tail fibs)
  where tail (_ : xs) = xs
        tail [] = []

firstOver :: Int# -> [Int] -> Int
firstOver limit (I# x : xs) = case x ># limit of { 1# -> I# x; _ -> firstOver limit xs }
firstOver _ [] = I# -1#

result :: ([Int], [Int], Int, [Int])
result = ( take 6# (iterate (\(I# x) -> I# (x *# 3#)) (I# 1#))
         , take 15# fibs
         , firstOver 1000000# fibs
         , take 4# (from 90#) )
