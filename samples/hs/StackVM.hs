-- A small stack machine: an instruction type deriving Show, an interpreter with jumps,
-- the Maybe monad for faults, a compiler from expressions, mapM_.
module Main (main) where

data Instr = Push Int | Pop | AddI | SubI | MulI | Dup | Swap | Jz Int | Jmp Int | Print
  deriving (Show, Eq)

data Machine = Machine { pc :: Int, stack :: [Int], output :: [String] } deriving Show

step :: [Instr] -> Machine -> Maybe Machine
step prog m = case drop (pc m) prog of
  [] -> Nothing
  (i : _) -> exec i m { pc = pc m + 1 }

exec :: Instr -> Machine -> Maybe Machine
exec (Push n) m = Just m { stack = n : stack m }
exec Pop m = pop m >>= \(_, m') -> Just m'
exec AddI m = binop (+) m
exec SubI m = binop (-) m
exec MulI m = binop (*) m
exec Dup m = pop m >>= \(x, m') -> Just m' { stack = x : x : stack m' }
exec Swap m = case stack m of
  (x : y : rest) -> Just m { stack = y : x : rest }
  _ -> Nothing
exec (Jz t) m = pop m >>= \(x, m') -> Just (if x == 0 then m' { pc = t } else m')
exec (Jmp t) m = Just m { pc = t }
exec Print m = pop m >>= \(x, m') -> Just m' { output = show x : output m' }

pop :: Machine -> Maybe (Int, Machine)
pop m = case stack m of
  (x : rest) -> Just (x, m { stack = rest })
  [] -> Nothing

binop :: (Int -> Int -> Int) -> Machine -> Maybe Machine
binop f m = do
  (y, m1) <- pop m
  (x, m2) <- pop m1
  return m2 { stack = f x y : stack m2 }

run :: [Instr] -> Machine
run prog = go (Machine 0 [] [])
  where go m = maybe m go (step prog m)

-- Counts down from 5, printing each value, then prints 5! computed on the stack.
countdown :: [Instr]
countdown = [Push 5, Dup, Print, Push 1, SubI, Dup, Jz 8, Jmp 1, Pop, Push 1, Push 2, MulI, Push 3, MulI, Push 4, MulI, Push 5, MulI, Print]

main :: IO ()
main = do
  print (take 4 countdown)
  let m = run countdown
  mapM_ putStrLn (reverse (output m))
  print m
  print (run [Push 1, AddI])
