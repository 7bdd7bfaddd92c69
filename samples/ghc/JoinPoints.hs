{-# LANGUAGE NoImplicitPrelude, MagicHash, UnboxedTuples #-}
-- Local functions called only in tail position, which GHC -O1 turns into join points
-- (let-no-escape): a counting loop, a shared continuation of two branches, and a local
-- recursive search.
-- Everything is exported so that -O1 keeps the functions, and their join points, instead of
-- folding them into the constant result.
module JoinPoints where

import GHC.Prim
import GHC.Types

sumSquares :: Int -> Int
sumSquares (I# n) =
  let loop acc i = case i ># n of
        1# -> I# acc
        _ -> loop (acc +# i *# i) (i +# 1#)
  in loop 0# 1#

classify :: Int -> Int
classify (I# x) =
  let finish tag = I# (tag *# 1000# +# x)
  in case x <# 0# of
       1# -> finish 1#
       _ -> case remInt# x 2# of
              0# -> finish 2#
              _ -> finish 3#

firstDivisor :: Int -> Int
firstDivisor (I# n) =
  let search d = case d *# d ># n of
        1# -> n
        _ -> case remInt# n d of
               0# -> d
               _ -> search (d +# 1#)
  in I# (search 2#)

result :: [Int]
result = sumSquares (I# 100#) : classify (I# -7#) : classify (I# 10#) : classify (I# 11#)
  : firstDivisor (I# 9991#) : firstDivisor (I# 9973#) : []
