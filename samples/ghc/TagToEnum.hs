{-# LANGUAGE NoImplicitPrelude, MagicHash, UnboxedTuples #-}
-- tagToEnum# (its result type comes from the signature) and dataToTag# on Bool, Ordering
-- and a type of the program's own.
module TagToEnum (result) where

import GHC.Prim
import GHC.Types

data Colour = Red | Green | Blue | Yellow

toBool :: Int# -> Bool
toBool i = tagToEnum# i

toColour :: Int# -> Colour
toColour i = tagToEnum# i

toOrdering :: Int# -> Ordering
toOrdering i = tagToEnum# i

tag :: a -> Int
tag x = I# (dataToTag# x)

compareInt :: Int -> Int -> Ordering
compareInt (I# a) (I# b) = toOrdering ((a ># b) +# (a >=# b))

result :: ([Bool], [Colour], [Int], [Ordering])
result = ( toBool (3# ># 2#) : toBool (1# ==# 2#) : []
         , toColour 2# : toColour 0# : toColour 3# : []
         , tag Blue : tag True : tag (compareInt (I# 4#) (I# 9#)) : tag Yellow : []
         , compareInt (I# 1#) (I# 2#) : compareInt (I# 2#) (I# 2#) : compareInt (I# 3#) (I# 2#) : [] )
