{-# LANGUAGE NoImplicitPrelude, MagicHash, UnboxedTuples #-}
-- String processing on [Char] built from literals: append, reverse, splitting into words,
-- counting, and rendering an Int as decimal digits.
module Strings (result) where

import GHC.Prim
import GHC.Types
import GHC.CString

append :: [a] -> [a] -> [a]
append [] ys = ys
append (x : xs) ys = x : append xs ys

reverse :: [a] -> [a]
reverse = go []
  where go acc [] = acc
        go acc (x : xs) = go (x : acc) xs

isSpace :: Char -> Bool
isSpace (C# c) = case eqChar# c ' '# of { 1# -> True; _ -> False }

words :: [Char] -> [[Char]]
words s = case dropSpace s of
  [] -> []
  s' -> case break s' of (w, rest) -> w : words rest
  where
    dropSpace (c : cs) | isSpace c = dropSpace cs
    dropSpace cs = cs
    break [] = ([], [])
    break (c : cs) | isSpace c = ([], c : cs)
                   | True = case break cs of (w, r) -> (c : w, r)

length :: [a] -> Int
length xs = I# (go xs 0#)
  where go [] n = n
        go (_ : ys) n = go ys (n +# 1#)

showInt :: Int -> [Char]
showInt (I# n) = case n <# 0# of
  1# -> '-' : digits (negateInt# n) []
  _ -> digits n []
  where
    digits k acc = case quotRemInt# k 10# of
      (# 0#, r #) -> C# (chr# (ord# '0'# +# r)) : acc
      (# q, r #) -> digits q (C# (chr# (ord# '0'# +# r)) : acc)

sentence :: [Char]
sentence = unpackCString# "  the quick  brown fox jumps "#

result :: ([Char], [[Char]], Int, [Char])
result = ( append (reverse (unpackCString# "olleh"#)) (unpackCString# ", world"#)
         , words sentence
         , length (words sentence)
         , append (showInt (I# -40213#)) (showInt (I# 7#)) )
