{-# LANGUAGE NoImplicitPrelude, MagicHash, UnboxedTuples #-}
-- Native build only (docs/prelude-hs.md): raised by the runtime system on arithmetic faults.
module GHC.Exception.Type where

import GHC.Base

divZeroException, overflowException, underflowException :: String
divZeroException = "divide by zero"
overflowException = "arithmetic overflow"
underflowException = "arithmetic underflow"
