-- getArgs and read, Control.Monad (forM_, when, unless, foldM), exitWith a status.
module Main (main) where

import System.Environment (getArgs)
import System.Exit
import Control.Monad

main :: IO ()
main = do
  args <- getArgs
  print args
  let n = case args of
        (a : _) -> read a
        [] -> 10 :: Int
  forM_ [1 .. n] $ \i ->
    when (i `mod` 3 == 0) $ putStrLn ("fizz " ++ show i)
  unless (null args) $ putStrLn ("last: " ++ last args)
  total <- foldM (\acc x -> do { when (x > n - 2) (print acc); return (acc + x) }) 0 [1 .. n]
  print total
  r <- mapM (return . (* 2)) [1, 2, 3 :: Int]
  print (r, replicate 2 'x')
  exitWith (ExitFailure 3)
