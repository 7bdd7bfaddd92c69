{-# LANGUAGE NoImplicitPrelude, MagicHash, UnboxedTuples #-}
-- Num, and the arithmetic of Int and Integer.
--
-- Integer is ghc-bignum's type (GHC builds every integer literal and picks it by
-- defaulting), but only its small constructor IS is ever made: this Integer is 64-bit.
-- Arithmetic checks for overflow and raises an error instead of wrapping, so a program
-- that needs a bigger Integer stops with a clear message rather than a wrong answer.
module GHC.Num
  ( Num(..), subtract, Integer, integerOverflow
  , integerQuot, integerRem, integerDiv, integerMod, integerToInt, intToInteger
  , divZeroError, quotInt, remInt, divInt, modInt
  ) where

import GHC.Base
import GHC.Num.Integer (Integer(IS))

infixl 7 *
infixl 6 +, -

class Num a where
  (+), (-), (*) :: a -> a -> a
  negate :: a -> a
  abs :: a -> a
  signum :: a -> a
  fromInteger :: Integer -> a
  x - y = x + negate y
  negate x = 0 - x

subtract :: Num a => a -> a -> a
subtract x y = y - x

instance Num Int where
  I# x + I# y = I# (x +# y)
  I# x - I# y = I# (x -# y)
  I# x * I# y = I# (x *# y)
  negate (I# x) = I# (negateInt# x)
  abs n = if n `geInt` 0 then n else negate n
  signum n | n `ltInt` 0 = negate 1
           | n `eqInt` 0 = 0
           | True = 1
  fromInteger i = I# (integerToInt# i)

integerOverflow :: a
integerOverflow = errorWithoutStackTrace "Integer overflow: this Prelude's Integer is 64-bit"

divZeroError :: a
divZeroError = errorWithoutStackTrace "divide by zero"

integerToInt# :: Integer -> Int#
integerToInt# (IS i) = i
integerToInt# _ = case integerOverflow of I# i -> i

integerToInt :: Integer -> Int
integerToInt n = I# (integerToInt# n)

intToInteger :: Int -> Integer
intToInteger (I# i) = IS i


instance Num Integer where
  IS a + IS b = let r = a +# b in
    if isTrue# (andI# (xorI# a r) (xorI# b r) <# 0#) then integerOverflow else IS r
  _ + _ = integerOverflow
  IS a - IS b = let r = a -# b in
    if isTrue# (andI# (xorI# a b) (xorI# a r) <# 0#) then integerOverflow else IS r
  _ - _ = integerOverflow
  IS a * IS b
    | isTrue# (a ==# 0#) = IS 0#
    | isTrue# (a ==# -1#) = negate (IS b)
    | True = let r = a *# b in
        if isTrue# (quotInt# r a ==# b) then IS r else integerOverflow
  _ * _ = integerOverflow
  negate (IS a) = if isTrue# (a ==# -9223372036854775808#) then integerOverflow else IS (negateInt# a)
  negate _ = integerOverflow
  abs n@(IS a) = if isTrue# (a <# 0#) then negate n else n
  abs _ = integerOverflow
  signum (IS a)
    | isTrue# (a <# 0#) = IS -1#
    | isTrue# (a ==# 0#) = IS 0#
    | True = IS 1#
  signum _ = integerOverflow
  fromInteger n = n

-- Division of Int, rounding toward zero (quot/rem) or toward negative infinity (div/mod).
quotInt, remInt, divInt, modInt :: Int -> Int -> Int
quotInt (I# a) (I# b) = if isTrue# (b ==# 0#) then divZeroError else I# (quotInt# a b)
remInt (I# a) (I# b)
  | isTrue# (b ==# 0#) = divZeroError
  | isTrue# (b ==# -1#) = I# 0#   -- minBound `rem` -1 would trap in the processor
  | True = I# (remInt# a b)
divInt (I# a) (I# b)
  | isTrue# (b ==# 0#) = divZeroError
  | isTrue# (a ># 0#) && isTrue# (b <# 0#) = I# (quotInt# (a -# 1#) b -# 1#)
  | isTrue# (a <# 0#) && isTrue# (b ># 0#) = I# (quotInt# (a +# 1#) b -# 1#)
  | True = I# (quotInt# a b)
modInt (I# a) (I# b)
  | isTrue# (b ==# 0#) = divZeroError
  | isTrue# (b ==# -1#) = I# 0#
  | True = let r = remInt# a b in
      if isTrue# (r /=# 0#) && isTrue# ((r <# 0#) /=# (b <# 0#)) then I# (r +# b) else I# r

integerQuot, integerRem, integerDiv, integerMod :: Integer -> Integer -> Integer
integerQuot (IS a) (IS b)
  | isTrue# (b ==# -1#) = negate (IS a)
  | True = intToInteger (quotInt (I# a) (I# b))
integerQuot _ _ = integerOverflow
integerRem (IS a) (IS b) = intToInteger (remInt (I# a) (I# b))
integerRem _ _ = integerOverflow
integerDiv (IS a) (IS b)
  | isTrue# (b ==# -1#) = negate (IS a)
  | True = intToInteger (divInt (I# a) (I# b))
integerDiv _ _ = integerOverflow
integerMod (IS a) (IS b) = intToInteger (modInt (I# a) (I# b))
integerMod _ _ = integerOverflow

-- Word: arithmetic modulo 2^64.
instance Num Word where
  W# x + W# y = W# (plusWord# x y)
  W# x - W# y = W# (minusWord# x y)
  W# x * W# y = W# (timesWord# x y)
  negate (W# x) = W# (minusWord# 0## x)
  abs x = x
  signum (W# x) = if isTrue# (eqWord# x 0##) then W# 0## else W# 1##
  fromInteger i = W# (int2Word# (integerToInt# i))
