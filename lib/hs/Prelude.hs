{-# LANGUAGE NoImplicitPrelude #-}
-- The project's Prelude: Haskell 2010's, over lists where base's is over Foldable.
module Prelude
  ( Bool(..), (&&), (||), not, otherwise, Maybe(..), maybe, Either(..), either
  , Ordering(..), Char, String, fst, snd, curry, uncurry
  , Eq(..), Ord(..), Enum(..), Bounded(..)
  , Int, Integer, Double, Rational, Word
  , Num(..), Real(..), Integral(..), Fractional(..), Floating(..), RealFrac(..), RealFloat(..)
  , subtract, even, odd, gcd, lcm, (^), (^^), fromIntegral, realToFrac
  , Semigroup(..), Monoid(..), Functor(..), (<$>), Applicative(..), Monad(..), MonadFail(..)
  , mapM, mapM_, sequence, sequence_, (=<<)
  , id, const, (.), flip, ($), until, asTypeOf, error, errorWithoutStackTrace, undefined
  , seq, ($!)
  , map, (++), filter, head, last, tail, init, null, length, (!!), reverse
  , foldl, foldl1, foldr, foldr1, and, or, any, all, sum, product, concat, concatMap
  , maximum, minimum, scanl, scanl1, scanr, scanr1, iterate, repeat, replicate, cycle
  , take, drop, splitAt, takeWhile, dropWhile, span, break, elem, notElem, lookup
  , zip, zip3, zipWith, zipWith3, unzip, unzip3, lines, words, unlines, unwords
  , ShowS, Show(..), shows, showChar, showString, showParen
  , ReadS, Read(..), reads, readParen, read, lex
  , IO, putChar, putStr, putStrLn, print, getChar, getLine, getContents, interact
  , FilePath, readFile, readLn
  ) where

import GHC.Base
import GHC.Num
import GHC.Real
import GHC.Enum
import GHC.Float
import GHC.Show
import GHC.Read
import GHC.List
import Data.Either
import Data.Maybe (maybe)
import Control.Monad.Fail
import System.IO

type FilePath = String

fst :: (a, b) -> a
fst (x, _) = x

snd :: (a, b) -> b
snd (_, y) = y

curry :: ((a, b) -> c) -> a -> b -> c
curry f x y = f (x, y)

uncurry :: (a -> b -> c) -> (a, b) -> c
uncurry f p = f (fst p) (snd p)
