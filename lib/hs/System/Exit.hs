{-# LANGUAGE NoImplicitPrelude #-}
module System.Exit (ExitCode(..), exitWith, exitSuccess, exitFailure) where

import GHC.Base
import GHC.Show
import System.IO (exitWithStatus)

data ExitCode = ExitSuccess | ExitFailure Int
  deriving (Eq, Ord)

instance Show ExitCode where
  showsPrec _ ExitSuccess = showString "ExitSuccess"
  showsPrec d (ExitFailure n) = showParen (d >= 11) (showString "ExitFailure " . showsPrec 11 n)

-- As in base, ExitFailure 0 is refused.
exitWith :: ExitCode -> IO a
exitWith ExitSuccess = exitWithStatus 0
exitWith (ExitFailure n)
  | n == 0 = errorWithoutStackTrace "System.Exit.exitWith: invalid argument (ExitFailure 0)"
  | otherwise = exitWithStatus n

exitSuccess :: IO a
exitSuccess = exitWith ExitSuccess

exitFailure :: IO a
exitFailure = exitWith (ExitFailure 1)
