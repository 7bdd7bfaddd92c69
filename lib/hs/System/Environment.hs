{-# LANGUAGE NoImplicitPrelude #-}
-- The program's arguments, read through the machine's stg_arg_* calls a byte at a time.
module System.Environment (getArgs, getProgName) where

import GHC.Base
import GHC.Num

foreign import ccall unsafe "stg_arg_count" c_arg_count :: IO Int
foreign import ccall unsafe "stg_arg_byte" c_arg_byte :: Int -> Int -> IO Int

getArgs :: IO [String]
getArgs = c_arg_count >>= \n -> mapM arg (takeTo n)
  where
    takeTo n = let go i = if i >= n then [] else i : go (i + 1) in go 0
    arg i = bytes i 0
    bytes i j = c_arg_byte i j >>= \b ->
      if b < 0 then return [] else bytes i (j + 1) >>= \rest -> return (unsafeChr b : rest)

getProgName :: IO String
getProgName = return "main"
