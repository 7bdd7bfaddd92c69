{-# LANGUAGE NoImplicitPrelude, MagicHash, UnboxedTuples #-}
-- A binary search tree: insertion, membership, an in-order fold, and its height, built
-- from a pseudo-random sequence (a linear congruential generator on Word#).
module SearchTree (result) where

import GHC.Prim
import GHC.Types

data Tree = Tip | Bin Tree Int Tree

insert :: Int# -> Tree -> Tree
insert x Tip = Bin Tip (I# x) Tip
insert x t@(Bin l v@(I# y) r) = case x <# y of
  1# -> Bin (insert x l) v r
  _ -> case x ># y of
    1# -> Bin l v (insert x r)
    _ -> t

member :: Int# -> Tree -> Bool
member _ Tip = False
member x (Bin l (I# y) r) = case x <# y of
  1# -> member x l
  _ -> case x ># y of { 1# -> member x r; _ -> True }

foldTree :: (Int -> b -> b) -> b -> Tree -> b
foldTree _ z Tip = z
foldTree f z (Bin l v r) = foldTree f (f v (foldTree f z r)) l

height :: Tree -> Int#
height Tip = 0#
height (Bin l _ r) = case height l of
  hl -> case height r of hr -> 1# +# (case hl ># hr of { 1# -> hl; _ -> hr })

randoms :: Word# -> Int# -> [Int]
randoms _ 0# = []
randoms seed n =
  let next = plusWord# (timesWord# seed 6364136223846793005##) 1442695040888963407##
  in I# (word2Int# (remWord# (uncheckedShiftRL# next 33#) 1000##)) : randoms next (n -# 1#)

build :: [Int] -> Tree
build = go Tip
  where go t [] = t
        go t (I# x : xs) = go (insert x t) xs

count :: Tree -> Int
count t = foldTree (\_ (I# n) -> I# (n +# 1#)) (I# 0#) t

firstTen :: Tree -> [Int]
firstTen t = takeL 10# (foldTree (:) [] t)
  where takeL 0# _ = []
        takeL _ [] = []
        takeL n (x : xs) = x : takeL (n -# 1#) xs

result :: (Int, Int, [Int], Bool, Bool)
result = let t = build (randoms 42## 200#)
         in (count t, I# (height t), firstTen t, member 17# t, member 1000# t)
