{-# LANGUAGE NoImplicitPrelude, MagicHash #-}
-- Enum and Bounded, with the instances of the standard types. Derived Enum instances of
-- user types call succError, predError and toEnumError by these names.
module GHC.Enum
  ( Enum(..), Bounded(..), boundedEnumFrom, boundedEnumFromThen
  , succError, predError, toEnumError
  ) where

import GHC.Base
import GHC.Num
import GHC.Num.Integer (Integer)

class Bounded a where
  minBound, maxBound :: a

class Enum a where
  succ, pred :: a -> a
  toEnum :: Int -> a
  fromEnum :: a -> Int
  enumFrom :: a -> [a]
  enumFromThen :: a -> a -> [a]
  enumFromTo :: a -> a -> [a]
  enumFromThenTo :: a -> a -> a -> [a]
  succ = toEnum . (+ 1) . fromEnum
  pred = toEnum . subtract 1 . fromEnum
  enumFrom x = map toEnum (enumFrom (fromEnum x))
  enumFromThen x y = map toEnum (enumFromThen (fromEnum x) (fromEnum y))
  enumFromTo x y = map toEnum (enumFromTo (fromEnum x) (fromEnum y))
  enumFromThenTo x1 x2 y = map toEnum (enumFromThenTo (fromEnum x1) (fromEnum x2) (fromEnum y))

boundedEnumFrom :: (Enum a, Bounded a) => a -> [a]
boundedEnumFrom n = map toEnum (enumFromTo (fromEnum n) (fromEnum (maxBound `asTypeOf` n)))

boundedEnumFromThen :: (Enum a, Bounded a) => a -> a -> [a]
boundedEnumFromThen n1 n2
  | i_n2 >= i_n1 = map toEnum (enumFromThenTo i_n1 i_n2 (fromEnum (maxBound `asTypeOf` n1)))
  | otherwise = map toEnum (enumFromThenTo i_n1 i_n2 (fromEnum (minBound `asTypeOf` n1)))
  where
    i_n1 = fromEnum n1
    i_n2 = fromEnum n2

-- The messages of base's derived instances, word for word.
succError :: [Char] -> a
succError inst_ty = errorWithoutStackTrace ("Prelude.Enum." ++ inst_ty ++ ".succ: bad argument")

predError :: [Char] -> a
predError inst_ty = errorWithoutStackTrace ("Prelude.Enum." ++ inst_ty ++ ".pred: bad argument")

toEnumError :: [Char] -> Int -> (Int, Int) -> a
toEnumError inst_ty i (lo, hi) = errorWithoutStackTrace
  ("Enum.toEnum{" ++ inst_ty ++ "}: tag (" ++ showInt i ++ ") is outside of bounds (" ++ showInt lo ++ "," ++ showInt hi ++ ")")
  where
    showInt n | n < 0 = '-' : digits (negate n) ""
              | otherwise = digits n ""
    digits n acc = let d = unsafeChr (ord '0' + remInt n 10) in
      if n < 10 then d : acc else digits (quotInt n 10) (d : acc)

instance Bounded Int where
  minBound = I# -9223372036854775808#
  maxBound = I# 9223372036854775807#

instance Enum Int where
  succ x = if x == maxBound then errorWithoutStackTrace "Prelude.Enum.succ{Int}: tried to take `succ' of maxBound" else x + 1
  pred x = if x == minBound then errorWithoutStackTrace "Prelude.Enum.pred{Int}: tried to take `pred' of minBound" else x - 1
  toEnum x = x
  fromEnum x = x
  enumFrom x = enumFromTo x maxBound
  enumFromTo x y = go x
    where go i = if i > y then [] else i : (if i == y then [] else go (i + 1))
  enumFromThen x y = enumFromThenTo x y (if y >= x then maxBound else minBound)
  enumFromThenTo x1 x2 y
    | x2 >= x1 = if x1 > y then [] else up x1
    | otherwise = if x1 < y then [] else down x1
    where
      delta = x2 - x1
      up i = i : (if i > y - delta then [] else up (i + delta))
      down i = i : (if i < y - delta then [] else down (i + delta))

instance Enum Integer where
  succ x = x + 1
  pred x = x - 1
  toEnum x = intToInteger x
  fromEnum x = integerToInt x
  enumFrom x = x : enumFrom (x + 1)
  enumFromTo x y = go x
    where go i = if i > y then [] else i : go (i + 1)
  enumFromThen x y = x : enumFromThen y (y + y - x)
  enumFromThenTo x1 x2 y
    | x2 >= x1 = takeUp x1
    | otherwise = takeDown x1
    where
      delta = x2 - x1
      takeUp i = if i > y then [] else i : takeUp (i + delta)
      takeDown i = if i < y then [] else i : takeDown (i + delta)

instance Bounded Char where
  minBound = '\0'
  maxBound = '\x10FFFF'

instance Enum Char where
  succ c = unsafeChr (ord c + 1)
  pred c = unsafeChr (ord c - 1)
  toEnum = unsafeChr
  fromEnum = ord
  enumFrom c = map unsafeChr (enumFromTo (ord c) 0x10FFFF)
  enumFromTo c d = map unsafeChr (enumFromTo (ord c) (ord d))
  enumFromThen c d = map unsafeChr (enumFromThenTo (ord c) (ord d) (if d >= c then 0x10FFFF else 0))
  enumFromThenTo c d e = map unsafeChr (enumFromThenTo (ord c) (ord d) (ord e))

instance Bounded Bool where
  minBound = False
  maxBound = True

instance Enum Bool where
  toEnum n | n == 0 = False
           | n == 1 = True
           | otherwise = toEnumError "Bool" n (0, 1)
  fromEnum False = 0
  fromEnum True = 1
  enumFrom = boundedEnumFrom
  enumFromThen = boundedEnumFromThen

instance Bounded Ordering where
  minBound = LT
  maxBound = GT

instance Enum Ordering where
  toEnum n | n == 0 = LT
           | n == 1 = EQ
           | n == 2 = GT
           | otherwise = toEnumError "Ordering" n (0, 2)
  fromEnum LT = 0
  fromEnum EQ = 1
  fromEnum GT = 2
  enumFrom = boundedEnumFrom
  enumFromThen = boundedEnumFromThen

instance Bounded () where
  minBound = ()
  maxBound = ()

instance Enum () where
  toEnum n | n == 0 = ()
           | otherwise = toEnumError "()" n (0, 0)
  fromEnum () = 0
  enumFrom () = [()]
  enumFromThen () () = let many = () : many in many
  enumFromTo () () = [()]
  enumFromThenTo () () () = let many = () : many in many

instance (Bounded a, Bounded b) => Bounded (a, b) where
  minBound = (minBound, minBound)
  maxBound = (maxBound, maxBound)

instance Bounded Word where
  minBound = W# 0##
  maxBound = W# 18446744073709551615##

instance Enum Word where
  toEnum (I# i) = if isTrue# (i <# 0#) then errorWithoutStackTrace "Enum.toEnum{Word}: tag is outside of bounds" else W# (int2Word# i)
  fromEnum (W# w) = if isTrue# (word2Int# w <# 0#) then errorWithoutStackTrace "Enum.fromEnum{Word}: value is outside of Int's bounds" else I# (word2Int# w)
  enumFromTo x y = if x > y then [] else go x
    where go i = i : (if i == y then [] else go (i + 1))
  enumFrom x = enumFromTo x maxBound
