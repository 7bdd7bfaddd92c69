{-# LANGUAGE NoImplicitPrelude, MagicHash, UnboxedTuples #-}
-- Every Int# primop of issue 11, applied to operands that a constant folder cannot see
-- through (they come out of a list), so both -O0 and -O1 keep the primop calls.
module IntPrimops (result) where

import GHC.Prim
import GHC.Types

data List a = Nil | Cons a (List a)

operands :: List Int
operands = Cons (I# 1234567#) (Cons (I# -89#) (Cons (I# 7#) Nil))

apply :: Int -> Int -> List Int
apply (I# a) (I# b) = case quotRemInt# a b of
  (# q, r #) ->
    Cons (I# (a +# b)) (Cons (I# (a -# b)) (Cons (I# (a *# b)) (Cons (I# (quotInt# a b))
    (Cons (I# (remInt# a b)) (Cons (I# q) (Cons (I# r) (Cons (I# (negateInt# a))
    (Cons (I# (a ==# b)) (Cons (I# (a /=# b)) (Cons (I# (a <# b)) (Cons (I# (a <=# b))
    (Cons (I# (a ># b)) (Cons (I# (a >=# b)) (Cons (I# (uncheckedIShiftL# a 3#))
    (Cons (I# (uncheckedIShiftRA# a 2#)) (Cons (I# (andI# a b)) (Cons (I# (orI# a b))
    (Cons (I# (xorI# a b)) (Cons (I# (notI# a)) Nil)))))))))))))))))))

result :: List (List Int)
result = case operands of
  Cons x (Cons y (Cons z Nil)) -> Cons (apply x y) (Cons (apply y z) (Cons (apply x z) Nil))
  _ -> Nil
