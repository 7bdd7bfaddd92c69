-- A binary search tree: a Functor instance, a class with instances for two containers,
-- derived Eq/Ord/Show on a recursive type, folds.
module Main (main) where

data Tree a = Leaf | Node (Tree a) a (Tree a) deriving (Show, Eq, Ord)

instance Functor Tree where
  fmap _ Leaf = Leaf
  fmap f (Node l x r) = Node (fmap f l) (f x) (fmap f r)

class Container f where
  empty :: f a
  insert :: Ord a => a -> f a -> f a
  toList :: f a -> [a]

instance Container Tree where
  empty = Leaf
  insert x Leaf = Node Leaf x Leaf
  insert x t@(Node l y r)
    | x < y = Node (insert x l) y r
    | x > y = Node l y (insert x r)
    | otherwise = t
  toList Leaf = []
  toList (Node l x r) = toList l ++ [x] ++ toList r

newtype Sorted a = Sorted [a] deriving Show

instance Container Sorted where
  empty = Sorted []
  insert x (Sorted xs) = Sorted (let (a, b) = span (< x) xs in a ++ [x | take 1 b /= [x]] ++ b)
  toList (Sorted xs) = xs

fromList :: (Container f, Ord a) => [a] -> f a
fromList = foldr insert empty

depth :: Tree a -> Int
depth Leaf = 0
depth (Node l _ r) = 1 + max (depth l) (depth r)

main :: IO ()
main = do
  let t = fromList [5, 3, 8, 1, 4, 7, 9, -2, 6] :: Tree Int
  print t
  print (toList t, depth t, toList (fmap (* 10) t))
  print (toList (fromList "mississippi" :: Sorted Char), fromList [3, 1, 2] :: Sorted Int)
  print (fromList [1, 2] == (fromList [2, 1] :: Tree Int), compare (fromList [1] :: Tree Int) Leaf)
  print (fmap show (Node Leaf (-1) Leaf :: Tree Int))
