{-# LANGUAGE NoImplicitPrelude, MagicHash, UnboxedTuples #-}
-- Native build only (docs/prelude-hs.md): pointer types whose constructors the runtime system builds.
module GHC.Ptr where

import GHC.Base

data Ptr a = Ptr Addr#
data FunPtr a = FunPtr Addr#
