-- Data.Ratio: exact fractions, show of Ratio, a harmonic sum and Egyptian fractions.
module Main (main) where

import Data.Ratio

harmonic :: Int -> Rational
harmonic n = sum [1 % fromIntegral k | k <- [1 .. n]]

egyptian :: Rational -> [Integer]
egyptian r
  | r == 0 = []
  | otherwise = let d = (denominator r + numerator r - 1) `div` numerator r
                in d : egyptian (r - 1 % d)

main :: IO ()
main = do
  print (3 % 4 + 1 % 4 :: Rational, 2 % (-6) :: Rational, numerator (6 % 8 :: Rational))
  print (map harmonic [1 .. 8])
  print (egyptian (4 % 13), egyptian (5 % 6))
  print (Just (-1 % 3 :: Rational), compare (1 % 3) (2 % 7 :: Rational), floor (7 % 2 :: Rational) :: Int)
