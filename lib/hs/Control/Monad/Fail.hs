{-# LANGUAGE NoImplicitPrelude #-}
-- MonadFail: what a failed pattern in a do block calls (GHC knows the class by this name).
module Control.Monad.Fail (MonadFail(..)) where

import GHC.Base

class Monad m => MonadFail m where
  fail :: String -> m a

instance MonadFail Maybe where
  fail _ = Nothing

instance MonadFail [] where
  fail _ = []

-- As in base, a failed match in IO is an error carrying the message.
instance MonadFail IO where
  fail s = error ("user error (" ++ s ++ ")")
