-- stdin through getContents: word frequencies, sorted with Data.List; lines and words.
module Main (main) where

import Data.Char (toLower, isAlpha)
import Data.List (sortBy, group, sort)

main :: IO ()
main = do
  text <- getContents
  let ws = words (map (\c -> if isAlpha c then toLower c else ' ') text)
      counts = map (\g -> (head g, length g)) (group (sort ws))
      top = take 8 (sortBy (\(a, x) (b, y) -> compare y x <> compare a b) counts)
  putStrLn ("lines: " ++ show (length (lines text)) ++ ", words: " ++ show (length ws))
  mapM_ (\(w, n) -> putStrLn (w ++ " " ++ replicate n '*')) top
