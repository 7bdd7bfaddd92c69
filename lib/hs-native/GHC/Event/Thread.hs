{-# LANGUAGE NoImplicitPrelude, MagicHash, UnboxedTuples #-}
-- Native build only (docs/prelude-hs.md): raised by the runtime system when a thread waits on a bad file descriptor.
module GHC.Event.Thread where

import GHC.Base

blockedOnBadFD :: String
blockedOnBadFD = "file descriptor is not valid"
