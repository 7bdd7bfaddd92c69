{-# LANGUAGE NoImplicitPrelude, MagicHash, UnboxedTuples #-}
-- `error` as the program's own function over raise#: a lazy error that is never forced,
-- then one that is (head of an empty list), whose message is the program's failure.
module RaiseError (result) where

import GHC.Prim
import GHC.Types
import GHC.CString

error :: [Char] -> a
error s = raise# s

head :: [a] -> a
head (x : _) = x
head [] = error (unpackCString# "head: empty list"#)

data Pair = Pair Int Int

first :: Pair -> Int
first (Pair a _) = a

result :: Int
result = case first (Pair (I# 1#) (error (unpackCString# "never forced"#))) of
  I# a -> case head (filterPositive (I# -1# : I# -2# : [])) of
    I# b -> I# (a +# b)
  where
    filterPositive [] = []
    filterPositive (I# x : xs) = case x ># 0# of { 1# -> I# x : filterPositive xs; _ -> filterPositive xs }
