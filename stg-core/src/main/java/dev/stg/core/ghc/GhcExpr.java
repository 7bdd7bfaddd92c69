package dev.stg.core.ghc;

import dev.stg.core.syntax.Span;

import java.util.List;
import java.util.Optional;

/** An STG expression as GHC prints it. */
public sealed interface GhcExpr {

    Span span();

    /** {@code f a b} (or a lone variable): a call, arguments without brackets. */
    record App(GhcName function, List<GhcAtom> args, Span span) implements GhcExpr {
        public App {
            args = List.copyOf(args);
        }
    }

    /** {@code GHC.Types.I# [x]}, {@code (#,#) [a b]}: a saturated constructor application. */
    record ConApp(GhcName constructor, List<GhcAtom> args, Span span) implements GhcExpr {
        public ConApp {
            args = List.copyOf(args);
        }
    }

    /** {@code +# [a b]}, {@code __pkg_ccall main putchar [c s]}: a primop or foreign call. */
    record OpApp(GhcOp op, List<GhcAtom> args, Span span) implements GhcExpr {
        public OpApp {
            args = List.copyOf(args);
        }
    }

    record Lit(GhcLiteral literal, Span span) implements GhcExpr {
    }

    /**
     * {@code let { b } in e} or {@code let-no-escape { b } in e}; the latter binds join
     * points, which are only ever called in tail position of the body.
     */
    record Let(boolean noEscape, GhcBindingGroup bindings, GhcExpr body, Span span) implements GhcExpr {
    }

    /** {@code case e of b { alts }}; GHC omits the binder when it is dead. */
    record Case(GhcExpr scrutinee, Optional<GhcBinder> binder, List<GhcAlt> alts, Span span) implements GhcExpr {
        public Case {
            alts = List.copyOf(alts);
        }
    }
}
