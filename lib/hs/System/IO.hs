{-# LANGUAGE NoImplicitPrelude, MagicHash, UnboxedTuples #-}
-- Input and output, built on the few foreign calls the machine implements: C's putchar,
-- getchar and exit, and the project's own stg_file_* calls for reading a file below the
-- working directory (docs/prelude-hs.md lists them). Characters are written as UTF-8, as
-- base does in a UTF-8 locale; input is read byte by byte, one Char per byte.
module System.IO
  ( IO, Handle, BufferMode(..), stdout, stdin, putChar, putStr, putStrLn, print
  , getChar, getLine, getContents, interact, readFile, readLn
  , hPutStr, hPutStrLn, hPutChar, hFlush, hSetBuffering, hGetLine, hGetContents, isEOF
  , unsafeInterleaveIO, exitWithStatus
  ) where

import GHC.Base
import GHC.Num
import GHC.Real
import GHC.Show
import GHC.Read
import GHC.List

foreign import ccall unsafe "putchar" c_putchar :: Int -> IO Int
foreign import ccall unsafe "getchar" c_getchar :: IO Int
foreign import ccall unsafe "exit" c_exit :: Int -> IO ()
foreign import ccall unsafe "stg_file_path_byte" c_file_path_byte :: Int -> IO Int
foreign import ccall unsafe "stg_file_open" c_file_open :: IO Int
foreign import ccall unsafe "stg_file_getc" c_file_getc :: Int -> IO Int

-- Only the standard streams exist; writing to stdout is the only output.
data Handle = Stdin | Stdout

data BufferMode = NoBuffering | LineBuffering | BlockBuffering (Maybe Int)

stdin, stdout :: Handle
stdin = Stdin
stdout = Stdout

unsafeInterleaveIO :: IO a -> IO a
unsafeInterleaveIO (IO m) = IO (\s -> (# s, case m s of (# _, r #) -> r #))

putByte :: Int -> IO ()
putByte b = c_putchar b >> return ()

putChar :: Char -> IO ()
putChar ch
  | c < 0x80 = putByte c
  | c < 0x800 = putByte (0xC0 + c `quot` 64) >> cont c
  | c < 0x10000 = putByte (0xE0 + c `quot` 4096) >> cont (c `quot` 64) >> cont c
  | otherwise = putByte (0xF0 + c `quot` 262144) >> cont (c `quot` 4096) >> cont (c `quot` 64) >> cont c
  where
    c = ord ch
    cont x = putByte (0x80 + x `rem` 64)

putStr :: String -> IO ()
putStr = mapM_ putChar

putStrLn :: String -> IO ()
putStrLn s = putStr s >> putChar '\n'

print :: Show a => a -> IO ()
print x = putStrLn (show x)

-- A byte of stdin, or -1 at its end (C's int -1, whatever the register's upper half holds).
getByte :: IO Int
getByte = c_getchar >>= \c -> return (if c `rem` 4294967296 == 4294967295 || c < 0 then negate 1 else c)

getChar :: IO Char
getChar = getByte >>= \c -> if c < 0 then errorWithoutStackTrace "Prelude.getChar: end of file" else return (unsafeChr c)

getLine :: IO String
getLine = getByte >>= \c -> if c < 0 then errorWithoutStackTrace "Prelude.getLine: end of file" else line c
  where
    line c
      | c < 0 || c == 10 = return []
      | otherwise = getByte >>= \c' -> line c' >>= \rest -> return (unsafeChr c : rest)

isEOF :: IO Bool
isEOF = errorWithoutStackTrace "System.IO.isEOF is not supported"

-- Lazy: each byte is read when the list is forced that far.
getContents :: IO String
getContents = unsafeInterleaveIO go
  where
    go = getByte >>= \c -> if c < 0 then return [] else unsafeInterleaveIO go >>= \rest -> return (unsafeChr c : rest)

interact :: (String -> String) -> IO ()
interact f = getContents >>= \s -> putStr (f s)

readLn :: Read a => IO a
readLn = getLine >>= \l -> return (read l)

-- A file below the working directory, read whole on demand through the machine's
-- stg_file_* calls: the path is passed a byte at a time, then opened.
readFile :: FilePath -> IO String
readFile path = mapM_ (\ch -> c_file_path_byte (ord ch)) path >> c_file_open >>= opened
  where
    opened h
      | h == negate 1 = errorWithoutStackTrace (path ++ ": openFile: does not exist (No such file or directory)")
      | h < 0 = errorWithoutStackTrace (path ++ ": openFile: permission denied (outside the working directory)")
      | otherwise = unsafeInterleaveIO (bytes h)
    bytes h = c_file_getc h >>= \c -> if c < 0 then return [] else unsafeInterleaveIO (bytes h) >>= \rest -> return (unsafeChr c : rest)

type FilePath = String

hPutStr :: Handle -> String -> IO ()
hPutStr Stdout = putStr
hPutStr Stdin = \_ -> errorWithoutStackTrace "<stdin>: hPutStr: illegal operation (handle is not open for writing)"

hPutStrLn :: Handle -> String -> IO ()
hPutStrLn h s = hPutStr h s >> hPutStr h "\n"

hPutChar :: Handle -> Char -> IO ()
hPutChar h c = hPutStr h [c]

hGetLine :: Handle -> IO String
hGetLine _ = getLine

hGetContents :: Handle -> IO String
hGetContents _ = getContents

-- stdout is C's buffer, which exit flushes; nothing reads it before then.
hFlush :: Handle -> IO ()
hFlush _ = return ()

hSetBuffering :: Handle -> BufferMode -> IO ()
hSetBuffering _ _ = return ()

exitWithStatus :: Int -> IO a
exitWithStatus n = c_exit n >> errorWithoutStackTrace "exit returned"
