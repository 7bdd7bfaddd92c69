{-# LANGUAGE NoImplicitPrelude, MagicHash, UnboxedTuples #-}
-- Native build only (docs/prelude-hs.md): raised by the runtime system on a second read of an IOPort.
module GHC.IOPort where

import GHC.Base

doubleReadException :: String
doubleReadException = "IOPort read twice"
