{-# LANGUAGE NoImplicitPrelude, MagicHash, UnboxedTuples #-}
-- Knot-tying: a cyclic list, and the one-pass "replace every leaf by the minimum" of a tree,
-- whose result feeds back into its own traversal through a lazy binding.
module KnotTying (result) where

import GHC.Prim
import GHC.Types

data Tree = Leaf Int | Node Tree Tree

minInt :: Int -> Int -> Int
minInt a@(I# x) b@(I# y) = case x <=# y of { 1# -> a; _ -> b }

repMin :: Tree -> Tree
repMin t = t'
  where
    (t', m) = walk t
    walk (Leaf x) = (Leaf m, x)
    walk (Node l r) = case walk l of
      (l', ml) -> case walk r of
        (r', mr) -> (Node l' r', minInt ml mr)

take :: Int# -> [a] -> [a]
take 0# _ = []
take _ [] = []
take n (x : xs) = x : take (n -# 1#) xs

cycleABC :: [Char]
cycleABC = let xs = 'a' : 'b' : 'c' : xs in xs

result :: (Tree, [Char])
result = ( repMin (Node (Node (Leaf (I# 8#)) (Leaf (I# 3#))) (Node (Leaf (I# 9#)) (Node (Leaf (I# 4#)) (Leaf (I# 6#)))))
         , take 8# cycleABC )
