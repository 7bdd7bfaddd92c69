{-# LANGUAGE NoImplicitPrelude, MagicHash, UnboxedTuples #-}
-- Native build only (docs/prelude-hs.md): the runtime system unpacks C strings with this.
module GHC.Pack where

import GHC.Base
import GHC.Ptr (Ptr(..))


unpackCString :: Ptr a -> [Char]
unpackCString (Ptr a) = unpackCString# a
