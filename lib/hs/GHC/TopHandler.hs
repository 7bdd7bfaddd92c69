{-# LANGUAGE NoImplicitPrelude #-}
-- GHC wraps a program's main as runMainIO main. Output goes through C's putchar, whose
-- buffer C's exit flushes, so there is nothing to set up or flush here. runIO, runNonIO
-- and flushStdHandles are what GHC's runtime system calls by name in a native build.
module GHC.TopHandler (runMainIO, runIO, runNonIO, flushStdHandles) where

import GHC.Base

runMainIO :: IO a -> IO a
runMainIO main = main

runIO :: IO a -> IO a
runIO main = main

runNonIO :: a -> IO a
runNonIO a = a `seq` returnIO a

flushStdHandles :: IO ()
flushStdHandles = returnIO ()
