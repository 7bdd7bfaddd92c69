package dev.stg.core.ghc;

import dev.stg.core.syntax.Span;

import java.util.Arrays;

/** A primitive literal as GHC prints it: {@code 5#}, {@code 5##}, {@code 'a'#}, {@code 2.5##}, {@code "s"#}. */
public sealed interface GhcLiteral {

    Span span();

    /** {@code 5#}, {@code -5#}: an Int#. */
    record IntLit(long value, Span span) implements GhcLiteral {
    }

    /** {@code 5##}: a Word#, its 64 bits (values above Long.MAX_VALUE are negative here). */
    record WordLit(long bits, Span span) implements GhcLiteral {
    }

    /** {@code 'a'#}: a Char#, as a code point. */
    record CharLit(int codePoint, Span span) implements GhcLiteral {
    }

    /** {@code 2.5##}: a Double#. */
    record DoubleLit(double value, Span span) implements GhcLiteral {
    }

    /** {@code 2.5#}: a Float# (a decimal point or exponent tells it from an Int#). */
    record FloatLit(float value, Span span) implements GhcLiteral {
    }

    /** {@code "text"#}: an Addr# literal, its bytes (GHC writes non-ASCII bytes as decimal escapes). */
    record StringLit(byte[] bytes, Span span) implements GhcLiteral {
        public StringLit {
            bytes = bytes.clone();
        }

        @Override
        public byte[] bytes() {
            return bytes.clone();
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof StringLit s && Arrays.equals(bytes, s.bytes) && span.equals(s.span);
        }

        @Override
        public int hashCode() {
            return 31 * Arrays.hashCode(bytes) + span.hashCode();
        }

        @Override
        public String toString() {
            return "StringLit[" + new String(bytes, java.nio.charset.StandardCharsets.ISO_8859_1) + "]";
        }
    }
}
