{-# LANGUAGE NoImplicitPrelude, MagicHash, UnboxedTuples #-}
-- Native build only (docs/prelude-hs.md): what the runtime system raises when a thread overflows its stack or the heap, or is blocked forever; an exception of this library is its message.
module GHC.IO.Exception where

import GHC.Base

stackOverflow, heapOverflow, allocationLimitExceeded :: String
stackOverflow = "stack overflow"
heapOverflow = "heap overflow"
allocationLimitExceeded = "allocation limit exceeded"

blockedIndefinitelyOnMVar, blockedIndefinitelyOnSTM :: String
blockedIndefinitelyOnMVar = "thread blocked indefinitely in an MVar operation"
blockedIndefinitelyOnSTM = "thread blocked indefinitely in an STM transaction"

cannotCompactFunction, cannotCompactPinned, cannotCompactMutable :: String
cannotCompactFunction = "compaction failed: cannot compact functions"
cannotCompactPinned = "compaction failed: cannot compact pinned objects"
cannotCompactMutable = "compaction failed: cannot compact mutable objects"
