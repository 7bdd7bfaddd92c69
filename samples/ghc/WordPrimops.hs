{-# LANGUAGE NoImplicitPrelude, MagicHash, UnboxedTuples #-}
-- Word# literals and primops: arithmetic with wrap-around, bit operations, shifts,
-- conversions to and from Int#, and the six comparisons (unsigned: maxBound > 1).
module WordPrimops (result) where

import GHC.Prim
import GHC.Types

data List a = Nil | Cons a (List a)

arith :: Word -> Word -> List Word
arith (W# a) (W# b) =
  Cons (W# (plusWord# a b)) (Cons (W# (minusWord# a b)) (Cons (W# (timesWord# a b))
  (Cons (W# (quotWord# a b)) (Cons (W# (remWord# a b)) (Cons (W# (and# a b))
  (Cons (W# (or# a b)) (Cons (W# (xor# a b)) (Cons (W# (not# a))
  (Cons (W# (uncheckedShiftL# a 4#)) (Cons (W# (uncheckedShiftRL# a 4#)) Nil))))))))))

compareW :: Word -> Word -> List Int
compareW (W# a) (W# b) =
  Cons (I# (eqWord# a b)) (Cons (I# (neWord# a b)) (Cons (I# (ltWord# a b))
  (Cons (I# (leWord# a b)) (Cons (I# (gtWord# a b)) (Cons (I# (geWord# a b)) Nil)))))

big :: Word
big = W# 18446744073709551615##

conversions :: Int -> List Int
conversions (I# i) = Cons (I# (word2Int# (int2Word# i))) (Cons (I# (word2Int# (plusWord# (int2Word# i) 1##))) Nil)

data Result = Result (List Word) (List Word) (List Int) (List Int) (List Int)

result :: Result
result = Result (arith big (W# 3##)) (arith (W# 1000##) (W# 7##)) (compareW big (W# 1##)) (compareW (W# 5##) (W# 5##)) (conversions (I# -1#))
