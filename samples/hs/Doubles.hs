-- Double: show (shortest digits that read back), arithmetic, Floating functions,
-- rounding, enumerations, negative numbers inside constructors.
module Main (main) where

data P = P Double Double deriving (Show, Eq, Ord)

mean :: [Double] -> Double
mean xs = sum xs / fromIntegral (length xs)

main :: IO ()
main = do
  print [1.0, 0.5, 0.1 + 0.2, 1 / 3, 2 / 3, 100, 1234567.0, 12345678.9, 0.05, 1.0e-4, 6.02e23]
  print (sqrt 2 :: Double, pi :: Double, exp 1 :: Double, 2 ** 0.5 :: Double, 10 ^^ (-3) :: Double)
  print (map (\x -> (floor x, ceiling x, round x, truncate x)) [2.5, 3.5, -2.5, -0.4, 7.9 :: Double] :: [(Int, Int, Int, Int)])
  print (P (-1.5) 2, Just (-0.25), [P 0 (-0)], mean [1, 2, 3, 4])
  print ([1.0, 1.5 .. 3.0] :: [Double], [0.1, 0.2 .. 0.5] :: [Double], [1 .. 4.5] :: [Double])
  print (read "3.25" :: Double, read "-1e3" :: Double, read "[0.5,2]" :: [Double])
  print (1 / 0 :: Double, -1 / 0 :: Double, isNaN (0 / 0 :: Double), minimum [3.5, -2, 7 :: Double])
  print (fromIntegral (3 :: Int) / 4 :: Double, properFraction (-3.75 :: Double) :: (Int, Double))
  print (sin 0 :: Double, cos 0 :: Double, atan2 1 1 :: Double, log 10 :: Double, logBase 2 1024 :: Double)
