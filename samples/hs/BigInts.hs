-- Arbitrary-precision Integer: factorials, powers, negative big numbers, the boundaries of
-- Int, quot/rem/div/mod for every sign, gcd/lcm, comparisons and sorting, show at every
-- precedence, read, literals beyond 64 bits, conversions, Ratio with big parts.
module Main (main) where

import Data.List (sort)
import Data.Ratio

factorial :: Integer -> Integer
factorial n = product [1 .. n]

fibs :: [Integer]
fibs = 0 : 1 : zipWith (+) fibs (tail fibs)

-- Every sign combination of big and small operands.
operands :: [Integer]
operands = [b, negate b, 7, -7, 2 ^ 64, negate (2 ^ 64) + 1, 3 ^ 50 + 11]
  where b = factorial 25 + 3

main :: IO ()
main = do
  print (factorial 30, 2 ^ 100 :: Integer, negate (2 ^ 100) :: Integer)
  print (fibs !! 200, length (show (factorial 100)))
  let big = 2 ^ 63 :: Integer
  print (big, big - 1, negate big, negate big - 1, fromIntegral (maxBound :: Int) + (1 :: Integer))
  print (toInteger (minBound :: Int) - 1, abs (toInteger (minBound :: Int)), signum (negate big * big))
  print [(a `quot` b, a `rem` b, a `div` b, a `mod` b) | a <- operands, b <- operands]
  print [(quotRem a b, divMod a b) | a <- [factorial 22, negate (factorial 22)], b <- [3 ^ 20, negate (3 ^ 20)]]
  print (gcd (factorial 20) (2 ^ 70), lcm (3 ^ 40) (6 ^ 30) :: Integer, gcd (negate (10 ^ 30)) (15 ^ 12) :: Integer)
  print (compare (2 ^ 80) (2 ^ 81 :: Integer), 2 ^ 80 == (2 ^ 40) ^ 2, negate (2 ^ 90) < (negate (2 ^ 89) :: Integer))
  print (sort [2 ^ 70, negate (3 ^ 50), 5, negate 5, 2 ^ 64, negate (2 ^ 64), 0 :: Integer])
  print (maximum [10 ^ 20, 10 ^ 19 * 11, 10 ^ 21 - 1 :: Integer], minimum [negate (10 ^ 20), negate (10 ^ 19 * 11) :: Integer])
  print (Just (negate (10 ^ 25) :: Integer), [negate (2 ^ 65) :: Integer], showsPrec 11 (negate (2 ^ 65) :: Integer) "")
  print (123456789012345678901234567890 :: Integer, -98765432109876543210 :: Integer)
  print (read "-340282366920938463463374607431768211456" :: Integer, read "[18446744073709551616,1]" :: [Integer])
  print (fromInteger (2 ^ 70) :: Double, fromIntegral (3 ^ 40 :: Integer) :: Double, fromInteger (negate (2 ^ 62 * 3)) :: Double)
  print (fromInteger (2 ^ 64 + 5) :: Int, fromIntegral (negate (2 ^ 64) - 7 :: Integer) :: Int, toInteger (maxBound :: Word))
  print (even (2 ^ 100 :: Integer), odd (3 ^ 41 :: Integer), (2 :: Integer) ^ (64 :: Int) - 1, product [1 .. 25 :: Integer] `div` product [1 .. 23])
  print (truncate (1.0e20 :: Double) :: Integer, round (-2.5e19 :: Double) :: Integer, toRational (1.5e-20 :: Double))
  let r = (2 ^ 70 + 1) % (3 ^ 45) :: Rational
  print (r, r * r - 1, numerator (r / (2 ^ 70 + 1)), recip r < r, sum [1 % (2 ^ k) | k <- [60 .. 70 :: Integer]] :: Rational)
