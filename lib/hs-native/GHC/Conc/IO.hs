{-# LANGUAGE NoImplicitPrelude, MagicHash, UnboxedTuples #-}
-- Native build only (docs/prelude-hs.md): the threaded runtime's I/O manager hooks; the library does its I/O through C's stdio, so there is no manager to run.
module GHC.Conc.IO where

import GHC.Base

ensureIOManagerIsRunning, interruptIOManager, ioManagerCapabilitiesChanged :: IO ()
ensureIOManagerIsRunning = returnIO ()
interruptIOManager = returnIO ()
ioManagerCapabilitiesChanged = returnIO ()
