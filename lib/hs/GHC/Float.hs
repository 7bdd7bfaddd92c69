{-# LANGUAGE NoImplicitPrelude, MagicHash, BangPatterns #-}
-- Double: its numeric instances, Floating and RealFloat, and show printing the shortest
-- decimal that reads back to the same Double, formatted as base's showFloat does. The digits
-- come from the Burger-Dybvig algorithm (base's floatToDigits) run on natural numbers of
-- this module's own (Natural below), older than the library's arbitrary-precision Integer.
module GHC.Float
  ( Floating(..), RealFloat(..), Double, showFloat, floatToDigits
  , int2Double, double2Int
  ) where

import GHC.Base
import GHC.Num
import GHC.Real
import GHC.Enum
import GHC.Show
import GHC.Num.Integer (Integer)

infixr 8 **

class Fractional a => Floating a where
  pi :: a
  exp, log, sqrt :: a -> a
  (**), logBase :: a -> a -> a
  sin, cos, tan, asin, acos, atan :: a -> a
  sinh, cosh, tanh, asinh, acosh, atanh :: a -> a
  x ** y = exp (log x * y)
  logBase x y = log y / log x
  sqrt x = x ** 0.5
  tan x = sin x / cos x
  tanh x = sinh x / cosh x
  asinh x = log (x + sqrt (x * x + 1))
  acosh x = log (x + sqrt (x * x - 1))
  atanh x = 0.5 * log ((1 + x) / (1 - x))

class (RealFrac a, Floating a) => RealFloat a where
  isNaN, isInfinite, isNegativeZero :: a -> Bool
  atan2 :: a -> a -> a

int2Double :: Int -> Double
int2Double (I# i) = D# (int2Double# i)

double2Int :: Double -> Int
double2Int (D# d) = I# (double2Int# d)

instance Num Double where
  D# a + D# b = D# (a +## b)
  D# a - D# b = D# (a -## b)
  D# a * D# b = D# (a *## b)
  negate (D# a) = D# (negateDouble# a)
  abs (D# a) = D# (fabsDouble# a)
  signum x | x > 0 = 1
           | x < 0 = negate 1
           | otherwise = x
  fromInteger n = D# (integerToDouble# n)

instance Fractional Double where
  D# a / D# b = D# (a /## b)
  -- Exact when numerator and denominator are below 2^53 (every literal of a few digits):
  -- one correctly rounded division.
  fromRational (n :% d) = fromInteger n / fromInteger d

instance Real Double where
  toRational x
    | isNaN x || isInfinite x = errorWithoutStackTrace "toRational: NaN or infinity"
    | otherwise = case decode x of
        (m, e) | e >= 0 -> signed (toInteger m * 2 ^ e) :% 1
               | otherwise -> reduceTwos (signed (toInteger m)) (2 ^ negate e)
    where
      signed n = if x < 0 then negate n else n
      reduceTwos n d = if even n && d > 1 then reduceTwos (n `quot` 2) (d `quot` 2) else n :% d

instance RealFrac Double where
  properFraction x
    | abs x < 9.2e18 = let n = double2Int x in (fromIntegral n, x - int2Double n)
    | isNaN x || isInfinite x = errorWithoutStackTrace "properFraction: NaN or infinity"
    | otherwise = case decode x of
        (m, e) -> let n = toInteger m * 2 ^ e in (fromInteger (if x < 0 then negate n else n), 0)
  truncate x = if abs x < 9.2e18 then fromIntegral (truncateToInt x) else case properFraction x of (n, _) -> n

-- Not inlined: at -O1 GHC would fold double2Int# of a constant beyond Int's range (truncate
-- 1.0e20) into an Int# literal beyond 64 bits, in the branch never taken, and the importer
-- refuses such a literal.
truncateToInt :: Double -> Int
truncateToInt = double2Int
{-# NOINLINE truncateToInt #-}

instance Floating Double where
  pi = 3.141592653589793
  exp (D# a) = D# (expDouble# a)
  log (D# a) = D# (logDouble# a)
  sqrt (D# a) = D# (sqrtDouble# a)
  sin (D# a) = D# (sinDouble# a)
  cos (D# a) = D# (cosDouble# a)
  tan (D# a) = D# (tanDouble# a)
  asin (D# a) = D# (asinDouble# a)
  acos (D# a) = D# (acosDouble# a)
  atan (D# a) = D# (atanDouble# a)
  sinh (D# a) = D# (sinhDouble# a)
  cosh (D# a) = D# (coshDouble# a)
  tanh (D# a) = D# (tanhDouble# a)
  D# a ** D# b = D# (a **## b)

instance RealFloat Double where
  isNaN x = x /= x
  isInfinite x = x == 1 / 0 || x == negate 1 / 0
  isNegativeZero x = x == 0 && 1 / x < 0
  atan2 y x
    | x > 0 = atan (y / x)
    | x == 0 && y > 0 = pi / 2
    | x < 0 && y > 0 = pi + atan (y / x)
    | (x <= 0 && y < 0) || (x < 0 && isNegativeZero y) || (isNegativeZero x && isNegativeZero y)
      = negate (atan2 (negate y) x)
    | y == 0 && (x < 0 || isNegativeZero x) = pi
    | x == 0 && y == 0 = y
    | otherwise = x + y

instance Enum Double where
  succ x = x + 1
  pred x = x - 1
  toEnum = int2Double
  fromEnum = double2Int
  enumFrom n = go 0 where go !k = (n + k) : go (k + 1)
  enumFromTo n m = takeWhileD (<= m + 1 / 2) (enumFrom n)
  enumFromThen n m = go 0
    where
      step = m - n
      go !k = (n + k * step) : go (k + 1)
  enumFromThenTo e1 e2 e3 = takeWhileD p (enumFromThen e1 e2)
    where
      mid = (e2 - e1) / 2
      p x = if e2 >= e1 then x <= e3 + mid else x >= e3 + mid

takeWhileD :: (a -> Bool) -> [a] -> [a]
takeWhileD _ [] = []
takeWhileD p (x : xs) = if p x then x : takeWhileD p xs else []

instance Show Double where
  showsPrec p x
    | x < 0 || isNegativeZero x = showParen (p > 6) (showChar '-' . showFloat (negate x))
    | otherwise = showFloat x

-- A positive finite Double as (mantissa, exponent) with mantissa < 2^53, exponent >= -1074:
-- base's decodeFloat, by exact scaling with powers of two.
decode :: Double -> (Int, Int)
decode x = if x == 0 then (0, 0) else normal (abs x) 0
  where
    normal m e
      | m >= 9007199254740992 = normal (m * 0.5) (e + 1)
      | m < 4503599627370496 && e > negate 1074 = normal (m * 2) (e - 1)
      | otherwise = (double2Int m, e)

showFloat :: Double -> ShowS
showFloat x
  | isNaN x = showString "NaN"
  | isInfinite x = showString (if x < 0 then "-Infinity" else "Infinity")
  | otherwise = showString (format (floatToDigits x))
  where
    format (ds, e)
      | e < 0 || e > 7 = case map intToDigit ds of
          [d] -> d : ".0e" ++ show (e - 1)
          (d : ds') -> d : '.' : ds' ++ "e" ++ show (e - 1)
          [] -> "0.0e0"
      | e == 0 = "0." ++ map intToDigit ds
      | otherwise = fixed e "" (map intToDigit ds)
    fixed 0 s rs = mk0 (reverse s) ++ '.' : mk0 rs
    fixed n s "" = fixed (n - 1) ('0' : s) ""
    fixed n s (r : rs) = fixed (n - 1) (r : s) rs
    mk0 "" = "0"
    mk0 ls = ls
    reverse = foldl (\acc c -> c : acc) []
    foldl f z [] = z
    foldl f z (y : ys) = foldl f (f z y) ys

-- The shortest digits d1..dn and exponent k with x = 0.d1...dn * 10^k that read back as
-- x (Burger and Dybvig's free-format algorithm, as base's floatToDigits).
floatToDigits :: Double -> ([Int], Int)
floatToDigits 0 = ([0], 0)
floatToDigits x = (gen [] r0 s0k mUp0 mDn0, k)
  where
    (f, e) = decode x
    minExp = negate 1074
    pow2 n = natShift (natFromInt 1) n
    fN = natFromInt f
    isMinMant = f == 4503599627370496
    (r, s, mUp, mDn)
      | e >= 0 = let be = pow2 e in
          if isMinMant then (natShift fN (e + 2), natFromInt 4, natShift be 1, be)
          else (natShift fN (e + 1), natFromInt 2, be, be)
      | e > minExp && isMinMant = (natShift fN 2, pow2 (negate e + 2), natFromInt 2, natFromInt 1)
      | otherwise = (natShift fN 1, pow2 (negate e + 1), natFromInt 1, natFromInt 1)
    estimate = double2Int (log x / log 10) - 1
    k = fixup estimate
    fixup n
      | n >= 0 = if natCmp (natAdd r mUp) (natMulPow10 s n) /= GT then n else fixup (n + 1)
      | otherwise = if natCmp (natMulPow10 (natAdd r mUp) (negate n)) s /= GT then n else fixup (n + 1)
    (r0, s0k, mUp0, mDn0)
      | k >= 0 = (r, natMulPow10 s k, mUp, mDn)
      | otherwise = (natMulPow10 r (negate k), s, natMulPow10 mUp (negate k), natMulPow10 mDn (negate k))
    gen ds rn sN mUpN mDnN =
      let (dn, rn') = natDigitQuotRem (natMulSmall rn 10) sN
          mUpN' = natMulSmall mUpN 10
          mDnN' = natMulSmall mDnN 10
          low = natCmp rn' mDnN' == LT
          high = natCmp (natAdd rn' mUpN') sN == GT
      in if low && not high then rev (dn : ds)
         else if high && not low then rev (dn + 1 : ds)
         else if low && high then (if natCmp (natMulSmall rn' 2) sN == LT then rev (dn : ds) else rev (dn + 1 : ds))
         else gen (dn : ds) rn' sN mUpN' mDnN'
    rev = go []
      where go acc [] = acc
            go acc (y : ys) = go (y : acc) ys

-- Natural numbers: little-endian limbs base 2^30 with no high zero limbs.
type Natural = [Int]

limbBase :: Int
limbBase = 1073741824

natFromInt :: Int -> Natural
natFromInt 0 = []
natFromInt n = remInt n limbBase : natFromInt (quotInt n limbBase)

natMulSmall :: Natural -> Int -> Natural
natMulSmall a m = go a 0
  where
    go [] 0 = []
    go [] c = natFromInt c
    go (l : ls) c = let t = l * m + c in remInt t limbBase : go ls (quotInt t limbBase)

natMulPow10 :: Natural -> Int -> Natural
natMulPow10 a n = if n <= 0 then a else if n >= 9 then natMulPow10 (natMulSmall a 1000000000) (n - 9) else natMulSmall a (10 ^ n)

natShift :: Natural -> Int -> Natural
natShift a n
  | n >= 30 = natShift (0 : a) (n - 30)
  | otherwise = natMulSmall a (2 ^ n)

natAdd :: Natural -> Natural -> Natural
natAdd = go 0
  where
    go c [] [] = if c == 0 then [] else [c]
    go c [] ys = go c [0] ys
    go c xs [] = go c xs [0]
    go c (x : xs) (y : ys) = let t = x + y + c in
      if t >= limbBase then (t - limbBase) : go 1 xs ys else t : go 0 xs ys

-- a - b for a >= b.
natSub :: Natural -> Natural -> Natural
natSub a b = trim (go 0 a b)
  where
    go _ [] _ = []
    go c (x : xs) ys = let (y, ys') = case ys of { [] -> (0, []); (v : vs) -> (v, vs) }
                           t = x - y - c
                       in if t < 0 then (t + limbBase) : go 1 xs ys' else t : go 0 xs ys'
    trim ls = case dropZeros (revl ls []) of r -> revl r []
    dropZeros (0 : zs) = dropZeros zs
    dropZeros zs = zs
    revl [] acc = acc
    revl (z : zs) acc = revl zs (z : acc)

natCmp :: Natural -> Natural -> Ordering
natCmp a b = case compare (len a) (len b) of
    EQ -> go a b EQ
    o -> o
  where
    len = lenAcc 0
    lenAcc n [] = n :: Int
    lenAcc n (_ : zs) = lenAcc (n + 1) zs
    -- The most significant differing limb decides; limbs are walked from the least.
    go [] [] o = o
    go (x : xs) (y : ys) o = go xs ys (case compare x y of { EQ -> o; c -> c })
    go _ _ o = o

-- (q, a - q*b) for a < 10*b, so the quotient is one decimal digit.
natDigitQuotRem :: Natural -> Natural -> (Int, Natural)
natDigitQuotRem a b = go 0 a
  where
    go q rest = if natCmp rest b == LT then (q, rest) else go (q + 1) (natSub rest b)
