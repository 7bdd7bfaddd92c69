{-# LANGUAGE NoImplicitPrelude, MagicHash, UnboxedTuples, UnliftedFFITypes #-}
-- IO with input: copies stdin to stdout upper-casing ASCII letters, through the C
-- library's getchar and putchar (boxed Int in IO), then reports the byte count.
module EchoIO (main) where

import GHC.Prim
import GHC.Types
import GHC.Tuple

foreign import ccall unsafe "getchar" getchar :: IO Int
foreign import ccall unsafe "putchar" putchar :: Int -> IO Int

bindIO :: IO a -> (a -> IO b) -> IO b
bindIO (IO m) k = IO (\s -> case m s of (# s', a #) -> case k a of IO n -> n s')

returnIO :: a -> IO a
returnIO x = IO (\s -> (# s, x #))

upper :: Int# -> Int#
upper c = case c >=# 97# of
  1# -> case c <=# 122# of { 1# -> c -# 32#; _ -> c }
  _ -> c

copy :: Int# -> IO Int
copy n = bindIO getchar (\(I# c) -> case andI# c 256# of
  -- EOF: C's int -1, whichever way the upper half of the register was filled.
  0# -> bindIO (putchar (I# (upper c))) (\_ -> copy (n +# 1#))
  _ -> returnIO (I# n))

putDigits :: Int# -> IO ()
putDigits n = case quotRemInt# n 10# of
  (# 0#, r #) -> bindIO (putchar (I# (48# +# r))) (\_ -> returnIO ())
  (# q, r #) -> bindIO (putDigits q) (\_ -> bindIO (putchar (I# (48# +# r))) (\_ -> returnIO ()))

main :: IO ()
main = bindIO (copy 0#) (\(I# n) -> bindIO (putDigits n) (\_ -> bindIO (putchar (I# 10#)) (\_ -> returnIO ())))
