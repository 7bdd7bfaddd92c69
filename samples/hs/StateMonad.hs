-- A State monad of its own: instances, a tree labelled in depth-first order, mapM in a
-- user monad, a fresh-name supply.
module Main (main) where

newtype State s a = State { runState :: s -> (a, s) }

instance Functor (State s) where
  fmap f (State g) = State (\s -> let (a, s') = g s in (f a, s'))

instance Applicative (State s) where
  pure a = State (\s -> (a, s))
  State f <*> State g = State (\s -> let (h, s1) = f s; (a, s2) = g s1 in (h a, s2))

instance Monad (State s) where
  State g >>= k = State (\s -> let (a, s') = g s in runState (k a) s')

get :: State s s
get = State (\s -> (s, s))

put :: s -> State s ()
put s = State (const ((), s))

modify :: (s -> s) -> State s ()
modify f = get >>= put . f

evalState :: State s a -> s -> a
evalState m s = fst (runState m s)

data Rose a = Rose a [Rose a] deriving Show

label :: Rose a -> State Int (Rose (Int, a))
label (Rose x kids) = do
  n <- get
  put (n + 1)
  kids' <- mapM label kids
  return (Rose (n, x) kids')

fresh :: String -> State Int String
fresh prefix = do
  n <- get
  modify (+ 1)
  return (prefix ++ show n)

main :: IO ()
main = do
  let tree = Rose 'a' [Rose 'b' [Rose 'd' []], Rose 'c' [Rose 'e' [], Rose 'f' []]]
  print (evalState (label tree) 0)
  print (runState (mapM fresh ["x", "y", "x"]) 10)
  print (evalState (sequence [fresh "t" | _ <- [1 .. 4 :: Int]]) 0)
