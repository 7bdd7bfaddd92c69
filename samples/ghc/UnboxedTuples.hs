{-# LANGUAGE NoImplicitPrelude, MagicHash, UnboxedTuples #-}
-- Functions returning unboxed tuples of two and three components (unboxed and boxed),
-- consumed by case continuations, and a loop that threads an unboxed pair.
module UnboxedTuples (result) where

import GHC.Prim
import GHC.Types
import GHC.Tuple

divMod10 :: Int# -> (# Int#, Int# #)
divMod10 n = (# quotInt# n 10#, remInt# n 10# #)

digitSum :: Int# -> Int#
digitSum 0# = 0#
digitSum n = case divMod10 n of (# q, r #) -> r +# digitSum q

minMaxSum :: [Int] -> (# Int#, Int#, Int #)
minMaxSum [] = (# 0#, 0#, I# 0# #)
minMaxSum (I# x : xs) = go x x x xs
  where
    go lo hi acc [] = (# lo, hi, I# acc #)
    go lo hi acc (I# y : ys) =
      let lo' = case y <# lo of { 1# -> y; _ -> lo }
          hi' = case y ># hi of { 1# -> y; _ -> hi }
      in go lo' hi' (acc +# y) ys

fibPair :: Int# -> (# Int, Int #)
fibPair 0# = (# I# 0#, I# 1# #)
fibPair n = case fibPair (n -# 1#) of (# I# a, I# b #) -> (# I# b, I# (a +# b) #)

result :: (Int, (Int, Int, Int), (Int, Int))
result =
  ( I# (digitSum 987654321#)
  , case minMaxSum (I# 5# : I# -3# : I# 12# : I# 7# : []) of (# lo, hi, s #) -> (I# lo, I# hi, s)
  , case fibPair 40# of (# a, b #) -> (a, b) )
