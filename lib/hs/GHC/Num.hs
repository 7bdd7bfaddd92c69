{-# LANGUAGE NoImplicitPrelude, MagicHash, UnboxedTuples #-}
-- Num, and the arithmetic of Int and Integer.
--
-- Integer is ghc-bignum's type (GHC builds every integer literal and picks it by
-- defaulting), arbitrary-precision: IS for every value that fits in an Int#, IP/IN beyond
-- (docs/prelude-hs.md, "Integer: ghc-bignum's type, arbitrary precision"). The arithmetic
-- on big values is this module's own, on magnitudes of 32-bit limbs (Mag); it meets
-- ghc-bignum's BigNat# only through integerFromWordList and bigNatToWordList, which the
-- machine's built-ins implement on its own BigNat# (a list of Words) and ghc-bignum natively
-- on byte arrays, so the same library runs on both.
module GHC.Num
  ( Num(..), subtract, Integer
  , integerQuot, integerRem, integerDiv, integerMod, integerToInt, intToInteger
  , wordToInteger, integerToDouble#, showsInteger
  , divZeroError, quotInt, remInt, divInt, modInt
  ) where

import GHC.Base
import GHC.Magic (noinline)
import GHC.Num.Integer (Integer(IS, IP, IN), integerFromWordList)
import GHC.Num.BigNat (bigNatToWordList)

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

divZeroError :: a
divZeroError = errorWithoutStackTrace "divide by zero"

integerToInt# :: Integer -> Int#
integerToInt# (IS i) = i
integerToInt# n = case toSM n of
  SM neg m -> let i = word2Int# (lowWord m) in if neg then negateInt# i else i

-- Like GHC's, the conversion to Int keeps the low 64 bits of a big Integer (two's complement).
integerToInt :: Integer -> Int
integerToInt n = I# (integerToInt# n)

intToInteger :: Int -> Integer
intToInteger (I# i) = IS i

wordToInteger :: Word -> Integer
wordToInteger (W# w) = let i = word2Int# w in
  if isTrue# (i >=# 0#) then IS i else fromSM False (magFromWord w)

-- A big Integer's magnitude: 32-bit limbs (each in a Word#), least significant first, with
-- no most significant zero limb, so that equal numbers are equal structures; MNil is zero.
-- 32-bit limbs keep a limb product plus a carry within a Word#: the machine has no
-- double-word multiplication (timesWord2#).
data Mag = MNil | MCons Word# !Mag

-- An Integer taken apart: negative?, magnitude.
data SM = SM !Bool !Mag

-- Results of divisions (quotient and remainder), boxed: at -O0 GHC 9.0's dump prints the
-- fields of an unboxed pair returned by a call as dead binders the body uses.
data MagMag = MagMag !Mag !Mag
data MagWord = MagWord !Mag Word#

lo32, hi32 :: Word# -> Word#
lo32 w = and# w 4294967295##
hi32 w = uncheckedShiftRL# w 32#

-- Puts a limb below a magnitude built from the top down, keeping it normal.
mcons :: Word# -> Mag -> Mag
mcons w MNil | isTrue# (eqWord# w 0##) = MNil
mcons w m = MCons w m

magFromWord :: Word# -> Mag
magFromWord w = mcons (lo32 w) (mcons (hi32 w) MNil)

-- ghc-bignum's word lists (bigNatToWordList, integerFromWordList) are 64-bit words, most
-- significant first.
magFromWords :: [Word] -> Mag
magFromWords = go MNil
  where
    go m [] = m
    go m (W# w : ws) = go (mcons (lo32 w) (mcons (hi32 w) m)) ws

wordsFromMag :: Mag -> [Word]
wordsFromMag = go []
  where
    go acc MNil = acc
    go acc (MCons l MNil) = W# l : acc
    go acc (MCons l (MCons h m)) = go (W# (or# l (uncheckedShiftL# h 32#)) : acc) m

lowWord :: Mag -> Word#
lowWord MNil = 0##
lowWord (MCons l MNil) = l
lowWord (MCons l (MCons h _)) = or# l (uncheckedShiftL# h 32#)

-- noinline: ghc-bignum's unfoldings of these read byte arrays (primops the machine does not
-- have); the calls must stay calls, which the machine's built-ins answer.
toSM :: Integer -> SM
toSM (IS i) = if isTrue# (i <# 0#) then SM True (magFromWord (int2Word# (negateInt# i)))
              else SM False (magFromWord (int2Word# i))
toSM (IP b) = SM False (magFromWords (noinline bigNatToWordList b))
toSM (IN b) = SM True (magFromWords (noinline bigNatToWordList b))

-- The canonical Integer: IS whenever the value fits in an Int#.
fromSM :: Bool -> Mag -> Integer
fromSM _ MNil = IS 0#
fromSM neg (MCons l MNil) = let i = word2Int# l in IS (if neg then negateInt# i else i)
fromSM neg (MCons l (MCons h MNil))
  | isTrue# (i >=# 0#) = IS (if neg then negateInt# i else i)
  where i = word2Int# (or# l (uncheckedShiftL# h 32#))
fromSM neg m = noinline integerFromWordList neg (wordsFromMag m)

-- a + b + c, c a carry (0 or 1).
addMag :: Word# -> Mag -> Mag -> Mag
addMag c a b = case a of
  MNil -> case b of
    MNil -> mcons c MNil
    MCons y ys -> if isTrue# (eqWord# c 0##) then b else step 0## y MNil ys
  MCons x xs -> case b of
    MNil -> if isTrue# (eqWord# c 0##) then a else step x 0## xs MNil
    MCons y ys -> step x y xs ys
  where step x y xs ys = let s = plusWord# (plusWord# x y) c in MCons (lo32 s) (addMag (hi32 s) xs ys)

-- a - b - br, br a borrow (0 or 1); a >= b + br.
subMag :: Int# -> Mag -> Mag -> Mag
subMag 0# a MNil = a
subMag br (MCons x xs) b = case b of
  MNil -> step 0## MNil
  MCons y ys -> step y ys
  where
    step y ys = let d = word2Int# x -# word2Int# y -# br in
      if isTrue# (d <# 0#) then mcons (int2Word# (d +# 4294967296#)) (subMag 1# xs ys)
      else mcons (int2Word# d) (subMag 0# xs ys)
subMag _ MNil _ = errorWithoutStackTrace "GHC.Num.subMag: a negative magnitude"

cmpMag :: Mag -> Mag -> Ordering
cmpMag MNil MNil = EQ
cmpMag MNil _ = LT
cmpMag _ MNil = GT
cmpMag (MCons x xs) (MCons y ys) = case cmpMag xs ys of
  EQ -> if isTrue# (ltWord# x y) then LT else if isTrue# (eqWord# x y) then EQ else GT
  r -> r

-- x * m, x a limb.
mulLimb :: Word# -> Mag -> Mag
mulLimb x m = if isTrue# (eqWord# x 0##) then MNil else go 0## m
  where
    go c MNil = mcons c MNil
    go c (MCons y ys) = let p = plusWord# (timesWord# x y) c in MCons (lo32 p) (go (hi32 p) ys)

-- Schoolbook multiplication.
mulMag :: Mag -> Mag -> Mag
mulMag MNil _ = MNil
mulMag (MCons x xs) b = addMag 0## (mulLimb x b) (case mulMag xs b of { MNil -> MNil; r -> MCons 0## r })

-- The magnitude with its limbs in the other order (a most significant first walk).
revMag :: Mag -> Mag
revMag = go MNil
  where
    go acc MNil = acc
    go acc (MCons x xs) = go (MCons x acc) xs

-- Short division of the limbs ms (most significant first) by a limb d: the quotient (q
-- accumulates it from the top) and the remainder.
quotRemLimb :: Word# -> Mag -> Mag -> Word# -> MagWord
quotRemLimb _ q MNil r = MagWord q r
quotRemLimb d q (MCons x xs) r = let cur = or# (uncheckedShiftL# r 32#) x in
  quotRemLimb d (mcons (quotWord# cur d) q) xs (remWord# cur d)

lenMag :: Mag -> Int#
lenMag MNil = 0#
lenMag (MCons _ m) = 1# +# lenMag m

limbAt :: Int# -> Mag -> Word#
limbAt i m = case m of
  MNil -> 0##
  MCons x rest -> if isTrue# (i ==# 0#) then x else limbAt (i -# 1#) rest

-- (m << s) + c, 0 <= s < 32.
shlMag :: Int# -> Word# -> Mag -> Mag
shlMag _ c MNil = mcons c MNil
shlMag s c (MCons x xs) = let w = uncheckedShiftL# x s in MCons (or# (lo32 w) c) (shlMag s (hi32 w) xs)

shrMag :: Int# -> Mag -> Mag
shrMag _ MNil = MNil
shrMag s (MCons x xs) =
  let hi = case xs of { MCons y _ -> y; MNil -> 0## }
  in mcons (or# (uncheckedShiftRL# x s) (lo32 (uncheckedShiftL# hi (32# -# s)))) (shrMag s xs)

-- Leading zero bits of a nonzero limb.
limbClz :: Word# -> Int#
limbClz = go 0#
  where go n v = if isTrue# (geWord# v 2147483648##) then n else go (n +# 1#) (uncheckedShiftL# v 1#)

-- Long division (Knuth's algorithm D): the divisor is shifted until its top limb has its
-- high bit set, so each quotient limb estimated from the top two limbs of the running
-- remainder is at most two too big.
quotRemMag :: Mag -> Mag -> MagMag
quotRemMag a b = case cmpMag a b of
  LT -> MagMag MNil a
  _ -> case b of
    MCons d MNil -> case quotRemLimb d MNil (revMag a) 0## of MagWord q r -> MagMag q (mcons r MNil)
    _ -> case limbClz (limbAt (lenMag b -# 1#) b) of
      s -> longDivision s (shlMag s 0## a) (shlMag s 0## b)

-- u / v, both shifted left by s bits so that v's top limb has its high bit set.
longDivision :: Int# -> Mag -> Mag -> MagMag
longDivision s u v = go MNil MNil (revMag u)
  where
    n = I# (lenMag v)
    vt = W# (limbAt (lenMag v -# 1#) v)
    go q r MNil = MagMag q (shrMag s r)
    go q r (MCons x xs) = case n of
      I# n# -> case vt of
        W# vt# ->
          let r1 = mcons x r
              top = or# (uncheckedShiftL# (limbAt n# r1) 32#) (limbAt (n# -# 1#) r1)
              e = quotWord# top vt#
              qhat = if isTrue# (gtWord# e 4294967295##) then 4294967295## else e
          in case correct qhat (mulLimb qhat v) r1 of
               MagWord t qd -> go (mcons qd q) (subMag 0# r1 t) xs
    correct qd t r = case cmpMag t r of
      GT -> correct (minusWord# qd 1##) (subMag 0# t v) r
      _ -> MagWord t qd

-- Quotient and remainder of big Integers, rounded toward zero (the remainder has a's sign).
quotRemBig :: Integer -> Integer -> (Integer, Integer)
{-# NOINLINE quotRemBig #-}
quotRemBig a b = case toSM b of
  SM _ MNil -> divZeroError
  SM sb mb -> case toSM a of
    SM sa ma -> case quotRemMag ma mb of
      MagMag q r -> (fromSM (xorB sa sb) q, fromSM sa r)

-- Rounded toward negative infinity (the remainder has b's sign).
divModBig :: Integer -> Integer -> (Integer, Integer)
{-# NOINLINE divModBig #-}
divModBig a b = case toSM b of
  SM _ MNil -> divZeroError
  SM sb mb -> case toSM a of
    SM sa ma -> case quotRemMag ma mb of
      MagMag q MNil -> (fromSM (xorB sa sb) q, IS 0#)
      MagMag q r -> if xorB sa sb then (fromSM True (addMag 1## q MNil), fromSM sb (subMag 0# mb r))
                    else (fromSM False q, fromSM sa r)

xorB :: Bool -> Bool -> Bool
xorB a b = if a then not b else b

addSM :: Bool -> Mag -> Bool -> Mag -> Integer
addSM sa ma sb mb
  | xorB sa sb = case cmpMag ma mb of
      LT -> fromSM sb (subMag 0# mb ma)
      EQ -> IS 0#
      GT -> fromSM sa (subMag 0# ma mb)
  | True = fromSM sa (addMag 0## ma mb)

addBig, subBig, mulBig :: Integer -> Integer -> Integer
{-# NOINLINE addBig #-}
{-# NOINLINE subBig #-}
{-# NOINLINE mulBig #-}
addBig a b = case toSM a of SM sa ma -> case toSM b of SM sb mb -> addSM sa ma sb mb
subBig a b = case toSM a of SM sa ma -> case toSM b of SM sb mb -> addSM sa ma (not sb) mb
mulBig a b = case toSM a of SM sa ma -> case toSM b of SM sb mb -> fromSM (xorB sa sb) (mulMag ma mb)

-- Small Integers first: a result that overflows Int# goes the big way. The methods are
-- INLINE (their big ways are calls), so that a program's Integer arithmetic keeps the small
-- case inline as GHC's own does.
instance Num Integer where
  {-# INLINE (+) #-}
  {-# INLINE (-) #-}
  {-# INLINE (*) #-}
  {-# INLINE negate #-}
  {-# INLINE abs #-}
  {-# INLINE signum #-}
  x@(IS a) + y@(IS b) = let r = a +# b in
    if isTrue# (andI# (xorI# a r) (xorI# b r) <# 0#) then addBig x y else IS r
  a + b = addBig a b
  x@(IS a) - y@(IS b) = let r = a -# b in
    if isTrue# (andI# (xorI# a b) (xorI# a r) <# 0#) then subBig x y else IS r
  a - b = subBig a b
  x@(IS a) * y@(IS b)
    | isTrue# (a ==# 0#) = IS 0#
    | isTrue# (a ==# -1#) = negate y
    | True = let r = a *# b in
        if isTrue# (quotInt# r a ==# b) then IS r else mulBig x y
  a * b = mulBig a b
  negate n@(IS a) = if isTrue# (a ==# -9223372036854775808#) then negateBig n else IS (negateInt# a)
  negate (IN b) = IP b
  negate n = negateBig n
  abs n@(IS a) = if isTrue# (a <# 0#) then negate n else n
  abs (IN b) = IP b
  abs n = n
  signum (IS a)
    | isTrue# (a <# 0#) = IS -1#
    | isTrue# (a ==# 0#) = IS 0#
    | True = IS 1#
  signum (IP _) = IS 1#
  signum (IN _) = IS -1#
  fromInteger n = n

negateBig :: Integer -> Integer
negateBig n = case toSM n of SM s m -> fromSM (not s) m
{-# NOINLINE negateBig #-}

-- Horner's rule from the top limb: exact up to 2^53, within a few units in the last place
-- beyond (each step rounds), and infinite past Double's range, as GHC's.
integerToDouble# :: Integer -> Double#
integerToDouble# (IS i) = int2Double# i
integerToDouble# n = case toSM n of
  SM neg m -> let d = go 0.0## (revMag m) in if neg then negateDouble# d else d
  where
    go acc MNil = acc
    go acc (MCons l ls) = go ((acc *## 4294967296.0##) +## int2Double# (word2Int# l)) ls

-- The decimal digits of |n|, in front of s: nine digits at a time, by short division.
showsInteger :: Integer -> [Char] -> [Char]
showsInteger n = case toSM n of SM _ m -> showsMag m
  where
    showsMag m s = case quotRemLimb 1000000000## MNil (revMag m) 0## of
      MagWord MNil r -> showsWord r s
      MagWord q r -> showsMag q (padded 9# r s)
    digit w = C# (chr# (word2Int# (remWord# w 10##) +# 48#))
    showsWord w s = let q = quotWord# w 10## in
      if isTrue# (eqWord# q 0##) then digit w : s else showsWord q (digit w : s)
    padded 0# _ s = s
    padded k w s = padded (k -# 1#) (quotWord# w 10##) (digit w : s)

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
{-# INLINE integerQuot #-}
{-# INLINE integerRem #-}
{-# INLINE integerDiv #-}
{-# INLINE integerMod #-}
integerQuot (IS a) (IS b)
  | isTrue# (b ==# -1#) = negate (IS a)
  | True = intToInteger (quotInt (I# a) (I# b))
integerQuot a b = case quotRemBig a b of (q, _) -> q
integerRem (IS a) (IS b) = intToInteger (remInt (I# a) (I# b))
integerRem a b = case quotRemBig a b of (_, r) -> r
integerDiv (IS a) (IS b)
  | isTrue# (b ==# -1#) = negate (IS a)
  | True = intToInteger (divInt (I# a) (I# b))
integerDiv a b = case divModBig a b of (q, _) -> q
integerMod (IS a) (IS b) = intToInteger (modInt (I# a) (I# b))
integerMod a b = case divModBig a b of (_, r) -> r

-- Word: arithmetic modulo 2^64.
instance Num Word where
  W# x + W# y = W# (plusWord# x y)
  W# x - W# y = W# (minusWord# x y)
  W# x * W# y = W# (timesWord# x y)
  negate (W# x) = W# (minusWord# 0## x)
  abs x = x
  signum (W# x) = if isTrue# (eqWord# x 0##) then W# 0## else W# 1##
  fromInteger i = W# (int2Word# (integerToInt# i))
