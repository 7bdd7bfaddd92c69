{-# LANGUAGE NoImplicitPrelude, MagicHash, UnboxedTuples #-}
-- Char# literals (plain and escaped) and its primops: chr# ord# and the six comparisons.
module CharPrimops (result) where

import GHC.Prim
import GHC.Types

data List a = Nil | Cons a (List a)

chars :: List Char
chars = Cons (C# 'a'#) (Cons (C# '\n'#) (Cons (C# '\''#) (Cons (C# '\955'#) (Cons (C# 'z'#) Nil))))

compareChars :: Char -> Char -> List Int
compareChars (C# a) (C# b) =
  Cons (I# (eqChar# a b)) (Cons (I# (neChar# a b)) (Cons (I# (ltChar# a b))
  (Cons (I# (leChar# a b)) (Cons (I# (gtChar# a b)) (Cons (I# (geChar# a b)) Nil)))))

upper :: Char -> Char
upper (C# c) = case leChar# 'a'# c of
  1# -> case leChar# c 'z'# of
    1# -> C# (chr# (ord# c -# 32#))
    _ -> C# c
  _ -> C# c

codes :: List Char -> List Int
codes Nil = Nil
codes (Cons (C# c) cs) = Cons (I# (ord# c)) (codes cs)

mapL :: (a -> b) -> List a -> List b
mapL _ Nil = Nil
mapL f (Cons x xs) = Cons (f x) (mapL f xs)

data Result = Result (List Char) (List Int) (List Int) (List Int)

result :: Result
result = Result (mapL upper chars) (codes chars) (compareChars (C# 'a'#) (C# 'b'#)) (compareChars (C# 'q'#) (C# 'q'#))
