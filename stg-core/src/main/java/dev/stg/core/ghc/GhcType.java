package dev.stg.core.ghc;

import dev.stg.core.syntax.Span;

import java.util.List;
import java.util.Optional;

/** A type as GHC prints it in a binder's signature. */
public sealed interface GhcType {

    Span span();

    /** A type variable, {@code a}. */
    record Var(String name, Span span) implements GhcType {
    }

    /** A type constructor, {@code GHC.Types.Int}, {@code GHC.Prim.Int#}, {@code ()}. */
    record Con(GhcName name, Span span) implements GhcType {
    }

    /** A type-level literal, {@code 1} (a multiplicity) or {@code "sym"}. */
    record Literal(String text, Span span) implements GhcType {
    }

    record App(GhcType function, List<GhcType> args, Span span) implements GhcType {
        public App {
            args = List.copyOf(args);
        }
    }

    /** {@code a -> b}, or the linear {@code a %1 -> b} (multiplicity present). */
    record Fun(GhcType arg, Optional<GhcType> multiplicity, GhcType result, Span span) implements GhcType {
    }

    /** {@code C a => t}: the class constraints of a function that takes dictionaries. */
    record Qualified(List<GhcType> context, GhcType body, Span span) implements GhcType {
        public Qualified {
            context = List.copyOf(context);
        }
    }

    /**
     * {@code forall a (r :: k) {b}. t}; a binder without a kind has an empty kind, and an
     * inferred one (braces) is one GHC made up rather than the program wrote.
     */
    record ForAll(List<TyBinder> binders, GhcType body, Span span) implements GhcType {
        public ForAll {
            binders = List.copyOf(binders);
        }
    }

    record TyBinder(String name, Optional<GhcType> kind, boolean inferred, Span span) {
    }

    /** {@code [a]}. */
    record ListOf(GhcType element, Span span) implements GhcType {
    }

    /** {@code (a, b)}, or the unboxed {@code (# a, b #)}. */
    record Tuple(boolean unboxed, List<GhcType> components, Span span) implements GhcType {
        public Tuple {
            components = List.copyOf(components);
        }
    }

    /** {@code (t :: k)}. */
    record Kinded(GhcType type, GhcType kind, Span span) implements GhcType {
    }
}
