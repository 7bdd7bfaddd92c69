{-# LANGUAGE NoImplicitPrelude, MagicHash, UnboxedTuples #-}
-- A small interpreter for a lambda calculus with integers and conditionals, with an
-- environment of values and closures; it computes factorial 10 and the 25th Fibonacci
-- number through a fixed-point combinator encoded as a recursive let.
module Interpreter (result) where

import GHC.Prim
import GHC.Types

data Expr = Lit Int | Var Int | Lam Expr | App Expr Expr | Add Expr Expr | Sub Expr Expr
          | Mul Expr Expr | IfZero Expr Expr Expr | LetRec Expr Expr

data Value = IntV Int | Closure Env Expr
data Env = Nil | Bind Value Env

lookup :: Int# -> Env -> Value
lookup 0# (Bind v _) = v
lookup n (Bind _ e) = lookup (n -# 1#) e
lookup _ Nil = raise# 'e'

arith :: (Int# -> Int# -> Int#) -> Value -> Value -> Value
arith op (IntV (I# a)) (IntV (I# b)) = IntV (I# (op a b))
arith _ _ _ = raise# 'a'

eval :: Env -> Expr -> Value
eval _ (Lit n) = IntV n
eval env (Var (I# i)) = lookup i env
eval env (Lam body) = Closure env body
eval env (App f a) = case eval env f of
  Closure cenv body -> eval (Bind (eval env a) cenv) body
  IntV _ -> raise# 'f'
eval env (Add a b) = arith (+#) (eval env a) (eval env b)
eval env (Sub a b) = arith (-#) (eval env a) (eval env b)
eval env (Mul a b) = arith (*#) (eval env a) (eval env b)
eval env (IfZero c t e) = case eval env c of
  IntV (I# 0#) -> eval env t
  _ -> eval env e
eval env (LetRec def body) = let env' = Bind (eval env' def) env in eval env' body

int :: Int# -> Expr
int n = Lit (I# n)

-- letrec f = \n -> ifzero n then 1 else n * f (n - 1) in f 10
factorial :: Expr
factorial = LetRec (Lam (IfZero (Var (I# 0#)) (int 1#) (Mul (Var (I# 0#)) (App (Var (I# 1#)) (Sub (Var (I# 0#)) (int 1#))))))
                   (App (Var (I# 0#)) (int 10#))

-- letrec fib = \n -> ifzero n then 0 else ifzero (n-1) then 1 else fib (n-1) + fib (n-2) in fib 25
fibonacci :: Expr
fibonacci = LetRec (Lam (IfZero (Var (I# 0#)) (int 0#) (IfZero (Sub (Var (I# 0#)) (int 1#)) (int 1#)
                     (Add (App (Var (I# 1#)) (Sub (Var (I# 0#)) (int 1#))) (App (Var (I# 1#)) (Sub (Var (I# 0#)) (int 2#)))))))
                   (App (Var (I# 0#)) (int 25#))

unInt :: Value -> Int
unInt (IntV n) = n
unInt _ = raise# 'v'

result :: [Int]
result = unInt (eval Nil factorial) : unInt (eval Nil fibonacci) : []
