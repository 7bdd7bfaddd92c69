{-# LANGUAGE NoImplicitPrelude, MagicHash, UnboxedTuples #-}
-- Addr# string literals and ghc-prim's unpacking functions, which have no STG of their own
-- in any dump: unpackCString#, unpackAppendCString#, unpackFoldrCString#, and escapes in
-- literals (newline, quote, backslash, tab, a byte above 127 through UTF-8).
module AddrLiterals (result) where

import GHC.Prim
import GHC.Types
import GHC.CString

countChars :: [Char] -> Int
countChars s = go s 0#
  where
    go [] n = I# n
    go (_ : cs) n = go cs (n +# 1#)

data Result = Result [Char] [Char] Int [Char] Int

result :: Result
result = Result
  (unpackCString# "plain"#)
  (unpackAppendCString# "escapes: \"q\" \\ \t|"# (unpackCString# "tail\n"#))
  (unpackFoldrCString# "folded"# (\_ (I# n) -> I# (n +# 1#)) (I# 100#))
  (unpackCStringUtf8# "caf\195\169"#)
  (countChars (unpackCString# "twelve chars"#))
