{-# LANGUAGE NoImplicitPrelude, MagicHash #-}
-- error and undefined. An error's payload is its message as a [Char]: the machine's
-- raise# prints the payload itself, so no exception hierarchy is needed.
module GHC.Err (error, errorWithoutStackTrace, undefined) where

import GHC.Types
import GHC.Prim
import GHC.CString (unpackCString#)

error :: [Char] -> a
error s = raise# s

errorWithoutStackTrace :: [Char] -> a
errorWithoutStackTrace s = raise# s

undefined :: a
undefined = raise# (unpackCString# "Prelude.undefined"#)
