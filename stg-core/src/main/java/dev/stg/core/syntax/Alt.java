package dev.stg.core.syntax;

import java.util.List;

/**
 * One alternative of a case. What every walker asks of an alternative whatever its kind (the
 * names it binds, the same alternative over a rewritten body) is a method each kind must
 * implement, so a new kind of alternative cannot fall into some walker's default.
 */
public sealed interface Alt {

    Expr body();

    Span span();

    /** The variables the pattern binds, in scope in the body. */
    List<Binder> binders();

    /** The same pattern binding {@code binders} instead (as many as {@link #binders()}), over {@code body}. */
    Alt rebind(List<Binder> binders, Expr body);

    /** The same pattern over {@code body}. */
    default Alt withBody(Expr body) {
        return rebind(binders(), body);
    }

    /** {@code Con x y -> body}. */
    record ConAlt(String constructor, List<Binder> vars, Expr body, Span span) implements Alt {
        public ConAlt {
            vars = List.copyOf(vars);
        }

        @Override
        public List<Binder> binders() {
            return vars;
        }

        @Override
        public Alt rebind(List<Binder> binders, Expr newBody) {
            return new ConAlt(constructor, binders, newBody, span);
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

        @Override
        public List<Binder> binders() {
            return List.of();
        }

        @Override
        public Alt rebind(List<Binder> binders, Expr newBody) {
            return new LitAlt(lit, newBody, span);
        }
    }

    /** {@code x -> body}: matches anything and binds it. */
    record VarAlt(Binder var, Expr body, Span span) implements Alt {
        @Override
        public List<Binder> binders() {
            return List.of(var);
        }

        @Override
        public Alt rebind(List<Binder> binders, Expr newBody) {
            return new VarAlt(binders.get(0), newBody, span);
        }
    }

    /** {@code default -> body}. */
    record DefaultAlt(Expr body, Span span) implements Alt {
        @Override
        public List<Binder> binders() {
            return List.of();
        }

        @Override
        public Alt rebind(List<Binder> binders, Expr newBody) {
            return new DefaultAlt(newBody, span);
        }
    }
}
