-- A monadic parser combinator library of its own (Functor/Applicative/Monad instances for
-- a newtype) parsing a small JSON-like language, then showing the values.
module Main (main) where

import Data.Char (isDigit, isSpace, isAlpha)

newtype Parser a = Parser { runParser :: String -> Maybe (a, String) }

instance Functor Parser where
  fmap f (Parser p) = Parser (\s -> case p s of
    Nothing -> Nothing
    Just (a, rest) -> Just (f a, rest))

instance Applicative Parser where
  pure x = Parser (\s -> Just (x, s))
  Parser pf <*> Parser pa = Parser (\s -> case pf s of
    Nothing -> Nothing
    Just (f, rest) -> case pa rest of
      Nothing -> Nothing
      Just (a, rest') -> Just (f a, rest'))

instance Monad Parser where
  Parser p >>= k = Parser (\s -> case p s of
    Nothing -> Nothing
    Just (a, rest) -> runParser (k a) rest)

data Value = Null | Boolean Bool | Number Int | Str String | List [Value] | Object [(String, Value)]
  deriving (Show, Eq)

failP :: Parser a
failP = Parser (const Nothing)

(<|>) :: Parser a -> Parser a -> Parser a
Parser p <|> Parser q = Parser (\s -> case p s of { Nothing -> q s; r -> r })

satisfy :: (Char -> Bool) -> Parser Char
satisfy ok = Parser f
  where
    f (c : cs) | ok c = Just (c, cs)
    f _ = Nothing

many1, many0 :: Parser a -> Parser [a]
many1 p = do { x <- p; xs <- many0 p; return (x : xs) }
many0 p = many1 p <|> pure []

token :: Parser a -> Parser a
token p = p <* many0 (satisfy isSpace)

symbol :: Char -> Parser Char
symbol c = token (satisfy (== c))

sepBy :: Parser a -> Parser b -> Parser [a]
sepBy p sep = (do { x <- p; xs <- many0 (sep >> p); return (x : xs) }) <|> pure []

value :: Parser Value
value = token (keyword <|> number <|> (Str <$> stringLit) <|> list <|> object)
  where
    keyword = do
      w <- many1 (satisfy isAlpha)
      case w of
        "null" -> pure Null
        "true" -> pure (Boolean True)
        "false" -> pure (Boolean False)
        _ -> failP
    number = do
      sign <- (satisfy (== '-') >> pure negate) <|> pure id
      ds <- many1 (satisfy isDigit)
      pure (Number (sign (read ds)))
    list = List <$> (symbol '[' *> sepBy value (symbol ',') <* symbol ']')
    object = Object <$> (symbol '{' *> sepBy field (symbol ',') <* symbol '}')
    field = do { k <- token stringLit; _ <- symbol ':'; v <- value; pure (k, v) }

stringLit :: Parser String
stringLit = satisfy (== '"') *> many0 (satisfy (/= '"')) <* satisfy (== '"')

parse :: String -> Maybe Value
parse s = case runParser (many0 (satisfy isSpace) *> value) s of
  Just (v, "") -> Just v
  _ -> Nothing

main :: IO ()
main = mapM_ (print . parse)
  [ "null", " [1, -2, 30 ] ", "{\"a\": true, \"b\": [false, null], \"c\": {\"d\": -42}}"
  , "[1, 2", "\"hi there\"", "{}", "[[], [[]]]", "nope" ]
