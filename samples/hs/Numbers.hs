-- Integer and Int arithmetic: div/mod/quot/rem with negative operands, gcd, powers,
-- show of negative numbers at every precedence, read of numbers.
module Main (main) where

data Pair = Pair Int Integer deriving Show
newtype Wrap = Wrap (Maybe Int) deriving Show

main :: IO ()
main = do
  print [(a `div` b, a `mod` b, a `quot` b, a `rem` b) | a <- [7, -7], b <- [2, -2 :: Int]]
  print (divMod (-13) 4 :: (Integer, Integer), quotRem (-13) 4 :: (Integer, Integer))
  print (gcd 12 18 :: Int, lcm 4 6 :: Integer, 2 ^ 10 :: Int, product [1 .. 20 :: Integer])
  print (Pair (-1) (-2), Just (-3), [Just (Wrap (Just (-4)))], Left (-5) :: Either Int Int)
  print (minBound :: Int, maxBound :: Int, negate 0 :: Int, abs (-9) :: Integer, signum (-9) :: Int)
  print (read "42" + 1 :: Int, read " -17 " :: Integer, read "(3)" :: Int, read "[(1,-2)]" :: [(Int, Int)])
  print (fromIntegral (maxBound :: Int) :: Integer, toInteger (minBound :: Int), fromInteger 12 :: Double)
  print (even (10 :: Int), odd (7 :: Integer), sum [1 .. 1000 :: Integer], showsPrec 11 (-5 :: Int) "")
  print (subtract 3 10 :: Int, until (> 1000) (* 2) (1 :: Int), 7 `divMod` (-2) :: (Int, Int))
