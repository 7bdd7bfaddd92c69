package dev.stg.core.ghc;

import dev.stg.core.syntax.Span;

import java.util.List;

/** One alternative of a case: {@code __DEFAULT -> e}, {@code 1# -> e}, {@code GHC.Types.I# x -> e}. */
public record GhcAlt(Pattern pattern, List<GhcBinder> binders, GhcExpr body, Span span) {

    public GhcAlt {
        binders = List.copyOf(binders);
    }

    public sealed interface Pattern {
        Span span();
    }

    public record Default(Span span) implements Pattern {
    }

    public record LitPattern(GhcLiteral literal) implements Pattern {
        @Override
        public Span span() {
            return literal.span();
        }
    }

    /** A constructor, boxed or unboxed-tuple ({@code (#,#)}); its fields are the binders. */
    public record ConPattern(GhcName constructor) implements Pattern {
        @Override
        public Span span() {
            return constructor.span();
        }
    }
}
