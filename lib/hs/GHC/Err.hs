{-# LANGUAGE NoImplicitPrelude, MagicHash, PolyKinds, RankNTypes, KindSignatures #-}
-- error and undefined. An error's payload is its message as a [Char]: the machine's
-- raise# prints the payload itself, so no exception hierarchy is needed.
-- error and errorWithoutStackTrace are levity-polymorphic, as base's are, so that code
-- computing a Word# or Double# can fail with them; undefined, which base makes a function of
-- its HasCallStack dictionary, has no argument here and stays lifted.
module GHC.Err (error, errorWithoutStackTrace, undefined) where

import GHC.Types (Char, RuntimeRep, TYPE)
import GHC.Prim
import GHC.CString (unpackCString#)

error :: forall (r :: RuntimeRep) (a :: TYPE r). [Char] -> a
error s = raise# s

errorWithoutStackTrace :: forall (r :: RuntimeRep) (a :: TYPE r). [Char] -> a
errorWithoutStackTrace s = raise# s

undefined :: a
undefined = raise# (unpackCString# "Prelude.undefined"#)
