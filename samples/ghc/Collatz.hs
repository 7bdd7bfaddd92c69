{-# LANGUAGE NoImplicitPrelude, MagicHash, UnboxedTuples #-}
-- Strict loops on unboxed values: the longest Collatz chain below 30000, with the chain
-- length in a local loop (a join point at -O1) and bit tricks on Word#.
-- Everything is exported so that -O1 keeps the loops rather than folding them into result.
module Collatz where

import GHC.Prim
import GHC.Types

chain :: Word# -> Int#
chain n0 = go n0 1#
  where
    go 1## len = len
    go n len = case and# n 1## of
      0## -> go (uncheckedShiftRL# n 1#) (len +# 1#)
      _ -> go (plusWord# (timesWord# n 3##) 1##) (len +# 1#)

longest :: Int# -> (# Int#, Int# #)
longest limit = loop 1# 0# 0#
  where
    loop i best bestLen = case i >=# limit of
      1# -> (# best, bestLen #)
      _ -> let len = chain (int2Word# i)
           in case len ># bestLen of
                1# -> loop (i +# 1#) i len
                _ -> loop (i +# 1#) best bestLen

result :: (Int, Int, Int)
result = case longest 30000# of (# n, len #) -> (I# n, I# len, I# (chain 27##))
