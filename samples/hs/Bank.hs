-- Records: construction, field update, a field shared by two constructors, Maybe and
-- Either for failures, a fold over transactions, a pattern-match failure in a do block.
module Main (main) where

data Account = Checking { owner :: String, balance :: Int }
             | Savings { owner :: String, balance :: Int, rate :: Double }
  deriving (Show, Eq)

data Tx = Deposit String Int | Withdraw String Int | Transfer String String Int deriving Show

type Bank = [Account]

find :: String -> Bank -> Maybe Account
find who bank = case filter ((== who) . owner) bank of
  (a : _) -> Just a
  [] -> Nothing

update :: Account -> Bank -> Bank
update a = map (\b -> if owner b == owner a then a else b)

apply :: Bank -> Tx -> Either String Bank
apply bank (Deposit who n) = case find who bank of
  Nothing -> Left ("no account " ++ show who)
  Just a -> Right (update a { balance = balance a + n } bank)
apply bank (Withdraw who n) = do
  a <- maybe (Left ("no account " ++ show who)) Right (find who bank)
  if balance a < n then Left (who ++ " is short by " ++ show (n - balance a)) else Right (update a { balance = balance a - n } bank)
apply bank (Transfer from to n) = apply bank (Withdraw from n) >>= \b -> apply b (Deposit to n)

main :: IO ()
main = do
  let bank = [Checking "ann" 100, Savings { owner = "bob", balance = -20, rate = 1.5e-2 }]
      txs = [Deposit "bob" 50, Transfer "ann" "bob" 30, Withdraw "bob" 100, Deposit "cy" 1]
  print bank
  mapM_ (\t -> putStrLn (show t ++ " -> " ++ either ("refused: " ++) show (apply bank t))) txs
  print (foldl (\b t -> either (const b) id (apply b t)) bank txs)
  Just acct <- return (find "ann" bank)
  print (rate (Savings "z" 0 0.5), acct { owner = "ann2" })
  [_, Savings { rate = r }] <- return bank
  print r
  Just nobody <- return (find "dan" bank)
  print nobody
