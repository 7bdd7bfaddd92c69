{-# LANGUAGE NoImplicitPrelude, MagicHash, UnboxedTuples #-}
-- Native build only (docs/prelude-hs.md): the runtime system's entry for Haskell signal handlers; the library installs none.
module GHC.Conc.Signal where

import GHC.Base
import GHC.Ptr (Ptr)


runHandlersPtr :: Ptr () -> Int -> IO ()
runHandlersPtr _ _ = returnIO ()
