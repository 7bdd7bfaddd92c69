{-# LANGUAGE NoImplicitPrelude, MagicHash, UnboxedTuples #-}
-- A state monad of the program's own (a class Monad with return and bind, an instance for
-- State) labelling the leaves of a tree in order and counting the visits.
module StateMonad (result) where

import GHC.Prim
import GHC.Types

class Monad m where
  ret :: a -> m a
  (>>=) :: m a -> (a -> m b) -> m b

newtype State s a = State (s -> (a, s))

runState :: State s a -> s -> (a, s)
runState (State f) = f

instance Monad (State s) where
  ret x = State (\s -> (x, s))
  m >>= k = State (\s -> case runState m s of (a, s') -> runState (k a) s')

get :: State s s
get = State (\s -> (s, s))

put :: s -> State s ()
put s = State (\_ -> ((), s))

data Tree a = Leaf a | Node (Tree a) (Tree a)

data Counter = Counter Int Int

fresh :: State Counter Int
fresh = get >>= \(Counter n@(I# k) visits) -> put (Counter (I# (k +# 1#)) visits) >>= \_ -> ret n

visit :: State Counter ()
visit = get >>= \(Counter n (I# v)) -> put (Counter n (I# (v +# 1#)))

label :: Tree a -> State Counter (Tree (Int, a))
label (Leaf x) = visit >>= \_ -> fresh >>= \n -> ret (Leaf (n, x))
label (Node l r) = visit >>= \_ -> label l >>= \l' -> label r >>= \r' -> ret (Node l' r')

tree :: Tree Char
tree = Node (Node (Leaf 'a') (Leaf 'b')) (Node (Leaf 'c') (Node (Leaf 'd') (Leaf 'e')))

result :: (Tree (Int, Char), Counter)
result = runState (label tree) (Counter (I# 100#) (I# 0#))
