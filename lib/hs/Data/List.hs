{-# LANGUAGE NoImplicitPrelude #-}
-- Data.List: the Prelude's list functions and the common extras, with base's results
-- (sort is a stable merge sort; permutations and subsequences in base's order).
module Data.List
  ( module GHC.List, map, (++), concat, concatMap, foldr
  , sort, sortBy, sortOn, insert, insertBy, nub, nubBy, partition, transpose
  , intercalate, intersperse, isPrefixOf, isSuffixOf, isInfixOf, group, groupBy
  , tails, inits, delete, deleteBy, (\\), union, intersect, maximumBy, minimumBy
  , genericLength, find, findIndex, elemIndex, elemIndices, findIndices, unfoldr
  , stripPrefix, dropWhileEnd, subsequences, permutations, iterate', scanl', zip4
  , foldl1'
  ) where

import GHC.Base
import GHC.Num
import GHC.List

infix 5 \\

sort :: Ord a => [a] -> [a]
sort = sortBy compare

sortOn :: Ord b => (a -> b) -> [a] -> [a]
sortOn f = map snd' . sortBy (\a b -> compare (fst' a) (fst' b)) . map (\x -> let y = f x in y `seq` (y, x))
  where
    fst' (a, _) = a
    snd' (_, b) = b

sortBy :: (a -> a -> Ordering) -> [a] -> [a]
sortBy cmp = mergeAll . map (: [])
  where
    mergeAll [] = []
    mergeAll [x] = x
    mergeAll xs = mergeAll (mergePairs xs)
    mergePairs (a : b : xs) = merge a b : mergePairs xs
    mergePairs xs = xs
    merge as@(a : as') bs@(b : bs')
      | cmp a b == GT = b : merge as bs'
      | otherwise = a : merge as' bs
    merge [] bs = bs
    merge as [] = as

insert :: Ord a => a -> [a] -> [a]
insert = insertBy compare

insertBy :: (a -> a -> Ordering) -> a -> [a] -> [a]
insertBy _ x [] = [x]
insertBy cmp x ys@(y : ys') = case cmp x y of
  GT -> y : insertBy cmp x ys'
  _ -> x : ys

nub :: Eq a => [a] -> [a]
nub = nubBy (==)

nubBy :: (a -> a -> Bool) -> [a] -> [a]
nubBy eq l = go l []
  where
    go [] _ = []
    go (y : ys) xs
      | any (\x -> eq x y) xs = go ys xs
      | otherwise = y : go ys (y : xs)

partition :: (a -> Bool) -> [a] -> ([a], [a])
partition p xs = foldr select ([], []) xs
  where select x ~(ts, fs) = if p x then (x : ts, fs) else (ts, x : fs)

transpose :: [[a]] -> [[a]]
transpose [] = []
transpose ([] : xss) = transpose xss
transpose ((x : xs) : xss) = (x : [h | (h : _) <- xss]) : transpose (xs : [t | (_ : t) <- xss])

intersperse :: a -> [a] -> [a]
intersperse _ [] = []
intersperse sep (x : xs) = x : go xs
  where
    go [] = []
    go (y : ys) = sep : y : go ys

intercalate :: [a] -> [[a]] -> [a]
intercalate xs xss = concat (intersperse xs xss)

isPrefixOf, isSuffixOf, isInfixOf :: Eq a => [a] -> [a] -> Bool
isPrefixOf [] _ = True
isPrefixOf _ [] = False
isPrefixOf (x : xs) (y : ys) = x == y && isPrefixOf xs ys
isSuffixOf a b = reverse a `isPrefixOf` reverse b
isInfixOf needle haystack = any (isPrefixOf needle) (tails haystack)

group :: Eq a => [a] -> [[a]]
group = groupBy (==)

groupBy :: (a -> a -> Bool) -> [a] -> [[a]]
groupBy _ [] = []
groupBy eq (x : xs) = (x : ys) : groupBy eq zs
  where (ys, zs) = span (eq x) xs

tails :: [a] -> [[a]]
tails xs = xs : case xs of
  [] -> []
  _ : xs' -> tails xs'

inits :: [a] -> [[a]]
inits xs = [] : case xs of
  [] -> []
  x : xs' -> map (x :) (inits xs')

delete :: Eq a => a -> [a] -> [a]
delete = deleteBy (==)

deleteBy :: (a -> a -> Bool) -> a -> [a] -> [a]
deleteBy _ _ [] = []
deleteBy eq x (y : ys) = if x `eq` y then ys else y : deleteBy eq x ys

(\\) :: Eq a => [a] -> [a] -> [a]
(\\) = foldl (flip delete)

union :: Eq a => [a] -> [a] -> [a]
union xs ys = xs ++ foldl (flip delete) (nub ys) xs

intersect :: Eq a => [a] -> [a] -> [a]
intersect xs ys = [x | x <- xs, any (== x) ys]

maximumBy, minimumBy :: (a -> a -> Ordering) -> [a] -> a
maximumBy _ [] = errorWithoutStackTrace "List.maximumBy: empty list"
maximumBy cmp (x : xs) = foldl (\a b -> case cmp a b of { GT -> a; _ -> b }) x xs
minimumBy _ [] = errorWithoutStackTrace "List.minimumBy: empty list"
minimumBy cmp (x : xs) = foldl (\a b -> case cmp a b of { GT -> b; _ -> a }) x xs

genericLength :: Num i => [a] -> i
genericLength [] = 0
genericLength (_ : l) = 1 + genericLength l

find :: (a -> Bool) -> [a] -> Maybe a
find p xs = case filter p xs of
  (x : _) -> Just x
  [] -> Nothing

findIndex :: (a -> Bool) -> [a] -> Maybe Int
findIndex p xs = case findIndices p xs of
  (i : _) -> Just i
  [] -> Nothing

findIndices :: (a -> Bool) -> [a] -> [Int]
findIndices p xs = [i | (x, i) <- zip xs (iterate (+ 1) 0), p x]

elemIndex :: Eq a => a -> [a] -> Maybe Int
elemIndex x = findIndex (== x)

elemIndices :: Eq a => a -> [a] -> [Int]
elemIndices x = findIndices (== x)

unfoldr :: (b -> Maybe (a, b)) -> b -> [a]
unfoldr f b = case f b of
  Just (a, b') -> a : unfoldr f b'
  Nothing -> []

stripPrefix :: Eq a => [a] -> [a] -> Maybe [a]
stripPrefix [] ys = Just ys
stripPrefix (x : xs) (y : ys) | x == y = stripPrefix xs ys
stripPrefix _ _ = Nothing

dropWhileEnd :: (a -> Bool) -> [a] -> [a]
dropWhileEnd p = foldr (\x xs -> if p x && null xs then [] else x : xs) []

subsequences :: [a] -> [[a]]
subsequences xs = [] : nonEmptySubsequences xs
  where
    nonEmptySubsequences [] = []
    nonEmptySubsequences (y : ys) = [y] : foldr f [] (nonEmptySubsequences ys)
      where f zs r = zs : (y : zs) : r

permutations :: [a] -> [[a]]
permutations xs0 = xs0 : perms xs0 []
  where
    perms [] _ = []
    perms (t : ts) is = foldr interleave (perms ts (t : is)) (permutations is)
      where
        interleave xs r = let (_, zs) = interleave' id xs r in zs
        interleave' _ [] r = (ts, r)
        interleave' f (y : ys) r = let (us, zs) = interleave' (f . (y :)) ys r
                                   in (y : us, f (t : y : us) : zs)

iterate' :: (a -> a) -> a -> [a]
iterate' f x = x `seq` (x : iterate' f (f x))

scanl' :: (b -> a -> b) -> b -> [a] -> [b]
scanl' f q ls = q `seq` (q : case ls of
  [] -> []
  x : xs -> scanl' f (f q x) xs)

foldl1' :: (a -> a -> a) -> [a] -> a
foldl1' f (x : xs) = foldl' f x xs
foldl1' _ [] = errorEmptyList "foldl1'"

zip4 :: [a] -> [b] -> [c] -> [d] -> [(a, b, c, d)]
zip4 (a : as) (b : bs) (c : cs) (d : ds) = (a, b, c, d) : zip4 as bs cs ds
zip4 _ _ _ _ = []
