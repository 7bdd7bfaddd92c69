package dev.stg.core.syntax;

import java.util.List;

/** One alternative of a case. */
public sealed interface Alt {

    Expr body();

    Span span();

    /** {@code Con x y -> body}. */
    record ConAlt(String constructor, List<Binder> vars, Expr body, Span span) implements Alt {
        public ConAlt {
            vars = List.copyOf(vars);
        }
    }

    /** {@code 3# -> body}, {@code 'a'# -> body}: matches an unboxed value equal to the literal. */
    record LitAlt(Lit lit, Expr body, Span span) implements Alt {
        /** An Int# pattern. */
        public LitAlt(long value, Expr body, Span span) {
            this(new Lit(value, span), body, span);
        }

        /** The literal's machine word (see {@link Lit}). */
        public long value() {
            return lit.value();
        }
    }

    /** {@code x -> body}: matches anything and binds it. */
    record VarAlt(Binder var, Expr body, Span span) implements Alt {
    }

    /** {@code default -> body}. */
    record DefaultAlt(Expr body, Span span) implements Alt {
    }
}
