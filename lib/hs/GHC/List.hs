{-# LANGUAGE NoImplicitPrelude, BangPatterns #-}
-- The list functions of Haskell 2010's Prelude (over lists only: this library has no
-- Foldable, so length, sum, elem... take lists), with base's error messages.
module GHC.List
  ( head, last, tail, init, null, length, (!!), foldl, foldl', foldl1, foldr1
  , scanl, scanl1, scanr, scanr1, iterate, repeat, replicate, cycle
  , take, drop, splitAt, takeWhile, dropWhile, span, break, reverse
  , and, or, any, all, elem, notElem, lookup, filter, sum, product, maximum, minimum
  , zip, zip3, zipWith, zipWith3, unzip, unzip3, lines, words, unlines, unwords
  , errorEmptyList
  ) where

import GHC.Base
import GHC.Num

infixl 9 !!
infix 4 `elem`, `notElem`

errorEmptyList :: String -> a
errorEmptyList fun = errorWithoutStackTrace ("Prelude." ++ fun ++ ": empty list")

head :: [a] -> a
head (x : _) = x
head [] = errorEmptyList "head"

last :: [a] -> a
last [x] = x
last (_ : xs) = last xs
last [] = errorEmptyList "last"

tail :: [a] -> [a]
tail (_ : xs) = xs
tail [] = errorEmptyList "tail"

init :: [a] -> [a]
init [_] = []
init (x : xs) = x : init xs
init [] = errorEmptyList "init"

null :: [a] -> Bool
null [] = True
null _ = False

length :: [a] -> Int
length = go 0
  where
    go !n [] = n
    go !n (_ : xs) = go (n + 1) xs

(!!) :: [a] -> Int -> a
xs !! n | n < 0 = errorWithoutStackTrace "Prelude.!!: negative index"
        | otherwise = go xs n
  where
    go [] _ = errorWithoutStackTrace "Prelude.!!: index too large"
    go (y : ys) k = if k == 0 then y else go ys (k - 1)

foldl :: (b -> a -> b) -> b -> [a] -> b
foldl f = go
  where
    go z [] = z
    go z (x : xs) = go (f z x) xs

foldl' :: (b -> a -> b) -> b -> [a] -> b
foldl' f = go
  where
    go !z [] = z
    go !z (x : xs) = go (f z x) xs

foldl1 :: (a -> a -> a) -> [a] -> a
foldl1 f (x : xs) = foldl f x xs
foldl1 _ [] = errorEmptyList "foldl1"

foldr1 :: (a -> a -> a) -> [a] -> a
foldr1 f = go
  where
    go [x] = x
    go (x : xs) = f x (go xs)
    go [] = errorEmptyList "foldr1"

scanl :: (b -> a -> b) -> b -> [a] -> [b]
scanl f q ls = q : (case ls of
  [] -> []
  x : xs -> scanl f (f q x) xs)

scanl1 :: (a -> a -> a) -> [a] -> [a]
scanl1 f (x : xs) = scanl f x xs
scanl1 _ [] = []

scanr :: (a -> b -> b) -> b -> [a] -> [b]
scanr _ q0 [] = [q0]
scanr f q0 (x : xs) = case scanr f q0 xs of qs@(q : _) -> f x q : qs

scanr1 :: (a -> a -> a) -> [a] -> [a]
scanr1 _ [] = []
scanr1 _ [x] = [x]
scanr1 f (x : xs) = case scanr1 f xs of qs@(q : _) -> f x q : qs

iterate :: (a -> a) -> a -> [a]
iterate f x = x : iterate f (f x)

repeat :: a -> [a]
repeat x = let xs = x : xs in xs

replicate :: Int -> a -> [a]
replicate n x = take n (repeat x)

cycle :: [a] -> [a]
cycle [] = errorEmptyList "cycle"
cycle xs = let xs' = xs ++ xs' in xs'

take :: Int -> [a] -> [a]
take n xs | n <= 0 = []
          | otherwise = case xs of
              [] -> []
              y : ys -> y : take (n - 1) ys

drop :: Int -> [a] -> [a]
drop n xs | n <= 0 = xs
          | otherwise = case xs of
              [] -> []
              _ : ys -> drop (n - 1) ys

splitAt :: Int -> [a] -> ([a], [a])
splitAt n xs = (take n xs, drop n xs)

takeWhile :: (a -> Bool) -> [a] -> [a]
takeWhile _ [] = []
takeWhile p (x : xs) = if p x then x : takeWhile p xs else []

dropWhile :: (a -> Bool) -> [a] -> [a]
dropWhile _ [] = []
dropWhile p xs@(x : xs') = if p x then dropWhile p xs' else xs

span :: (a -> Bool) -> [a] -> ([a], [a])
span _ [] = ([], [])
span p xs@(x : xs')
  | p x = let (ys, zs) = span p xs' in (x : ys, zs)
  | otherwise = ([], xs)

break :: (a -> Bool) -> [a] -> ([a], [a])
break p = span (not . p)

reverse :: [a] -> [a]
reverse l = rev l []
  where
    rev [] a = a
    rev (x : xs) a = rev xs (x : a)

and, or :: [Bool] -> Bool
and = foldr (&&) True
or = foldr (||) False

any, all :: (a -> Bool) -> [a] -> Bool
any p = foldr (\x r -> p x || r) False
all p = foldr (\x r -> p x && r) True

elem, notElem :: Eq a => a -> [a] -> Bool
elem x = any (== x)
notElem x = all (/= x)

lookup :: Eq a => a -> [(a, b)] -> Maybe b
lookup _ [] = Nothing
lookup key ((x, y) : xys) = if key == x then Just y else lookup key xys

filter :: (a -> Bool) -> [a] -> [a]
filter _ [] = []
filter p (x : xs) = if p x then x : filter p xs else filter p xs

sum, product :: Num a => [a] -> a
sum = foldl' (+) 0
product = foldl' (*) 1

maximum, minimum :: Ord a => [a] -> a
maximum [] = errorEmptyList "maximum"
maximum (x : xs) = foldl' max x xs
minimum [] = errorEmptyList "minimum"
minimum (x : xs) = foldl' min x xs

zip :: [a] -> [b] -> [(a, b)]
zip (a : as) (b : bs) = (a, b) : zip as bs
zip _ _ = []

zip3 :: [a] -> [b] -> [c] -> [(a, b, c)]
zip3 (a : as) (b : bs) (c : cs) = (a, b, c) : zip3 as bs cs
zip3 _ _ _ = []

zipWith :: (a -> b -> c) -> [a] -> [b] -> [c]
zipWith f (a : as) (b : bs) = f a b : zipWith f as bs
zipWith _ _ _ = []

zipWith3 :: (a -> b -> c -> d) -> [a] -> [b] -> [c] -> [d]
zipWith3 z (a : as) (b : bs) (c : cs) = z a b c : zipWith3 z as bs cs
zipWith3 _ _ _ _ = []

unzip :: [(a, b)] -> ([a], [b])
unzip = foldr (\(a, b) ~(as, bs) -> (a : as, b : bs)) ([], [])

unzip3 :: [(a, b, c)] -> ([a], [b], [c])
unzip3 = foldr (\(a, b, c) ~(as, bs, cs) -> (a : as, b : bs, c : cs)) ([], [], [])

lines :: String -> [String]
lines "" = []
lines s = let (l, s') = break (== '\n') s in
  l : (case s' of
         [] -> []
         _ : s'' -> lines s'')

unlines :: [String] -> String
unlines = concatMap (++ "\n")

words :: String -> [String]
words s = case dropWhile isSpace s of
  "" -> []
  s' -> let (w, s'') = break isSpace s' in w : words s''
  where
    isSpace c = c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v'

unwords :: [String] -> String
unwords [] = ""
unwords [w] = w
unwords (w : ws) = w ++ ' ' : unwords ws
