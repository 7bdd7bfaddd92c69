-- Data.Ix: the class of array indices, which Data.Array defines (Int, Char, Integer, pairs).
module Data.Ix (Ix(range, index, inRange, rangeSize)) where

import Data.Array (Ix(..))
