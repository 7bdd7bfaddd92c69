{-# LANGUAGE NoImplicitPrelude, MagicHash, UnboxedTuples #-}
-- Double# literals and primops. The correctly rounded operations (+ - * / sqrt, negation,
-- abs, conversions) are shown exactly; the transcendental ones (** exp log sin cos tan),
-- whose last bit may differ between C libraries, are shown scaled and truncated to Int#.
module DoublePrimops (result) where

import GHC.Prim
import GHC.Types

data List a = Nil | Cons a (List a)

exact :: Double -> Double -> List Double
exact (D# a) (D# b) =
  Cons (D# (a +## b)) (Cons (D# (a -## b)) (Cons (D# (a *## b)) (Cons (D# (a /## b))
  (Cons (D# (negateDouble# a)) (Cons (D# (fabsDouble# b)) (Cons (D# (sqrtDouble# (fabsDouble# b)))
  (Cons (D# (int2Double# 7#)) Nil)))))))

compareD :: Double -> Double -> List Int
compareD (D# a) (D# b) =
  Cons (I# (a ==## b)) (Cons (I# (a /=## b)) (Cons (I# (a <## b))
  (Cons (I# (a <=## b)) (Cons (I# (a >## b)) (Cons (I# (a >=## b)) Nil)))))

scaled :: Double# -> Int
scaled d = I# (double2Int# (d *## 1.0e6##))

transcendental :: Double -> List Int
transcendental (D# x) =
  Cons (scaled (x **## 2.5##)) (Cons (scaled (expDouble# x)) (Cons (scaled (logDouble# x))
  (Cons (scaled (sinDouble# x)) (Cons (scaled (cosDouble# x)) (Cons (scaled (tanDouble# x))
  (Cons (I# (double2Int# (negateDouble# x))) Nil))))))

data Result = Result (List Double) (List Double) (List Int) (List Int)

result :: Result
result = Result (exact (D# 6.25##) (D# -0.5##)) (exact (D# 1.0e-3##) (D# 3.0##)) (compareD (D# 1.5##) (D# 2.5##)) (transcendental (D# 2.75##))
