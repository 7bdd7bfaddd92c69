{-# LANGUAGE NoImplicitPrelude, MagicHash #-}
-- What GHC's generated code calls when a match or a record operation fails (patError and
-- friends receive "File.hs:(l,c)-(l,c)|function f" as an Addr# literal), and the
-- exceptions the runtime system raises by these names. An exception here is its message.
module Control.Exception.Base
  ( patError, recSelError, recConError, nonExhaustiveGuardsError, noMethodBindingError
  , absentSumFieldError, absentError, nonTermination, nestedAtomically
  ) where

import GHC.Base

untangle :: Addr# -> String -> String
untangle coded message = location ++ ": " ++ message ++ details ++ "\n"
  where
    (location, details) = case break (== '|') (unpackCString# coded) of
      (loc, rest) -> case rest of
        ('|' : det) -> (loc, ' ' : det)
        _ -> (loc, "")
    break _ [] = ([], [])
    break p xs@(x : xs')
      | p x = ([], xs)
      | otherwise = let (ys, zs) = break p xs' in (x : ys, zs)

patError :: Addr# -> a
patError s = errorWithoutStackTrace (untangle s "Non-exhaustive patterns in")

recSelError :: Addr# -> a
recSelError s = errorWithoutStackTrace ("No match in record selector " ++ unpackCString# s)

recConError :: Addr# -> a
recConError s = errorWithoutStackTrace (untangle s "Missing field in record construction")

nonExhaustiveGuardsError :: Addr# -> a
nonExhaustiveGuardsError s = errorWithoutStackTrace (untangle s "Non-exhaustive guards in")

noMethodBindingError :: Addr# -> a
noMethodBindingError s = errorWithoutStackTrace (untangle s "No instance nor default method for class operation")

-- What GHC's worker/wrapper passes for an argument it found unused (never entered unless
-- the strictness analysis was wrong), with base's message.
absentError :: Addr# -> a
absentError s = errorWithoutStackTrace ("Oops!  Entered absent arg " ++ unpackCStringUtf8# s)

absentSumFieldError :: a
absentSumFieldError = errorWithoutStackTrace "entered absent sum field!"

-- Raised by GHC's runtime system (native build) on a detected infinite loop.
nonTermination :: String
nonTermination = "<<loop>>"

nestedAtomically :: String
nestedAtomically = "Control.Concurrent.STM.atomically was nested"
