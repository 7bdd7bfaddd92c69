-- List comprehensions: n-queens, Pythagorean triples, a cartesian product.
module Main (main) where

queens :: Int -> [[Int]]
queens n = go n
  where
    go 0 = [[]]
    go k = [q : qs | qs <- go (k - 1), q <- [1 .. n], safe q qs]
    safe q qs = and [q /= c && abs (q - c) /= d | (d, c) <- zip [1 ..] qs]

triples :: Int -> [(Int, Int, Int)]
triples n = [(a, b, c) | c <- [1 .. n], b <- [1 .. c], a <- [1 .. b], a * a + b * b == c * c]

main :: IO ()
main = do
  print (map (length . queens) [1 .. 8])
  print (head (queens 8))
  print (triples 30)
  print [(x, y) | x <- "ab", y <- [True, False]]
  print [x * y | x <- [1 .. 4], odd x, y <- [x .. 4], let z = x + y, even z]
