{-# LANGUAGE NoImplicitPrelude #-}
-- Read for Int, Integer, Double, Bool, Char, lists and pairs, as Haskell 2010's readsPrec
-- and lex (base's ReadP machinery is not reproduced; deriving Read is not supported).
module GHC.Read (Read(..), ReadS, reads, read, lex, readParen) where

import GHC.Base
import GHC.Num
import GHC.Real
import GHC.Float
import GHC.List
import GHC.Num.Integer (Integer)

type ReadS a = String -> [(a, String)]

class Read a where
  readsPrec :: Int -> ReadS a
  readList :: ReadS [a]
  readList = readParen False (\r -> [pr | ("[", s) <- lex r, pr <- readl s])
    where
      readl s = [([], t) | ("]", t) <- lex s] ++ [(x : xs, u) | (x, t) <- reads s, (xs, u) <- readl' t]
      readl' s = [([], t) | ("]", t) <- lex s] ++ [(x : xs, v) | (",", t) <- lex s, (x, u) <- reads t, (xs, v) <- readl' u]

reads :: Read a => ReadS a
reads = readsPrec 0

read :: Read a => String -> a
read s = case [x | (x, t) <- reads s, ("", "") <- lex t] of
  [x] -> x
  [] -> errorWithoutStackTrace "Prelude.read: no parse"
  _ -> errorWithoutStackTrace "Prelude.read: ambiguous parse"

readParen :: Bool -> ReadS a -> ReadS a
readParen b g = if b then mandatory else optional
  where
    optional r = g r ++ mandatory r
    mandatory r = [(x, u) | ("(", s) <- lex r, (x, t) <- optional s, (")", u) <- lex t]

isSpace, isDigit, isIdChar, isSym :: Char -> Bool
isSpace c = c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v'
isDigit c = c >= '0' && c <= '9'
isIdChar c = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || isDigit c || c == '_' || c == '\''
isSym c = c `elem` "!@#$%&*+./<=>?\\^|:-~"

-- One lexeme of Haskell: an identifier, a number (with fraction and exponent), a
-- character or string literal, an operator, or a single special character.
lex :: ReadS String
lex "" = [("", "")]
lex (c : s)
  | isSpace c = lex (dropWhile isSpace s)
lex ('\'' : s) = [('\'' : ch ++ "'", t) | (ch, '\'' : t) <- lexLitChar s, ch /= "'"]
lex ('"' : s) = [('"' : str, t) | (str, t) <- lexString s]
  where
    lexString ('"' : r) = [("\"", r)]
    lexString r = [(ch ++ str, u) | (ch, t) <- lexLitChar r, (str, u) <- lexString t]
lex (c : s)
  | c `elem` "()[]{},;`" = [([c], s)]
  | isIdChar c && not (isDigit c) = let (nam, t) = span isIdChar s in [(c : nam, t)]
  | isSym c = let (sym, t) = span isSym s in [(c : sym, t)]
  | isDigit c = let (ds, s') = span isDigit s in [(c : ds ++ fe, t) | (fe, t) <- lexFracExp s']
  | otherwise = []
  where
    lexFracExp ('.' : d : r) | isDigit d = let (ds, t) = span isDigit (d : r) in [('.' : ds ++ e, u) | (e, u) <- lexExp t]
    lexFracExp r = lexExp r
    lexExp (e : r) | e == 'e' || e == 'E' = case r of
      ('-' : d : t) | isDigit d -> let (ds, u) = span isDigit (d : t) in [(e : '-' : ds, u)]
      ('+' : d : t) | isDigit d -> let (ds, u) = span isDigit (d : t) in [(e : '+' : ds, u)]
      (d : t) | isDigit d -> let (ds, u) = span isDigit (d : t) in [(e : ds, u)]
      _ -> [("", e : r)]
    lexExp r = [("", r)]

lexLitChar :: ReadS String
lexLitChar ('\\' : c : s) = [('\\' : [c], s)]
lexLitChar (c : s) = [([c], s)]
lexLitChar "" = []

-- A non-negative number's digits as an Integer-like value.
readDigits :: Num a => String -> a
readDigits = foldl (\n d -> n * 10 + fromIntegral (ord d - ord '0')) 0

readSigned :: (Num a) => (String -> Maybe a) -> Int -> ReadS a
readSigned conv p = readParen False read'
  where
    read' r = [(negate x, t) | ("-", s) <- lex r, (x, t) <- readPos s] ++ readPos r
    readPos r = [(x, t) | (str, t) <- lex r, Just x <- [conv str]]

integral :: Num a => String -> Maybe a
integral str = if not (null str) && all isDigit str then Just (readDigits str) else Nothing

instance Read Int where
  readsPrec = readSigned integral

instance Read Integer where
  readsPrec = readSigned integral

instance Read Double where
  readsPrec = readSigned double
    where
      double str = case span isDigit str of
        ([], _) -> Nothing
        (ip, rest) -> case rest of
          [] -> Just (fromInteger (readDigits ip))
          _ -> let (fp, rest') = case rest of
                     ('.' : r) -> span isDigit r
                     _ -> ([], rest)
                   ex = case rest' of
                     [] -> Just 0
                     (_ : '-' : ds) -> Just (negate (readDigits ds))
                     (_ : '+' : ds) -> Just (readDigits ds)
                     (_ : ds) -> Just (readDigits ds)
               in case ex of
                    Just e -> Just (scale (fromInteger (readDigits (ip ++ fp)) :: Double) (e - length fp))
                    Nothing -> Nothing
      scale :: Double -> Int -> Double
      scale m e = if e >= 0 then m * 10 ^ e else m / 10 ^ negate e

instance Read Bool where
  readsPrec _ r = [(True, t) | ("True", t) <- lex r] ++ [(False, t) | ("False", t) <- lex r]

instance Read Char where
  readsPrec _ r = [(c, t) | ('\'' : c : "'", t) <- lex r]
  readList r = [(s, t) | ('"' : body, t) <- lex r, Just s <- [unquote body]]
    where
      unquote "\"" = Just ""
      unquote ('\\' : 'n' : rest) = fmap ('\n' :) (unquote rest)
      unquote ('\\' : c : rest) = fmap (c :) (unquote rest)
      unquote (c : rest) = fmap (c :) (unquote rest)
      unquote [] = Nothing

instance Read a => Read [a] where
  readsPrec _ = readList

instance (Read a, Read b) => Read (a, b) where
  readsPrec _ = readParen False (\r -> [((x, y), w) | ("(", s) <- lex r, (x, t) <- reads s, (",", u) <- lex t, (y, v) <- reads u, (")", w) <- lex v])
