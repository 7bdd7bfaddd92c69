{-# LANGUAGE NoImplicitPrelude #-}
module Data.Either (Either(..), either, lefts, rights, partitionEithers, isLeft, isRight) where

import GHC.Base
import GHC.Show

data Either a b = Left a | Right b
  deriving (Eq, Ord)

instance (Show a, Show b) => Show (Either a b) where
  showsPrec d (Left a) = showParen (d >= 11) (showString "Left " . showsPrec 11 a)
  showsPrec d (Right b) = showParen (d >= 11) (showString "Right " . showsPrec 11 b)

instance Functor (Either e) where
  fmap _ (Left x) = Left x
  fmap f (Right y) = Right (f y)

instance Applicative (Either e) where
  pure = Right
  Left e <*> _ = Left e
  Right f <*> r = fmap f r

instance Monad (Either e) where
  Left l >>= _ = Left l
  Right r >>= k = k r

either :: (a -> c) -> (b -> c) -> Either a b -> c
either f _ (Left x) = f x
either _ g (Right y) = g y

lefts :: [Either a b] -> [a]
lefts xs = [x | Left x <- xs]

rights :: [Either a b] -> [b]
rights xs = [x | Right x <- xs]

partitionEithers :: [Either a b] -> ([a], [b])
partitionEithers = foldr (either left right) ([], [])
  where
    left a ~(l, r) = (a : l, r)
    right a ~(l, r) = (l, a : r)

isLeft, isRight :: Either a b -> Bool
isLeft (Left _) = True
isLeft (Right _) = False
isRight = not . isLeft
