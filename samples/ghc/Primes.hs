{-# LANGUAGE NoImplicitPrelude, MagicHash, UnboxedTuples #-}
-- The lazy sieve over an infinite list: the first 30 primes and the 500th.
module Primes (result) where

import GHC.Prim
import GHC.Types

from :: Int# -> [Int]
from n = I# n : from (n +# 1#)

sieve :: [Int] -> [Int]
sieve (p@(I# k) : xs) = p : sieve (filterNot k xs)
  where filterNot d (y@(I# v) : ys) = case remInt# v d of
          0# -> filterNot d ys
          _ -> y : filterNot d ys
        filterNot _ [] = []
sieve [] = []

take :: Int# -> [a] -> [a]
take 0# _ = []
take _ [] = []
take n (x : xs) = x : take (n -# 1#) xs

index :: [a] -> Int# -> a
index (x : _) 0# = x
index (_ : xs) n = index xs (n -# 1#)
index [] _ = raise# 'x'

primes :: [Int]
primes = sieve (from 2#)

result :: ([Int], Int)
result = (take 30# primes, index primes 499#)
