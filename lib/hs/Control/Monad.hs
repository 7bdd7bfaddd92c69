{-# LANGUAGE NoImplicitPrelude #-}
-- Control.Monad over lists (this library has no Foldable/Traversable).
module Control.Monad
  ( Functor(..), Applicative(..), Monad(..), MonadFail(..)
  , mapM, mapM_, forM, forM_, sequence, sequence_, (=<<), (>=>), (<=<), forever
  , join, when, unless, replicateM, replicateM_, foldM, foldM_, zipWithM, zipWithM_
  , filterM, liftM, liftM2, ap, void, (<$>)
  ) where

import GHC.Base
import GHC.Num
import GHC.List
import Control.Monad.Fail

infixr 1 >=>, <=<

forM :: Monad m => [a] -> (a -> m b) -> m [b]
forM = flip mapM

forM_ :: Monad m => [a] -> (a -> m b) -> m ()
forM_ = flip mapM_

(>=>) :: Monad m => (a -> m b) -> (b -> m c) -> a -> m c
f >=> g = \x -> f x >>= g

(<=<) :: Monad m => (b -> m c) -> (a -> m b) -> a -> m c
(<=<) = flip (>=>)

forever :: Monad m => m a -> m b
forever a = let a' = a >> a' in a'

unless :: Applicative f => Bool -> f () -> f ()
unless p s = if p then pure () else s

replicateM :: Monad m => Int -> m a -> m [a]
replicateM n x = sequence (replicate n x)

replicateM_ :: Monad m => Int -> m a -> m ()
replicateM_ n x = sequence_ (replicate n x)

foldM :: Monad m => (b -> a -> m b) -> b -> [a] -> m b
foldM _ z [] = return z
foldM f z (x : xs) = f z x >>= \z' -> foldM f z' xs

foldM_ :: Monad m => (b -> a -> m b) -> b -> [a] -> m ()
foldM_ f a xs = foldM f a xs >> return ()

zipWithM :: Monad m => (a -> b -> m c) -> [a] -> [b] -> m [c]
zipWithM f xs ys = sequence (zipWith f xs ys)

zipWithM_ :: Monad m => (a -> b -> m c) -> [a] -> [b] -> m ()
zipWithM_ f xs ys = sequence_ (zipWith f xs ys)

filterM :: Monad m => (a -> m Bool) -> [a] -> m [a]
filterM _ [] = return []
filterM p (x : xs) = p x >>= \flg -> filterM p xs >>= \ys -> return (if flg then x : ys else ys)

void :: Functor f => f a -> f ()
void x = () <$ x
