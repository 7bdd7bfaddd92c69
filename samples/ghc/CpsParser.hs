{-# LANGUAGE NoImplicitPrelude, MagicHash, UnboxedTuples, RankNTypes #-}
-- A parser in continuation-passing style (success and failure continuations) for
-- arithmetic expressions with + * parentheses and decimal numbers, evaluated while parsing.
module CpsParser (result) where

import GHC.Prim
import GHC.Types
import GHC.CString

newtype Parser a = Parser (forall r. [Char] -> (a -> [Char] -> r) -> r -> r)

run :: Parser a -> [Char] -> (forall r. (a -> [Char] -> r) -> r -> r)
run (Parser p) s = p s

pure :: a -> Parser a
pure x = Parser (\s ok _ -> ok x s)

bind :: Parser a -> (a -> Parser b) -> Parser b
bind p f = Parser (\s ok err -> run p s (\x s' -> run (f x) s' ok err) err)

orElse :: Parser a -> Parser a -> Parser a
orElse p q = Parser (\s ok err -> run p s ok (run q s ok err))

char :: Char -> Parser Char
char (C# c) = Parser (\s ok err -> case s of
  (C# d : rest) -> case eqChar# c d of { 1# -> ok (C# d) rest; _ -> err }
  [] -> err)

digit :: Parser Int
digit = Parser (\s ok err -> case s of
  (C# d : rest) -> case leChar# '0'# d of
    1# -> case leChar# d '9'# of { 1# -> ok (I# (ord# d -# 48#)) rest; _ -> err }
    _ -> err
  [] -> err)

number :: Parser Int
number = bind digit (\d -> more d)
  where more acc@(I# a) = orElse (bind digit (\(I# d) -> more (I# (a *# 10# +# d)))) (pure acc)

chainl :: Parser Int -> Char -> (Int -> Int -> Int) -> Parser Int
chainl item op f = bind item rest
  where rest acc = orElse (bind (char op) (\_ -> bind item (\y -> rest (f acc y)))) (pure acc)

expr :: Parser Int
expr = chainl term '+' (\(I# a) (I# b) -> I# (a +# b))

term :: Parser Int
term = chainl factor '*' (\(I# a) (I# b) -> I# (a *# b))

factor :: Parser Int
factor = orElse number (bind (char '(') (\_ -> bind expr (\v -> bind (char ')') (\_ -> pure v))))

data Outcome = Parsed Int [Char] | Failed

parse :: [Char] -> Outcome
parse s = run expr s Parsed Failed

result :: [Outcome]
result = parse (unpackCString# "2+3*(4+5)*2"#) : parse (unpackCString# "(1+2)*(3+4)+100)"#)
       : parse (unpackCString# "*5"#) : []
