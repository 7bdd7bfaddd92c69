{-# LANGUAGE NoImplicitPrelude, MagicHash, UnboxedTuples #-}
-- Native build only (see README.md): raised by the runtime system on a second read of an IOPort.
module GHC.IOPort where

import GHC.Base

doubleReadException :: String
doubleReadException = "IOPort read twice"
