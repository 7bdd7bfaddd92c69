-- Lists of lists: transpose, matrix product with zipWith, identity, show of nested lists.
module Main (main) where

import Data.List (transpose, intercalate)

type Matrix = [[Integer]]

mmul :: Matrix -> Matrix -> Matrix
mmul a b = [[sum (zipWith (*) row col) | col <- transpose b] | row <- a]

identity :: Int -> Matrix
identity n = [[if i == j then 1 else 0 | j <- [1 .. n]] | i <- [1 .. n]]

power :: Matrix -> Int -> Matrix
power m 0 = identity (length m)
power m k
  | even k = let h = power m (k `div` 2) in mmul h h
  | otherwise = mmul m (power m (k - 1))

render :: Matrix -> String
render = intercalate "\n" . map (unwords . map show)

main :: IO ()
main = do
  let fib = [[1, 1], [1, 0]]
  print (power fib 10)
  print (head (head (power fib 80)))
  putStrLn (render (mmul [[1, 2, 3], [4, 5, 6]] [[7, -8], [9, 10], [-11, 12]]))
  print (transpose ["abc", "de", "f"], zipWith3 (\x y z -> x + y * z) [1, 2] [3, 4] [5, 6 :: Int])
