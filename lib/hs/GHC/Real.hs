{-# LANGUAGE NoImplicitPrelude, MagicHash #-}
-- Ratio (GHC builds fractional literals as n :% d of this module), Real, Integral,
-- Fractional, RealFrac, and the numeric functions of Haskell 2010 defined over them.
module GHC.Real
  ( Ratio(..), Rational, Real(..), Integral(..), Fractional(..), RealFrac(..)
  , (%), numerator, denominator, reduce, fromIntegral, realToFrac
  , (^), (^^), gcd, lcm, even, odd, showSigned
  ) where

import GHC.Base
import GHC.Num
import GHC.Enum
import GHC.Num.Integer (Integer)

infixr 8 ^, ^^
infixl 7 /, `quot`, `rem`, `div`, `mod`, %

data Ratio a = !a :% !a
type Rational = Ratio Integer

class (Num a, Ord a) => Real a where
  toRational :: a -> Rational

class (Real a, Enum a) => Integral a where
  quot, rem, div, mod :: a -> a -> a
  quotRem, divMod :: a -> a -> (a, a)
  toInteger :: a -> Integer
  n `quot` d = case quotRem n d of (q, _) -> q
  n `rem` d = case quotRem n d of (_, r) -> r
  n `div` d = case divMod n d of (q, _) -> q
  n `mod` d = case divMod n d of (_, r) -> r
  divMod n d = if signum r == negate (signum d) then (q - 1, r + d) else qr
    where qr@(q, r) = quotRem n d

class Num a => Fractional a where
  (/) :: a -> a -> a
  recip :: a -> a
  fromRational :: Rational -> a
  recip x = 1 / x
  x / y = x * recip y

class (Real a, Fractional a) => RealFrac a where
  properFraction :: Integral b => a -> (b, a)
  truncate, round, ceiling, floor :: Integral b => a -> b
  truncate x = case properFraction x of (m, _) -> m
  round x =
    let (n, r) = properFraction x
        m = if r < 0 then n - 1 else n + 1
    in case compare (signum (abs r - 0.5)) 0 of
         LT -> n
         EQ -> if even n then n else m
         GT -> m
  ceiling x = case properFraction x of (n, r) -> if r > 0 then n + 1 else n
  floor x = case properFraction x of (n, r) -> if r < 0 then n - 1 else n

instance Real Int where
  toRational x = toInteger x :% 1

instance Integral Int where
  quot = quotInt
  rem = remInt
  div = divInt
  mod = modInt
  quotRem a b = (quotInt a b, remInt a b)
  divMod a b = (divInt a b, modInt a b)
  toInteger = intToInteger

instance Real Integer where
  toRational x = x :% 1

instance Integral Integer where
  quot = integerQuot
  rem = integerRem
  div = integerDiv
  mod = integerMod
  quotRem a b = (integerQuot a b, integerRem a b)
  divMod a b = (integerDiv a b, integerMod a b)
  toInteger x = x

(%) :: Integral a => a -> a -> Ratio a
x % y = reduce (x * signum y) (abs y)

reduce :: Integral a => a -> a -> Ratio a
reduce _ 0 = errorWithoutStackTrace "Ratio has zero denominator"
reduce x y = (x `quot` d) :% (y `quot` d)
  where d = gcd x y

numerator :: Ratio a -> a
numerator (x :% _) = x

denominator :: Ratio a -> a
denominator (_ :% y) = y

instance Eq a => Eq (Ratio a) where
  (x :% y) == (x' :% y') = x == x' && y == y'

instance Integral a => Ord (Ratio a) where
  (x :% y) <= (x' :% y') = x * y' <= x' * y
  (x :% y) < (x' :% y') = x * y' < x' * y
  compare (x :% y) (x' :% y') = compare (x * y') (x' * y)

instance Integral a => Num (Ratio a) where
  (x :% y) + (x' :% y') = reduce (x * y' + x' * y) (y * y')
  (x :% y) - (x' :% y') = reduce (x * y' - x' * y) (y * y')
  (x :% y) * (x' :% y') = reduce (x * x') (y * y')
  negate (x :% y) = negate x :% y
  abs (x :% y) = abs x :% y
  signum (x :% _) = signum x :% 1
  fromInteger x = fromInteger x :% 1

instance Integral a => Fractional (Ratio a) where
  (x :% y) / (x' :% y') = (x * y') % (y * x')
  recip (x :% y)
    | x == 0 = errorWithoutStackTrace "Ratio has zero denominator"
    | x < 0 = negate y :% negate x
    | otherwise = y :% x
  fromRational (x :% y) = fromInteger x % fromInteger y

instance Integral a => Real (Ratio a) where
  toRational (x :% y) = toInteger x :% toInteger y

instance Integral a => RealFrac (Ratio a) where
  properFraction (x :% y) = case quotRem x y of (q, r) -> (fromInteger (toInteger q), r :% y)

instance Integral a => Enum (Ratio a) where
  succ x = x + 1
  pred x = x - 1
  toEnum n = fromIntegral n :% 1
  fromEnum = fromInteger . truncate
  enumFrom x = x : enumFrom (x + 1)
  enumFromTo x y = if x > y + 1 / 2 then [] else x : enumFromTo (x + 1) y
  enumFromThen x y = x : enumFromThen y (y + y - x)
  enumFromThenTo x1 x2 y
    | x2 >= x1 = takeUp x1
    | otherwise = takeDown x1
    where
      mid = (x2 - x1) / 2
      takeUp i = if i > y + mid then [] else i : takeUp (i + x2 - x1)
      takeDown i = if i < y + mid then [] else i : takeDown (i + x2 - x1)

fromIntegral :: (Integral a, Num b) => a -> b
fromIntegral = fromInteger . toInteger

realToFrac :: (Real a, Fractional b) => a -> b
realToFrac = fromRational . toRational

(^) :: (Num a, Integral b) => a -> b -> a
x0 ^ y0
  | y0 < 0 = errorWithoutStackTrace "Negative exponent"
  | y0 == 0 = 1
  | otherwise = f x0 y0
  where
    f x y | even y = f (x * x) (y `quot` 2)
          | y == 1 = x
          | otherwise = g (x * x) (y `quot` 2) x
    g x y z | even y = g (x * x) (y `quot` 2) z
            | y == 1 = x * z
            | otherwise = g (x * x) (y `quot` 2) (x * z)

(^^) :: (Fractional a, Integral b) => a -> b -> a
x ^^ n = if n >= 0 then x ^ n else recip (x ^ negate n)

gcd :: Integral a => a -> a -> a
gcd x y = gcd' (abs x) (abs y)
  where
    gcd' a 0 = a
    gcd' a b = gcd' b (a `rem` b)

lcm :: Integral a => a -> a -> a
lcm _ 0 = 0
lcm 0 _ = 0
lcm x y = abs ((x `quot` (gcd x y)) * y)

even, odd :: Integral a => a -> Bool
even n = n `rem` 2 == 0
odd = not . even

-- showsPrec for a signed number: negative numbers in parentheses above precedence 6.
showSigned :: Real a => (a -> [Char] -> [Char]) -> Int -> a -> [Char] -> [Char]
showSigned showPos p x
  | x < 0 = if p > 6 then \s -> '(' : '-' : showPos (negate x) (')' : s) else \s -> '-' : showPos (negate x) s
  | otherwise = showPos x

instance Real Word where
  toRational x = toInteger x :% 1

instance Integral Word where
  quot (W# a) (W# b) = if isTrue# (eqWord# b 0##) then divZeroError else W# (quotWord# a b)
  rem (W# a) (W# b) = if isTrue# (eqWord# b 0##) then divZeroError else W# (remWord# a b)
  div = quot
  mod = rem
  quotRem a b = (quot a b, rem a b)
  divMod a b = (quot a b, rem a b)
  toInteger = wordToInteger
