-- An expression evaluator: nested constructors, negative numbers in show, showsPrec
-- with precedence for a pretty printer, Either for errors, where-clauses.
module Main (main) where

data Expr = Lit Int | Var String | Neg Expr | Add Expr Expr | Mul Expr Expr
          | Div Expr Expr | Let String Expr Expr
  deriving (Show, Eq)

type Env = [(String, Int)]

eval :: Env -> Expr -> Either String Int
eval _ (Lit n) = Right n
eval env (Var x) = maybe (Left ("unbound: " ++ x)) Right (lookup x env)
eval env (Neg e) = negate <$> eval env e
eval env (Add a b) = (+) <$> eval env a <*> eval env b
eval env (Mul a b) = do { x <- eval env a; y <- eval env b; return (x * y) }
eval env (Div a b) = do
  x <- eval env a
  y <- eval env b
  if y == 0 then Left "division by zero" else Right (x `div` y)
eval env (Let x e body) = do
  v <- eval env e
  eval ((x, v) : env) body

pretty :: Int -> Expr -> ShowS
pretty _ (Lit n) = shows n
pretty _ (Var x) = showString x
pretty p (Neg e) = showParen (p > 9) (showChar '-' . pretty 10 e)
pretty p (Add a b) = showParen (p > 6) (pretty 6 a . showString " + " . pretty 7 b)
pretty p (Mul a b) = showParen (p > 7) (pretty 7 a . showString " * " . pretty 8 b)
pretty p (Div a b) = showParen (p > 7) (pretty 7 a . showString " / " . pretty 8 b)
pretty p (Let x e b) = showParen (p > 0) (showString "let " . showString x . showString " = " . pretty 0 e . showString " in " . pretty 0 b)

examples :: [Expr]
examples =
  [ Add (Lit 1) (Mul (Lit 2) (Lit (-3)))
  , Mul (Add (Lit 1) (Lit 2)) (Neg (Lit 4))
  , Let "x" (Lit 5) (Div (Var "x") (Add (Var "x") (Lit (-5))))
  , Let "y" (Lit (-7)) (Div (Var "y") (Lit 2))
  , Add (Var "z") (Lit 1)
  ]

main :: IO ()
main = mapM_ run examples
  where
    run e = do
      print e
      putStrLn (pretty 0 e " => " ++ either ("error: " ++) show (eval [] e))
