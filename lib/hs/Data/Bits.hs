{-# LANGUAGE NoImplicitPrelude, MagicHash #-}
-- Bit operations on Int (the Int# primops of the machine).
module Data.Bits
  ( Bits(..), shift, (.<<.), (.>>.)
  ) where

import GHC.Base
import GHC.Num

infixl 8 `shift`, `shiftL`, `shiftR`, .<<., .>>.
infixl 7 .&.
infixl 6 `xor`
infixl 5 .|.

class Eq a => Bits a where
  (.&.), (.|.), xor :: a -> a -> a
  complement :: a -> a
  shiftL, shiftR :: a -> Int -> a
  bit :: Int -> a
  testBit :: a -> Int -> Bool
  setBit, clearBit :: a -> Int -> a
  popCount :: a -> Int
  zeroBits :: a

instance Bits Int where
  I# a .&. I# b = I# (andI# a b)
  I# a .|. I# b = I# (orI# a b)
  xor (I# a) (I# b) = I# (xorI# a b)
  complement (I# a) = I# (notI# a)
  shiftL (I# a) (I# n) = if isTrue# (n >=# 64#) then I# 0# else I# (uncheckedIShiftL# a n)
  shiftR (I# a) (I# n) = if isTrue# (n >=# 64#) then (if isTrue# (a <# 0#) then I# -1# else I# 0#) else I# (uncheckedIShiftRA# a n)
  bit n = shiftL 1 n
  testBit x n = (x .&. bit n) /= 0
  setBit x n = x .|. bit n
  clearBit x n = x .&. complement (bit n)
  popCount x = go 0 x
    where
      go acc 0 = acc
      go acc y = go (acc + 1) (y .&. (y - 1))
  zeroBits = 0

shift :: Bits a => a -> Int -> a
shift x n = if n >= 0 then shiftL x n else shiftR x (negate n)

(.<<.), (.>>.) :: Bits a => a -> Int -> a
(.<<.) = shiftL
(.>>.) = shiftR
