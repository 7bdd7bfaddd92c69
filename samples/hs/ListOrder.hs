-- Eq and Ord on lists of Int, of Char and of strings: sorting, searching, max and min,
-- lexicographic comparison. At -O1 GHC calls ghc-prim's specialisations of the list
-- instances ($fOrd[]_$s$ccompare2, $fEq[]_$s$c==1...) by name, names the built-ins must define.
module Main (main) where

import Data.List (sort, sortBy, nub, insert, maximumBy, minimumBy, group)

ints :: [[Int]]
ints = [[3, 1], [2], [3, 0, 5], [], [2, 9], [3, 1]]

wordsOf :: String
wordsOf = "the quick brown fox jumps over the lazy dog and the quick cat"

sentences :: [[String]]
sentences = [words "b a", words "a c", words "a b", words "b a"]

main :: IO ()
main = do
  print (sort ints)
  print (nub ints, [3, 1] `elem` ints, [9] `elem` ints)
  print (maximum ints, minimum ints, max [1, 2] [1, 2, 0 :: Int], min [5] [4, 9 :: Int])
  print (map (\(a, b) -> ((compare a b, a < b, a <= b), (a > b, a >= b), (a == b, a /= b))) (zip ints (tail ints)))
  let ws = words wordsOf
  print (sort ws)
  print (map (\g -> (head g, length g)) (group (sort ws)))
  print (maximum ws, minimum ws, max "fox" "dog", min "fox" "dog")
  print (lookup "fox" (zip ws [0 :: Int ..]), lookup "emu" (zip ws [0 :: Int ..]))
  print (filter (> "m") ws, filter (<= "dog") ws, filter (>= "quick") ws, filter (/= "the") ws)
  print (insert "eel" (sort ws), sortBy (flip compare) (nub ws))
  print (sort sentences, nub sentences, maximum sentences, minimum sentences)
  print (map (\(a, b) -> ((compare a b, a < b, a <= b), (a > b, a >= b), (a == b, a /= b))) (zip sentences (tail sentences)))
  print (max (words "x y") (words "x z"), min (words "x y") (words "x z"))
  print (maximumBy (\a b -> compare (length a) (length b)) ws, minimumBy compare ws)
