-- Functions on unboxed values (MagicHash) that can fail: a non-exhaustive match, guards that
-- fall through (a join point at -O0) and error, each where a Word#, Double# or Int# is due,
-- beside the same failures where a boxed value is due. GHC's patError and error are
-- levity-polymorphic, so one of them is called at both kinds; the last line fails (exit 1).
{-# LANGUAGE MagicHash #-}
module Main (main) where

import GHC.Prim
import GHC.Types

-- Non-exhaustive: patError where a Word# is due.
digitWord :: Char -> Word#
digitWord '0' = 0##
digitWord '1' = 1##
digitWord '2' = 2##

-- Guards that can all fail: the fall-through is a join point calling patError.
clampWord :: Int -> Int -> Word#
clampWord lo x
  | x < lo = int2Word# 0#
  | x < 100 = case x - lo of I# d -> int2Word# d

-- error where a Double# is due.
reciprocal :: Double -> Double#
reciprocal (D# d)
  | isTrue# (d ==## 0.0##) = error "reciprocal: zero"
  | otherwise = 1.0## /## d

-- error where an Int# is due, in a loop.
sumTo :: Int# -> Int# -> Int#
sumTo acc n
  | isTrue# (n <# 0#) = error "sumTo: negative"
  | isTrue# (n ==# 0#) = acc
  | otherwise = sumTo (acc +# n) (n -# 1#)

-- The same failures where boxed values are due.
firstWord :: [String] -> String
firstWord (w : _) = w

sign :: Int -> String
sign n
  | n > 0 = "positive"
  | n < 0 = "negative"

main :: IO ()
main = do
  print (map (\c -> W# (digitWord c)) "0122")
  print (W# (clampWord 10 5), W# (clampWord 10 42))
  print (D# (reciprocal 4.0))
  print (I# (sumTo 0# 100#))
  putStrLn (firstWord (words "unboxed and boxed"))
  putStrLn (sign 3 ++ " " ++ sign (-3))
  print (W# (clampWord 10 500))
