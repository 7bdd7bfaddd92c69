{-# LANGUAGE NoImplicitPrelude #-}
-- Complex numbers over a RealFloat, as base's Data.Complex (magnitude without base's
-- exponent scaling, so a result can differ from base's in the last bit).
module Data.Complex
  ( Complex(..), realPart, imagPart, conjugate, mkPolar, cis, polar, magnitude, phase
  ) where

import GHC.Base
import GHC.Num
import GHC.Real
import GHC.Float
import GHC.Show

infix 6 :+

data Complex a = !a :+ !a
  deriving Eq

instance Show a => Show (Complex a) where
  showsPrec d (a :+ b) = showParen (d > 6) (showsPrec 7 a . showString " :+ " . showsPrec 7 b)

realPart, imagPart :: Complex a -> a
realPart (x :+ _) = x
imagPart (_ :+ y) = y

conjugate :: Num a => Complex a -> Complex a
conjugate (x :+ y) = x :+ negate y

mkPolar :: Floating a => a -> a -> Complex a
mkPolar r theta = (r * cos theta) :+ (r * sin theta)

cis :: Floating a => a -> Complex a
cis theta = cos theta :+ sin theta

polar :: RealFloat a => Complex a -> (a, a)
polar z = (magnitude z, phase z)

magnitude :: RealFloat a => Complex a -> a
magnitude (x :+ y) = sqrt (x * x + y * y)

phase :: RealFloat a => Complex a -> a
phase (0 :+ 0) = 0
phase (x :+ y) = atan2 y x

instance RealFloat a => Num (Complex a) where
  (x :+ y) + (x' :+ y') = (x + x') :+ (y + y')
  (x :+ y) - (x' :+ y') = (x - x') :+ (y - y')
  (x :+ y) * (x' :+ y') = (x * x' - y * y') :+ (x * y' + y * x')
  negate (x :+ y) = negate x :+ negate y
  abs z = magnitude z :+ 0
  signum (0 :+ 0) = 0
  signum z@(x :+ y) = let r = magnitude z in (x / r) :+ (y / r)
  fromInteger n = fromInteger n :+ 0

instance RealFloat a => Fractional (Complex a) where
  (x :+ y) / (x' :+ y') = let d = x' * x' + y' * y' in ((x * x' + y * y') / d) :+ ((y * x' - x * y') / d)
  fromRational a = fromRational a :+ 0

instance RealFloat a => Floating (Complex a) where
  pi = pi :+ 0
  exp (x :+ y) = let expx = exp x in (expx * cos y) :+ (expx * sin y)
  log z = log (magnitude z) :+ phase z
  sqrt (0 :+ 0) = 0
  sqrt z@(x :+ y) = u :+ (if y < 0 then negate v else v)
    where
      (u, v) = if x < 0 then (v', u') else (u', v')
      v' = abs y / (u' * 2)
      u' = sqrt ((magnitude z + abs x) / 2)
  sin (x :+ y) = (sin x * cosh y) :+ (cos x * sinh y)
  cos (x :+ y) = (cos x * cosh y) :+ negate (sin x * sinh y)
  tan (x :+ y) = let sinx = sin x; cosx = cos x; sinhy = sinh y; coshy = cosh y
                     d = cosx * cosx + sinhy * sinhy
                 in ((sinx * cosx) / d) :+ ((sinhy * coshy) / d)
  sinh (x :+ y) = (cos y * sinh x) :+ (sin y * cosh x)
  cosh (x :+ y) = (cos y * cosh x) :+ (sin y * sinh x)
  tanh (x :+ y) = let cosy = cos y; siny = sin y; sinhx = sinh x; coshx = cosh x
                      d = cosy * cosy + sinhx * sinhx
                  in ((coshx * sinhx) / d) :+ ((cosy * siny) / d)
  asin z@(x :+ y) = y' :+ negate x'
    where (x' :+ y') = log (((negate y) :+ x) + sqrt (1 - z * z))
  acos z = y'' :+ negate x''
    where
      (x'' :+ y'') = log (z + ((negate y') :+ x'))
      (x' :+ y') = sqrt (1 - z * z)
  atan z@(x :+ y) = y' :+ negate x'
    where (x' :+ y') = log (((1 - y) :+ x) / sqrt (1 + z * z))
