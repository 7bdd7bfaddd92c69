{-# LANGUAGE NoImplicitPrelude, MagicHash #-}
-- Show, printing exactly as base does: negative numbers in parentheses above precedence 6,
-- constructor arguments at precedence 11, Haskell escapes in characters and strings.
-- Derived Show instances call showString, showParen, showSpace, showCommaSpace and
-- showList__ by these names.
module GHC.Show
  ( Show(..), ShowS, shows, showChar, showString, showParen, showSpace, showCommaSpace
  , showList__, showLitChar, showLitString, showSignedInt, intToDigit, protectEsc
  ) where

import GHC.Base
import GHC.Num
import GHC.Real
import GHC.Num.Integer (Integer(IS))


type ShowS = String -> String

class Show a where
  showsPrec :: Int -> a -> ShowS
  show :: a -> String
  showList :: [a] -> ShowS
  showsPrec _ x s = show x ++ s
  show x = shows x ""
  showList ls s = showList__ shows ls s
  {-# MINIMAL showsPrec | show #-}

shows :: Show a => a -> ShowS
shows = showsPrec 0

showChar :: Char -> ShowS
showChar = (:)

showString :: String -> ShowS
showString = (++)

showParen :: Bool -> ShowS -> ShowS
showParen b p = if b then showChar '(' . p . showChar ')' else p

showSpace :: ShowS
showSpace = \xs -> ' ' : xs

showCommaSpace :: ShowS
showCommaSpace = showString ", "

showList__ :: (a -> ShowS) -> [a] -> ShowS
showList__ _ [] s = "[]" ++ s
showList__ showx (x : xs) s = '[' : showx x (showl xs)
  where
    showl [] = ']' : s
    showl (y : ys) = ',' : showx y (showl ys)

intToDigit :: Int -> Char
intToDigit i
  | i >= 0 && i <= 9 = unsafeChr (ord '0' + i)
  | i >= 10 && i <= 15 = unsafeChr (ord 'a' + i - 10)
  | otherwise = errorWithoutStackTrace ("Char.intToDigit: not a digit " ++ show i)

-- Digits of a non-negative Int onto the front of a string.
showPosInt :: Int -> ShowS
showPosInt n r
  | n < 10 = unsafeChr (ord '0' + n) : r
  | otherwise = showPosInt (quotInt n 10) (unsafeChr (ord '0' + remInt n 10) : r)

showSignedInt :: Int -> Int -> ShowS
showSignedInt p n r
  | n < 0 && p > 6 = '(' : showNegInt n (')' : r)
  | n < 0 = showNegInt n r
  | otherwise = showPosInt n r

-- A negative Int, minBound included (its negation does not exist).
showNegInt :: Int -> ShowS
showNegInt n r
  | n > negate 10 = '-' : unsafeChr (ord '0' - n) : r
  | otherwise = '-' : showPosInt (negate (quotInt n 10)) (unsafeChr (ord '0' - remInt n 10) : r)

instance Show Int where
  showsPrec = showSignedInt

instance Show Integer where
  showsPrec p (IS i) = showSignedInt p (I# i)
  showsPrec p n = if n < 0 then showParen (p > 6) (showChar '-' . showsInteger n) else showsInteger n

instance Show Word where
  showsPrec _ (W# w) = showWord w
    where
      showWord x r = let q = quotWord# x 10## ; c = C# (chr# (48# +# word2Int# (remWord# x 10##))) in
        if isTrue# (eqWord# q 0##) then c : r else showWord q (c : r)

instance Show () where
  showsPrec _ () = showString "()"

instance Show Bool where
  showsPrec _ True = showString "True"
  showsPrec _ False = showString "False"

instance Show Ordering where
  showsPrec _ LT = showString "LT"
  showsPrec _ EQ = showString "EQ"
  showsPrec _ GT = showString "GT"

instance Show a => Show [a] where
  showsPrec _ = showList

instance Show Char where
  showsPrec _ '\'' = showString "'\\''"
  showsPrec _ c = showChar '\'' . showLitChar c . showChar '\''
  showList cs = showChar '"' . showLitString cs . showChar '"'

instance Show a => Show (Maybe a) where
  showsPrec _ Nothing = showString "Nothing"
  showsPrec d (Just a) = showParen (d >= 11) (showString "Just " . showsPrec 11 a)

instance (Show a, Show b) => Show (a, b) where
  showsPrec _ (a, b) s = show_tuple [shows a, shows b] s

instance (Show a, Show b, Show c) => Show (a, b, c) where
  showsPrec _ (a, b, c) s = show_tuple [shows a, shows b, shows c] s

instance (Show a, Show b, Show c, Show d) => Show (a, b, c, d) where
  showsPrec _ (a, b, c, d) s = show_tuple [shows a, shows b, shows c, shows d] s

instance (Show a, Show b, Show c, Show d, Show e) => Show (a, b, c, d, e) where
  showsPrec _ (a, b, c, d, e) s = show_tuple [shows a, shows b, shows c, shows d, shows e] s

instance (Show a, Show b, Show c, Show d, Show e, Show f) => Show (a, b, c, d, e, f) where
  showsPrec _ (a, b, c, d, e, f) s = show_tuple [shows a, shows b, shows c, shows d, shows e, shows f] s

instance (Show a, Show b, Show c, Show d, Show e, Show f, Show g) => Show (a, b, c, d, e, f, g) where
  showsPrec _ (a, b, c, d, e, f, g) s = show_tuple [shows a, shows b, shows c, shows d, shows e, shows f, shows g] s

instance (Show a, Integral a) => Show (Ratio a) where
  showsPrec p (x :% y) = showParen (p > 7) (showsPrec 8 x . showString " % " . showsPrec 8 y)

show_tuple :: [ShowS] -> ShowS
show_tuple [] = showString "()"
show_tuple (s : ss) = showChar '(' . s . foldr (\s' r -> showChar ',' . s' . r) id ss . showChar ')'

showLitString :: String -> ShowS
showLitString [] s = s
showLitString ('"' : cs) s = showString "\\\"" (showLitString cs s)
showLitString (c : cs) s = showLitChar c (showLitString cs s)

showLitChar :: Char -> ShowS
showLitChar c s
  | ord c > 127 = showChar '\\' (protectEsc isDec (showPosInt (ord c)) s)
  | c == '\DEL' = showString "\\DEL" s
  | c == '\\' = showString "\\\\" s
  | c >= ' ' = showChar c s
  | c == '\a' = showString "\\a" s
  | c == '\b' = showString "\\b" s
  | c == '\f' = showString "\\f" s
  | c == '\n' = showString "\\n" s
  | c == '\r' = showString "\\r" s
  | c == '\t' = showString "\\t" s
  | c == '\v' = showString "\\v" s
  | c == '\SO' = protectEsc (== 'H') (showString "\\SO") s
  | otherwise = showChar '\\' (showString (asciiTab !! ord c) s)
  where
    isDec x = x >= '0' && x <= '9'
    (y : _) !! 0 = y
    (_ : ys) !! n = ys !! (n - 1)
    [] !! _ = ""

protectEsc :: (Char -> Bool) -> ShowS -> ShowS
protectEsc p f = f . cont
  where
    cont s@(c : _) | p c = "\\&" ++ s
    cont s = s

asciiTab :: [String]
asciiTab =
  [ "NUL", "SOH", "STX", "ETX", "EOT", "ENQ", "ACK", "BEL"
  , "BS", "HT", "LF", "VT", "FF", "CR", "SO", "SI"
  , "DLE", "DC1", "DC2", "DC3", "DC4", "NAK", "SYN", "ETB"
  , "CAN", "EM", "SUB", "ESC", "FS", "GS", "RS", "US", "SP" ]
