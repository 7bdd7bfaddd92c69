{-# LANGUAGE NoImplicitPrelude #-}
-- Character classes and case mapping for ASCII and Latin-1 (no Unicode tables).
module Data.Char
  ( Char, String, ord, chr, isDigit, isOctDigit, isHexDigit, isAlpha, isLetter, isUpper
  , isLower, isAlphaNum, isSpace, isPunctuation, isPrint, isControl, isAscii
  , toUpper, toLower, digitToInt, intToDigit
  ) where

import GHC.Base
import GHC.Num
import GHC.Show (intToDigit)
import GHC.List (elem)

chr :: Int -> Char
chr i
  | i >= 0 && i <= 0x10FFFF = unsafeChr i
  | otherwise = errorWithoutStackTrace "Prelude.chr: bad argument"

isDigit, isOctDigit, isHexDigit, isAlpha, isLetter, isUpper, isLower, isAlphaNum :: Char -> Bool
isDigit c = c >= '0' && c <= '9'
isOctDigit c = c >= '0' && c <= '7'
isHexDigit c = isDigit c || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F')
isUpper c = (c >= 'A' && c <= 'Z') || (c >= '\192' && c <= '\222' && c /= '\215')
isLower c = (c >= 'a' && c <= 'z') || (c >= '\223' && c <= '\255' && c /= '\247')
isAlpha c = isUpper c || isLower c || c == '\170' || c == '\186'
isLetter = isAlpha
isAlphaNum c = isAlpha c || isDigit c

isSpace, isPunctuation, isPrint, isControl, isAscii :: Char -> Bool
isSpace c = c == ' ' || (c >= '\t' && c <= '\r') || c == '\160'
isPunctuation c = c `elem` "!\"#%&'()*,-./:;?@[\\]_{}"
isControl c = c < ' ' || (c >= '\DEL' && c < '\160')
isPrint c = not (isControl c)
isAscii c = c < '\128'

toUpper, toLower :: Char -> Char
toUpper c
  | (c >= 'a' && c <= 'z') || (c >= '\224' && c <= '\254' && c /= '\247') = unsafeChr (ord c - 32)
  | otherwise = c
toLower c
  | (c >= 'A' && c <= 'Z') || (c >= '\192' && c <= '\222' && c /= '\215') = unsafeChr (ord c + 32)
  | otherwise = c

digitToInt :: Char -> Int
digitToInt c
  | isDigit c = ord c - ord '0'
  | c >= 'a' && c <= 'f' = ord c - ord 'a' + 10
  | c >= 'A' && c <= 'F' = ord c - ord 'A' + 10
  | otherwise = errorWithoutStackTrace ("Char.digitToInt: not a digit " ++ [c])
