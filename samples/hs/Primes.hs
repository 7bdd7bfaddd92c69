-- Laziness: infinite lists, a lazy sieve, takeWhile, iterate, cyclic definitions.
module Main (main) where

primes :: [Int]
primes = sieve [2 ..]
  where sieve (p : xs) = p : sieve [x | x <- xs, x `mod` p /= 0]

fibs :: [Integer]
fibs = 0 : 1 : zipWith (+) fibs (tail fibs)

hammings :: [Int]
hammings = 1 : merge3 (map (* 2) hammings) (map (* 3) hammings) (map (* 5) hammings)
  where
    merge3 a b c = merge a (merge b c)
    merge xx@(x : xs) yy@(y : ys)
      | x < y = x : merge xs yy
      | x > y = y : merge xx ys
      | otherwise = x : merge xs ys

main :: IO ()
main = do
  print (take 25 primes)
  print (takeWhile (< 1000) (map (^ 2) primes))
  print (fibs !! 90)
  print (take 20 hammings)
  print (take 10 (iterate (\x -> x * 3 `div` 2) 1))
  let ones = 1 : ones :: [Int]
  print (sum (take 100 ones), take 5 (cycle "ab"), head (filter (> 10000) (map (* 7) [1 ..])))
  print (fst (1 :: Int, undefined :: Int))
