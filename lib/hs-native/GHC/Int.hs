{-# LANGUAGE NoImplicitPrelude, MagicHash, UnboxedTuples #-}
-- Native build only (docs/prelude-hs.md): sized integer types whose constructors the runtime system builds.
module GHC.Int where

import GHC.Base

data Int8 = I8# Int#
data Int16 = I16# Int#
data Int32 = I32# Int#
data Int64 = I64# Int#
