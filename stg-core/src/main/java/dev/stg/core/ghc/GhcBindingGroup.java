package dev.stg.core.ghc;

import dev.stg.core.syntax.Span;

import java.util.List;

/** One binding, or {@code Rec { ... end Rec }}: bindings that may refer to each other. */
public sealed interface GhcBindingGroup {

    Span span();

    List<GhcBinding> bindings();

    record NonRec(GhcBinding binding) implements GhcBindingGroup {
        @Override
        public Span span() {
            return binding.span();
        }

        @Override
        public List<GhcBinding> bindings() {
            return List.of(binding);
        }
    }

    record Rec(List<GhcBinding> bindings, Span span) implements GhcBindingGroup {
        public Rec {
            bindings = List.copyOf(bindings);
        }
    }
}
