package dev.stg.core.ghc;

import dev.stg.core.syntax.Span;

import java.util.List;

/** The right-hand side of a binding. */
public sealed interface GhcRhs {

    Span span();

    /**
     * {@code {fv1, fv2} \r [x y] body}: a closure with GHC's free-variable list. {@code \r}
     * is a function (re-entrant), {@code \\u} an updatable thunk, {@code \s} a single-entry thunk.
     */
    record Closure(List<GhcName> freeVars, UpdateFlag flag, List<GhcBinder> params, GhcExpr body, Span span)
            implements GhcRhs {
        public Closure {
            freeVars = List.copyOf(freeVars);
            params = List.copyOf(params);
        }
    }

    /**
     * {@code CCS_DONT_CARE C! [a b]} (top level) or {@code CCCS C! [a b]} (in a let): a
     * constructor closure allocated directly; {@code costCentre} is the word GHC prints first.
     */
    record ConClosure(String costCentre, GhcName constructor, List<GhcAtom> args, Span span) implements GhcRhs {
        public ConClosure {
            args = List.copyOf(args);
        }
    }

    /** {@code "text"#} bound at top level: static bytes, a value of type Addr#. */
    record TopString(GhcLiteral.StringLit literal, Span span) implements GhcRhs {
    }

    enum UpdateFlag {
        REENTRANT('r'), UPDATABLE('u'), SINGLE_ENTRY('s');

        private final char letter;

        UpdateFlag(char letter) {
            this.letter = letter;
        }

        static UpdateFlag of(char letter) {
            for (UpdateFlag f : values()) if (f.letter == letter) return f;
            return null;
        }
    }
}
