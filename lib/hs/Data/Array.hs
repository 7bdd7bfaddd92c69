{-# LANGUAGE NoImplicitPrelude #-}
-- Immutable arrays in plain Haskell (the machine has no array primitives): Ix, and an
-- array as a balanced tree over the index range, O(log n) per access. Elements are lazy,
-- so an array may be defined in terms of itself as with base's.
module Data.Array
  ( Ix(..), Array, array, listArray, accumArray, (!), bounds, elems, indices, assocs, (//)
  ) where

import GHC.Base
import GHC.Num
import GHC.Real
import GHC.Show
import GHC.List
import Data.List (sortBy)

infixl 9 !, //

class Ord a => Ix a where
  range :: (a, a) -> [a]
  index :: (a, a) -> a -> Int
  inRange :: (a, a) -> a -> Bool
  rangeSize :: (a, a) -> Int
  rangeSize b@(_, h) = if inRange b h then index b h + 1 else 0

instance Ix Int where
  range (l, h) = [l .. h]
  index b@(l, _) i = if inRange b i then i - l else errorWithoutStackTrace "Ix{Int}.index: Index out of range."
  inRange (l, h) i = l <= i && i <= h

instance Ix Char where
  range (l, h) = [l .. h]
  index b@(l, _) i = if inRange b i then ord i - ord l else errorWithoutStackTrace "Ix{Char}.index: Index out of range."
  inRange (l, h) i = l <= i && i <= h

instance Ix Integer where
  range (l, h) = [l .. h]
  index b@(l, _) i = if inRange b i then fromInteger (i - l) else errorWithoutStackTrace "Ix{Integer}.index: Index out of range."
  inRange (l, h) i = l <= i && i <= h

instance (Ix a, Ix b) => Ix (a, b) where
  range ((l1, l2), (u1, u2)) = [(i1, i2) | i1 <- range (l1, u1), i2 <- range (l2, u2)]
  index ((l1, l2), (u1, u2)) (i1, i2) = index (l1, u1) i1 * rangeSize (l2, u2) + index (l2, u2) i2
  inRange ((l1, l2), (u1, u2)) (i1, i2) = inRange (l1, u1) i1 && inRange (l2, u2) i2

data Tree e = Tip | Bin (Tree e) e (Tree e)

data Array i e = Array (i, i) Int (Tree e)

-- A tree of the list's elements in order, balanced.
fromListN :: Int -> [e] -> Tree e
fromListN n xs = case go n xs of (t, _) -> t
  where
    go 0 ys = (Tip, ys)
    go k ys = let nl = (k - 1) `quot` 2
                  (l, rest) = go nl ys
              in case rest of
                   (y : rest') -> let (r, rest'') = go (k - 1 - nl) rest' in (Bin l y r, rest'')
                   [] -> (l, [])

lookupTree :: Int -> Int -> Tree e -> e
lookupTree n i t = case t of
  Tip -> errorWithoutStackTrace "(Array.!): undefined array element"
  Bin l x r -> let nl = (n - 1) `quot` 2 in
    if i < nl then lookupTree nl i l else if i == nl then x else lookupTree (n - 1 - nl) (i - nl - 1) r

array :: Ix i => (i, i) -> [(i, e)] -> Array i e
array b ies = listArray b (fill 0 (sortBy (\(a, _) (c, _) -> compare a c) [(index b i, e) | (i, e) <- ies]))
  where
    n = rangeSize b
    fill k ps
      | k >= n = []
      | otherwise = case ps of
          ((j, e) : rest) | j == k -> e : fill (k + 1) rest
          _ -> errorWithoutStackTrace "(Array.!): undefined array element" : fill (k + 1) ps

listArray :: Ix i => (i, i) -> [e] -> Array i e
listArray b es = let n = rangeSize b in Array b n (fromListN n es)

accumArray :: Ix i => (e -> a -> e) -> e -> (i, i) -> [(i, a)] -> Array i e
accumArray f z b ies = listArray b [foldl f z [a | (j, a) <- ies, index b j == k] | k <- [0 .. rangeSize b - 1]]

(!) :: Ix i => Array i e -> i -> e
(!) (Array b n t) i = lookupTree n (index b i) t

bounds :: Array i e -> (i, i)
bounds (Array b _ _) = b

elems :: Array i e -> [e]
elems (Array _ _ t) = go t []
  where
    go Tip acc = acc
    go (Bin l x r) acc = go l (x : go r acc)

indices :: Ix i => Array i e -> [i]
indices (Array b _ _) = range b

assocs :: Ix i => Array i e -> [(i, e)]
assocs a = zip (indices a) (elems a)

(//) :: Ix i => Array i e -> [(i, e)] -> Array i e
a // new = listArray (bounds a) [case lookup k upd of { Just e -> e; Nothing -> old } | (k, old) <- zip [0 ..] (elems a)]
  where upd = [(index (bounds a) i, e) | (i, e) <- new]

instance Functor (Array i) where
  fmap f (Array b n t) = Array b n (go t)
    where
      go Tip = Tip
      go (Bin l x r) = Bin (go l) (f x) (go r)

instance (Ix i, Show i, Show e) => Show (Array i e) where
  showsPrec p a = showParen (p > 9) (showString "array " . showsPrec 11 (bounds a) . showChar ' ' . showsPrec 11 (assocs a))
