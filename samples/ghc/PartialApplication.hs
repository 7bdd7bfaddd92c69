{-# LANGUAGE NoImplicitPrelude, MagicHash, UnboxedTuples #-}
-- Partial application and over-saturation: partial applications stored in a list and
-- applied later, a function of arity 1 that returns a function (called with three
-- arguments), unknown calls through parameters, and composition.
module PartialApplication (result) where

import GHC.Prim
import GHC.Types

add3 :: Int -> Int -> Int -> Int
add3 (I# a) (I# b) (I# c) = I# (a +# b *# 10# +# c *# 100#)

pick :: Int -> (Int -> Int -> Int)
pick (I# 0#) = \(I# a) (I# b) -> I# (a -# b)
pick _ = \(I# a) (I# b) -> I# (a *# b)
{-# NOINLINE pick #-}

compose :: (b -> c) -> (a -> b) -> a -> c
compose f g x = f (g x)

twice :: (a -> a) -> a -> a
twice f = compose f f

applyAll :: [Int -> Int] -> Int -> [Int]
applyAll [] _ = []
applyAll (f : fs) x = f x : applyAll fs x

map :: (a -> b) -> [a] -> [b]
map _ [] = []
map f (x : xs) = f x : map f xs

partials :: [Int -> Int]
partials = add3 (I# 1#) (I# 2#) : twice (add3 (I# 5#) (I# 0#)) : compose (pick (I# 1#) (I# 3#)) (add3 (I# 0#) (I# 0#)) : []

result :: ([Int], Int, Int, [Int])
result = ( applyAll partials (I# 7#)
         , pick (I# 0#) (I# 50#) (I# 8#)
         , twice twice (\(I# x) -> I# (x *# 2#)) (I# 1#)
         , map (add3 (I# 9#) (I# 9#)) (I# 1# : I# 2# : []) )
