-- Strict local loops that GHC turns into join points, foldl', a bang-free accumulator
-- with seq, maximumBy.
module Main (main) where

import Data.List (foldl', maximumBy)

collatzLength :: Int -> Int
collatzLength n0 = go n0 1
  where
    go 1 acc = acc
    go n acc
      | even n = go (n `div` 2) (acc + 1)
      | otherwise = go (3 * n + 1) (acc + 1)

sumTo :: Int -> Int
sumTo n = loop 0 1
  where
    loop acc i
      | i > n = acc
      | otherwise = let acc' = acc + i in acc' `seq` loop acc' (i + 1)

classify :: Int -> String
classify n = case compare n 100 of
  LT -> small
  EQ -> "exactly a hundred"
  GT -> if n > 1000 then "huge" else big
  where
    small = "small " ++ show n
    big = "big " ++ show (n `div` 100) ++ " hundreds"

main :: IO ()
main = do
  let best = maximumBy (\(_, a) (_, b) -> compare a b) [(n, collatzLength n) | n <- [1 .. 3000]]
  print best
  print (map collatzLength [1 .. 20])
  print (sumTo 100000, foldl' (+) 0 [1 .. 100000 :: Int])
  mapM_ (putStrLn . classify) [7, 100, 450, 12345]
