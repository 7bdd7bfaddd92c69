{-# LANGUAGE NoImplicitPrelude, MagicHash, UnboxedTuples #-}
-- Deep non-tail recursion: a sum over 1..1000000 that keeps a million frames, and a long
-- lazily built list whose length is taken with an accumulator.
module DeepRecursion (result) where

import GHC.Prim
import GHC.Types

sumTo :: Int# -> Int#
sumTo 0# = 0#
sumTo n = n +# sumTo (n -# 1#)

build :: Int# -> [Int]
build 0# = []
build n = I# n : build (n -# 1#)

length :: [a] -> Int# -> Int#
length [] acc = acc
length (_ : xs) acc = length xs (acc +# 1#)

sumList :: [Int] -> Int
sumList [] = I# 0#
sumList (I# x : xs) = case sumList xs of I# s -> I# (x +# s)

result :: (Int, Int, Int)
result = (I# (sumTo 1000000#), I# (length (build 500000#) 0#), sumList (build 300000#))
