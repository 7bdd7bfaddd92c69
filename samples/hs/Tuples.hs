-- Tuples of two to seven components: Eq and Ord (ghc-prim's derived instances: compare is
-- lexicographic, the operators compare the last component with themselves), sorting them,
-- max and min, and show.
module Main (main) where

import Data.List (sort, sortBy, nub)

quads :: [(Int, Char, String, Bool)]
quads = [(2, 'b', "x", True), (1, 'z', "y", False), (2, 'a', "z", True), (2, 'b', "x", False), (1, 'z', "y", False)]

fives :: [(Int, Int, Int, Int, Int)]
fives = [(1, 2, 3, 4, 5), (1, 2, 3, 4, 4), (0, 9, 9, 9, 9), (1, 2, 3, 4, 5)]

sixes :: [(Int, Char, Bool, Int, Char, Bool)]
sixes = [(1, 'a', True, 2, 'b', False), (1, 'a', True, 2, 'b', True), (1, 'a', False, 3, 'c', True)]

sevens :: [(Int, Int, Int, Int, Int, Int, Int)]
sevens = [(7, 6, 5, 4, 3, 2, 1), (7, 6, 5, 4, 3, 2, 0), (1, 2, 3, 4, 5, 6, 7)]

pairsOf :: [a] -> [(a, a)]
pairsOf xs = zip xs (tail xs)

table :: Ord a => [a] -> [((Ordering, Bool, Bool), (Bool, Bool), (Bool, Bool))]
table xs = [((compare a b, a < b, a <= b), (a > b, a >= b), (a == b, a /= b)) | (a, b) <- pairsOf xs]

main :: IO ()
main = do
  print (sort quads)
  print (nub quads, maximum quads, minimum quads)
  print (table quads)
  print (sort fives, nub fives, max (head fives) (fives !! 1), min (head fives) (fives !! 1))
  print (table fives)
  print (sort sixes, maximum sixes)
  print (table sixes)
  print (sortBy (flip compare) sevens, minimum sevens)
  print (table sevens)
  print ((1 :: Int, 'a') == (1, 'a'), (1 :: Int, 'a', "b") < (1, 'a', "c"))
