{-# LANGUAGE NoImplicitPrelude #-}
-- Maybe lives here because GHC knows it by this module's name (base:GHC.Maybe.Maybe).
module GHC.Maybe (Maybe(..)) where

import GHC.Classes

data Maybe a = Nothing | Just a
  deriving (Eq, Ord)
