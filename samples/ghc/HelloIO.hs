{-# LANGUAGE NoImplicitPrelude, MagicHash, UnboxedTuples #-}
-- An IO main without base: the bytes of an Addr# string literal, read with
-- indexCharOffAddr#, written one at a time through the C library's putchar.
module HelloIO (main) where

import GHC.Prim
import GHC.Types

foreign import ccall unsafe "putchar" putchar :: Int -> IO Int

putBytes :: Addr# -> Int# -> IO ()
putBytes s i = case indexCharOffAddr# s i of
  '\0'# -> IO (\st -> (# st, () #))
  c -> case putchar (I# (ord# c)) of
    IO put -> IO (\st -> case put st of (# st', _ #) -> case putBytes s (i +# 1#) of IO rest -> rest st')

main :: IO ()
main = putBytes "Hello from GHC's STG\n"# 0#
