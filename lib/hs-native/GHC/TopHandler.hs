{-# LANGUAGE NoImplicitPrelude, MagicHash, UnboxedTuples #-}
-- Native build only (docs/prelude-hs.md). GHC wraps a program's main as runMainIO main; the
-- machine has its own runMainIO built in, which prints an uncaught error's message on
-- stderr and exits with status 1. This one does the same in a native build, so both print
-- and exit alike. runIO, runNonIO and flushStdHandles are what GHC's runtime system calls
-- by name; output goes through C's putchar, whose buffer C's exit flushes.
module GHC.TopHandler (runMainIO, runIO, runNonIO, flushStdHandles) where

import GHC.Base

foreign import ccall unsafe "stg_native_stderr_byte" c_stderr_byte :: Int -> IO Int
foreign import ccall unsafe "exit" c_exit :: Int -> IO ()

-- Never inlined: a program's dump must call runMainIO by name, which the machine supplies.
{-# NOINLINE runMainIO #-}
runMainIO :: IO a -> IO a
runMainIO (IO main) = IO (catch# main handler)
  where
    handler message = unIO (mapM_ (\c -> c_stderr_byte (ord c)) (message ++ "\n") `thenIO` c_exit 1 `thenIO` errorWithoutStackTrace "exit returned")

runIO :: IO a -> IO a
runIO main = main

runNonIO :: a -> IO a
runNonIO a = a `seq` returnIO a

flushStdHandles :: IO ()
flushStdHandles = returnIO ()
