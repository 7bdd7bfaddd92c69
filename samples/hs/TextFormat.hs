-- Strings: show with escapes, padding and alignment, Data.Char, lines/unlines, words.
module Main (main) where

import Data.Char (toUpper, isDigit, ord, chr, isSpace)
import Data.List (intercalate, isPrefixOf, isSuffixOf, isInfixOf)

padLeft, padRight :: Int -> String -> String
padLeft n s = replicate (n - length s) ' ' ++ s
padRight n s = s ++ replicate (n - length s) ' '

table :: [(String, Int)] -> String
table rows = unlines [padRight w name ++ " | " ++ padLeft 6 (show v) | (name, v) <- rows]
  where w = maximum (map (length . fst) rows)

capitalize :: String -> String
capitalize [] = []
capitalize (c : cs) = toUpper c : cs

caesar :: Int -> String -> String
caesar k = map shift
  where
    shift c
      | c >= 'a' && c <= 'z' = rot 'a' c
      | c >= 'A' && c <= 'Z' = rot 'A' c
      | otherwise = c
    rot base c = chr (ord base + (ord c - ord base + k) `mod` 26)

main :: IO ()
main = do
  putStr (table [("apples", 12), ("kiwis", -3), ("watermelons", 1024)])
  print "quote \" backslash \\ tab \t newline \n bell \a del \DEL \200 \1234 end"
  print ['a', '\'', '\n', '"', '\0', '\SOH', '\SO', 'H']
  print (show "\SO\&H", "\1234\&5")
  putStrLn (unwords (map capitalize (words "  the   quick brown   fox ")))
  putStrLn (caesar 3 "Hello, World!" ++ " / " ++ caesar (-3) (caesar 3 "Hello, World!"))
  print (filter isDigit "a1b22c333", intercalate ", " ["x", "y", "z"], lines "one\ntwo\n\nthree")
  print ("ab" `isPrefixOf` "abc", "bc" `isSuffixOf` "abc", "zz" `isInfixOf` "abc", dropWhile isSpace "  x ")
