{-# LANGUAGE NoImplicitPrelude, MagicHash, UnboxedTuples #-}
-- Native build only (docs/prelude-hs.md): the runtime system runs dead weak pointers' finalizers with this.
module GHC.Weak where

import GHC.Base

runFinalizerBatch :: Int -> Array# (State# RealWorld -> State# RealWorld) -> IO ()
runFinalizerBatch (I# n) arr = IO (\s -> (# go 0# s, () #))
  where
    go i s = if isTrue# (i >=# n) then s else case indexArray# arr i of
      (# io #) -> go (i +# 1#) (io s)
