-- Type classes with a default method and a superclass; records; show of Doubles.
module Main (main) where

class Describe a where
  name :: a -> String
  describe :: a -> String
  describe x = "a " ++ name x

class Describe a => Shape a where
  area :: a -> Double
  perimeter :: a -> Double

data Circle = Circle { radius :: Double } deriving Show
data Rect = Rect { width :: Double, height :: Double } deriving (Show, Eq)

instance Describe Circle where
  name _ = "circle"

instance Describe Rect where
  name r = if width r == height r then "square" else "rectangle"
  describe r = "the " ++ name r ++ " " ++ show (width r) ++ "x" ++ show (height r)

instance Shape Circle where
  area (Circle r) = pi * r * r
  perimeter (Circle r) = 2 * pi * r

instance Shape Rect where
  area r = width r * height r
  perimeter r = 2 * (width r + height r)

report :: Shape a => a -> String
report s = describe s ++ ": area " ++ show (area s) ++ ", perimeter " ++ show (perimeter s)

main :: IO ()
main = do
  putStrLn (report (Circle 1))
  putStrLn (report (Circle 2.5))
  putStrLn (report (Rect 3 4))
  putStrLn (report (Rect 2 2))
  print (Circle 0.1, Rect { width = -1.5, height = 1.0e-3 })
  print (Rect 1 2 == Rect 1 2, Rect 1 2 == Rect 2 1)
  print (sum (map area [Circle 1, Circle 2, Circle 3]))
