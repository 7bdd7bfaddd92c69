-- Data.Bits on Int and arithmetic on Word: masks, shifts, popCount, a xorshift generator
-- with wrap-around, show of Words beyond Int's range.
module Main (main) where

import Data.Bits

xorshift :: Int -> Int
xorshift x0 = x3
  where
    x1 = x0 `xor` shiftL x0 13
    x2 = x1 `xor` (shiftR x1 7 .&. 0x01FFFFFFFFFFFFFF)
    x3 = x2 `xor` shiftL x2 17

main :: IO ()
main = do
  print (0xF0 .&. 0x3C :: Int, 0xF0 .|. 0x0F :: Int, xor 5 3 :: Int, complement 0 :: Int)
  print (shiftL 1 10 :: Int, shiftR (-16) 2 :: Int, shift 3 4 :: Int, shift 48 (-4) :: Int)
  print (map popCount [0, 1, 255, 1023 :: Int], testBit (5 :: Int) 2, setBit 0 3 :: Int, clearBit 15 0 :: Int)
  print (maxBound :: Word, 0 - 1 :: Word, 3 * 7 :: Word, 100 `div` 7 :: Word, [1 .. 5 :: Word])
  print (take 5 (iterate xorshift 88172645463325252))
