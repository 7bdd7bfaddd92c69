{-# LANGUAGE NoImplicitPrelude, MagicHash, UnboxedTuples #-}
-- Type classes with dictionaries: a class with two methods and a default, a subclass with
-- a superclass, instances for the program's own types and for lists (an instance that
-- needs another dictionary), and functions polymorphic in the class.
module TypeClasses (result) where

import GHC.Prim
import GHC.Types

class Shape a where
  area :: a -> Int
  corners :: a -> Int
  corners _ = I# 0#

class Shape a => Solid a where
  volume :: a -> Int -> Int

data Square = Square Int
data Circle = Circle Int
data Tri = Tri Int Int

instance Shape Square where
  area (Square (I# s)) = I# (s *# s)
  corners _ = I# 4#

instance Shape Circle where
  area (Circle (I# r)) = I# (quotInt# (314# *# r *# r) 100#)

instance Shape Tri where
  area (Tri (I# b) (I# h)) = I# (quotInt# (b *# h) 2#)
  corners _ = I# 3#

instance Shape a => Shape [a] where
  area [] = I# 0#
  area (x : xs) = case area x of I# a -> case area xs of I# b -> I# (a +# b)
  corners [] = I# 0#
  corners (x : xs) = case corners x of I# a -> case corners xs of I# b -> I# (a +# b)

instance Solid Square where
  volume s (I# h) = case area s of I# a -> I# (a *# h)

describe :: Shape a => a -> (Int, Int)
describe x = (area x, corners x)

totalVolume :: Solid a => [a] -> Int -> Int
totalVolume [] _ = I# 0#
totalVolume (x : xs) h = case volume x h of
  I# v -> case totalVolume xs h of I# rest -> case area x of I# a -> I# (v +# rest +# a)

result :: [(Int, Int)]
result = describe (Square (I# 5#)) : describe (Circle (I# 10#)) : describe (Tri (I# 6#) (I# 7#))
       : describe (Square (I# 1#) : Square (I# 2#) : []) : describe (Tri (I# 2#) (I# 2#) : [])
       : (totalVolume (Square (I# 2#) : Square (I# 3#) : []) (I# 10#), I# 0#) : []
