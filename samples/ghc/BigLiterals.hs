{-# LANGUAGE NoImplicitPrelude, MagicHash, NegativeLiterals #-}
-- Integer literals beyond Int# (GHC builds them as IP or IN of bigNatFromWordList#) and
-- ghc-bignum's comparisons on them, with no library: the machine's built-ins answer
-- (GHC.Num.Integer.stg). The one program of the corpus that imports ghc-bignum.
module BigLiterals (result) where

import GHC.Types
import GHC.Num.Integer (Integer, integerLt, integerEq, integerGe, integerCompare)

big, big2, small, neg, negBig, negBig2, edge, negEdge :: Integer
big = 123456789012345678901234567890
big2 = 123456789012345678901234567891
small = 42
neg = -42
negBig = -98765432109876543210
negBig2 = -98765432109876543211
edge = 9223372036854775808
negEdge = -9223372036854775808

result :: ([Bool], [Ordering])
result =
  ( integerLt big big2 : integerEq big big : integerEq big big2 : integerLt neg small
      : integerGe big small : integerLt negBig neg : integerLt negBig2 negBig : integerLt negEdge neg
      : integerLt small edge : integerEq edge 18446744073709551616 : []
  , integerCompare big big2 : integerCompare big2 big : integerCompare negBig negBig
      : integerCompare small big : integerCompare negBig small : integerCompare edge negEdge
      : integerCompare 18446744073709551616 18446744073709551615 : [] )
