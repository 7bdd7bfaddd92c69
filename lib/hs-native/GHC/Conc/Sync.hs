{-# LANGUAGE NoImplicitPrelude, MagicHash, UnboxedTuples #-}
-- Native build only (docs/prelude-hs.md): called by the threaded runtime between sparks; the library's programs create no sparks.
module GHC.Conc.Sync where

import GHC.Base

runSparks :: IO ()
runSparks = returnIO ()
