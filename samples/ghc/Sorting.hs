{-# LANGUAGE NoImplicitPrelude, MagicHash, UnboxedTuples #-}
-- Sorting with an ordering class of the program's own: insertion sort and quicksort over
-- Ints, and merge sort over Chars, through one class-polymorphic comparison.
module Sorting (result) where

import GHC.Prim
import GHC.Types

class Ord a where
  lessEq :: a -> a -> Bool

instance Ord Int where
  lessEq (I# a) (I# b) = tagToEnum# (a <=# b)

instance Ord Char where
  lessEq (C# a) (C# b) = tagToEnum# (leChar# a b)

insert :: Ord a => a -> [a] -> [a]
insert x [] = x : []
insert x (y : ys) = case lessEq x y of { True -> x : y : ys; False -> y : insert x ys }

insertionSort :: Ord a => [a] -> [a]
insertionSort [] = []
insertionSort (x : xs) = insert x (insertionSort xs)

append :: [a] -> [a] -> [a]
append [] ys = ys
append (x : xs) ys = x : append xs ys

quicksort :: Ord a => [a] -> [a]
quicksort [] = []
quicksort (p : xs) = append (quicksort (filter (\x -> lessEq x p) xs)) (p : quicksort (filter (\x -> not (lessEq x p)) xs))
  where filter _ [] = []
        filter f (y : ys) = case f y of { True -> y : filter f ys; False -> filter f ys }
        not True = False
        not False = True

mergeSort :: Ord a => [a] -> [a]
mergeSort [] = []
mergeSort (x : []) = x : []
mergeSort xs = case split xs of (l, r) -> merge (mergeSort l) (mergeSort r)
  where split (a : b : rest) = case split rest of (l, r) -> (a : l, b : r)
        split rest = (rest, [])
        merge [] ys = ys
        merge xs' [] = xs'
        merge (a : as) (b : bs) = case lessEq a b of
          True -> a : merge as (b : bs)
          False -> b : merge (a : as) bs

ints :: [Int]
ints = I# 31# : I# -4# : I# 15# : I# 9# : I# 26# : I# 5# : I# 35# : I# 8# : I# 9# : I# 7# : []

result :: ([Int], [Int], [Char])
result = (insertionSort ints, quicksort ints, mergeSort ('s' : 't' : 'g' : 'm' : 'a' : 'c' : 'h' : 'i' : 'n' : 'e' : []))
