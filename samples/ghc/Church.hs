{-# LANGUAGE NoImplicitPrelude, MagicHash, UnboxedTuples, RankNTypes #-}
-- Higher-order functions as data: Church numerals (successor, addition, multiplication,
-- exponentiation) converted back to Int, and Church-encoded pairs and booleans.
module Church (result) where

import GHC.Prim
import GHC.Types

newtype Church = Church (forall a. (a -> a) -> a -> a)

apply :: Church -> (a -> a) -> a -> a
apply (Church n) = n

zero :: Church
zero = Church (\_ z -> z)

suc :: Church -> Church
suc n = Church (\s z -> s (apply n s z))

add :: Church -> Church -> Church
add m n = Church (\s z -> apply m s (apply n s z))

mul :: Church -> Church -> Church
mul m n = Church (\s -> apply m (apply n s))

power :: Church -> Church -> Church
power m n = Church (\s z -> apply n (\f -> apply m f) s z)

toInt :: Church -> Int
toInt n = apply n (\(I# k) -> I# (k +# 1#)) (I# 0#)

fromInt :: Int# -> Church
fromInt 0# = zero
fromInt k = suc (fromInt (k -# 1#))

pair :: a -> b -> (forall c. (a -> b -> c) -> c)
pair a b = \f -> f a b

result :: [Int]
result = let two = suc (suc zero)
             three = fromInt 3#
         in toInt (add two three) : toInt (mul three (fromInt 7#)) : toInt (power two (fromInt 10#))
            : toInt (power three three) : pair (I# 4#) (I# 5#) (\a _ -> a) : []
