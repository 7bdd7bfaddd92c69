{-# LANGUAGE NoImplicitPrelude, MagicHash, UnboxedTuples, RankNTypes, PolyKinds, KindSignatures #-}
-- The core of the library: the Functor/Applicative/Monad classes, the list functions GHC's
-- desugarer calls by name (build, foldr, map, ++), IO's plumbing, and re-exports of the
-- ghc-prim modules whose types and classes (Eq, Ord, Bool, Int, Char, IO...) everything uses.
module GHC.Base
  ( module GHC.Base, module GHC.Types, module GHC.Classes, module GHC.CString
  , module GHC.Maybe, module GHC.Err, module GHC.Prim
  ) where

import GHC.Types
import GHC.Classes
import GHC.CString
import GHC.Prim
import GHC.Maybe
import GHC.Err

infixr 9 .
infixr 5 ++
infixl 4 <$, <$>, <*>, *>, <*
infixl 1 >>, >>=
infixr 1 =<<
infixr 0 $, $!
infixr 6 <>

type String = [Char]

class Functor f where
  fmap :: (a -> b) -> f a -> f b
  (<$) :: a -> f b -> f a
  (<$) = fmap . const

class Functor f => Applicative f where
  pure :: a -> f a
  (<*>) :: f (a -> b) -> f a -> f b
  (<*>) = liftA2 id
  liftA2 :: (a -> b -> c) -> f a -> f b -> f c
  liftA2 f x = (<*>) (fmap f x)
  (*>) :: f a -> f b -> f b
  a1 *> a2 = (id <$ a1) <*> a2
  (<*) :: f a -> f b -> f a
  (<*) = liftA2 const

class Applicative m => Monad m where
  (>>=) :: m a -> (a -> m b) -> m b
  (>>) :: m a -> m b -> m b
  m >> k = m >>= \_ -> k
  return :: a -> m a
  return = pure

class Semigroup a where
  (<>) :: a -> a -> a

class Semigroup a => Monoid a where
  mempty :: a
  mappend :: a -> a -> a
  mappend = (<>)
  mconcat :: [a] -> a
  mconcat = foldr mappend mempty

(<$>) :: Functor f => (a -> b) -> f a -> f b
(<$>) = fmap

(=<<) :: Monad m => (a -> m b) -> m a -> m b
f =<< x = x >>= f

liftA :: Applicative f => (a -> b) -> f a -> f b
liftA f a = pure f <*> a

liftM :: Monad m => (a1 -> r) -> m a1 -> m r
liftM f m1 = do { x1 <- m1; return (f x1) }

liftM2 :: Monad m => (a1 -> a2 -> r) -> m a1 -> m a2 -> m r
liftM2 f m1 m2 = do { x1 <- m1; x2 <- m2; return (f x1 x2) }

ap :: Monad m => m (a -> b) -> m a -> m b
ap m1 m2 = do { x1 <- m1; x2 <- m2; return (x1 x2) }

join :: Monad m => m (m a) -> m a
join x = x >>= id

when :: Applicative f => Bool -> f () -> f ()
when p s = if p then s else pure ()

sequence :: Monad m => [m a] -> m [a]
sequence = mapM id

mapM :: Monad m => (a -> m b) -> [a] -> m [b]
mapM f = foldr (\x r -> do { y <- f x; ys <- r; return (y : ys) }) (return [])

sequence_ :: Monad m => [m a] -> m ()
sequence_ = foldr (>>) (return ())

mapM_ :: Monad m => (a -> m b) -> [a] -> m ()
mapM_ f = foldr ((>>) . f) (return ())

-- Lists ---------------------------------------------------------------------------------

foldr :: (a -> b -> b) -> b -> [a] -> b
foldr k z = go
  where
    go [] = z
    go (y : ys) = y `k` go ys

-- The constructor's tag of an evaluated value: derived Eq and Ord on types with many
-- constructors compare tags (GHC's deriving calls this by name).
getTag :: a -> Int#
getTag x = dataToTag# x
{-# INLINE getTag #-}

build :: forall a. (forall b. (a -> b -> b) -> b -> b) -> [a]
build g = g (:) []

augment :: forall a. (forall b. (a -> b -> b) -> b -> b) -> [a] -> [a]
augment g xs = g (:) xs

map :: (a -> b) -> [a] -> [b]
map _ [] = []
map f (x : xs) = f x : map f xs

(++) :: [a] -> [a] -> [a]
(++) [] ys = ys
(++) (x : xs) ys = x : xs ++ ys

concatMap :: (a -> [b]) -> [a] -> [b]
concatMap f = foldr ((++) . f) []

concat :: [[a]] -> [a]
concat = foldr (++) []

instance Functor [] where
  fmap = map

instance Applicative [] where
  pure x = [x]
  fs <*> xs = [f x | f <- fs, x <- xs]
  liftA2 f xs ys = [f x y | x <- xs, y <- ys]
  xs *> ys = [y | _ <- xs, y <- ys]

instance Monad [] where
  xs >>= f = concatMap f xs

instance Semigroup [a] where
  (<>) = (++)

instance Monoid [a] where
  mempty = []

instance Semigroup Ordering where
  LT <> _ = LT
  EQ <> y = y
  GT <> _ = GT

instance Monoid Ordering where
  mempty = EQ

instance Semigroup a => Semigroup (Maybe a) where
  Nothing <> b = b
  a <> Nothing = a
  Just a <> Just b = Just (a <> b)

instance Semigroup a => Monoid (Maybe a) where
  mempty = Nothing

instance Functor Maybe where
  fmap _ Nothing = Nothing
  fmap f (Just a) = Just (f a)

instance Applicative Maybe where
  pure = Just
  Just f <*> m = fmap f m
  Nothing <*> _ = Nothing
  liftA2 f (Just x) (Just y) = Just (f x y)
  liftA2 _ _ _ = Nothing
  Just _ *> m = m
  Nothing *> _ = Nothing

instance Monad Maybe where
  (Just x) >>= k = k x
  Nothing >>= _ = Nothing

instance Functor ((->) r) where
  fmap = (.)

instance Applicative ((->) r) where
  pure = const
  (<*>) f g x = f x (g x)

instance Monad ((->) r) where
  f >>= k = \r -> k (f r) r

instance Functor ((,) a) where
  fmap f (x, y) = (x, f y)

-- IO ------------------------------------------------------------------------------------

returnIO :: a -> IO a
returnIO x = IO (\s -> (# s, x #))

bindIO :: IO a -> (a -> IO b) -> IO b
bindIO (IO m) k = IO (\s -> case m s of (# new_s, a #) -> unIO (k a) new_s)

thenIO :: IO a -> IO b -> IO b
thenIO (IO m) k = IO (\s -> case m s of (# new_s, _ #) -> unIO k new_s)

unIO :: IO a -> (State# RealWorld -> (# State# RealWorld, a #))
unIO (IO a) = a

instance Functor IO where
  fmap f x = x `bindIO` (returnIO . f)

instance Applicative IO where
  pure = returnIO
  m *> k = m `thenIO` k
  (<*>) = ap
  liftA2 = liftM2

instance Monad IO where
  (>>=) = bindIO
  (>>) = thenIO

-- Functions -----------------------------------------------------------------------------

otherwise :: Bool
otherwise = True

id :: a -> a
id x = x

const :: a -> b -> a
const x _ = x

(.) :: (b -> c) -> (a -> b) -> a -> c
(.) f g = \x -> f (g x)

flip :: (a -> b -> c) -> b -> a -> c
flip f x y = f y x

-- Levity-polymorphic as GHC's typing rule for ($) expects.
($) :: forall r a (b :: TYPE r). (a -> b) -> a -> b
f $ x = f x

($!) :: (a -> b) -> a -> b
f $! x = x `seq` f x

until :: (a -> Bool) -> (a -> a) -> a -> a
until p f = go
  where
    go x | p x = x
         | otherwise = go (f x)

asTypeOf :: a -> a -> a
asTypeOf = const

ord :: Char -> Int
ord (C# c) = I# (ord# c)

unsafeChr :: Int -> Char
unsafeChr (I# i) = C# (chr# i)

-- GHC matches string-literal patterns with this.
eqString :: String -> String -> Bool
eqString [] [] = True
eqString (c1 : cs1) (c2 : cs2) = c1 == c2 && cs1 `eqString` cs2
eqString _ _ = False
