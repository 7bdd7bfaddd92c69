{-# LANGUAGE NoImplicitPrelude, MagicHash, UnboxedTuples #-}
-- Native build only (docs/prelude-hs.md): the stable pointer type whose constructor the runtime system builds.
module GHC.Stable where

import GHC.Base

data StablePtr a = StablePtr (StablePtr# a)
