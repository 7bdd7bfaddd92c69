-- deriving (Eq, Ord, Show, Enum, Bounded): enumerations, succ/pred, ranges, comparisons.
module Main (main) where

data Color = Red | Orange | Yellow | Green | Blue | Indigo | Violet
  deriving (Eq, Ord, Show, Enum, Bounded)

data Suit = Clubs | Diamonds | Hearts | Spades deriving (Eq, Ord, Show, Enum, Bounded)
data Card = Card { rank :: Int, suit :: Suit } deriving (Eq, Ord, Show)

complement :: Color -> Color
complement c = toEnum ((fromEnum c + 3) `mod` 7)

main :: IO ()
main = do
  print [minBound .. maxBound :: Color]
  print (map fromEnum [Red ..], [Orange, Green ..], [Violet, Indigo .. Red])
  print (succ Red, pred Violet, [Yellow .. Blue])
  print (map complement [Red ..])
  print (compare Red Blue, Red < Blue, maximum [Green, Red, Violet, Blue], minimum [Green, Blue])
  let deck = [Card r s | s <- [minBound ..], r <- [1 .. 3]]
  print deck
  print (maximum deck, Card 2 Hearts > Card 2 Clubs, Card 1 Spades < Card 2 Clubs)
  print (lookup Hearts (zip [Clubs ..] "cdhs"))
