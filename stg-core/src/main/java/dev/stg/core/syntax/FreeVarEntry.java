package dev.stg.core.syntax;

import java.util.List;

/**
 * One entry of a free-variable list: a plain variable copied into the closure, or a nested
 * entry {@code p{a b c}}: the closure stores a pointer to the closure {@code p} and reaches
 * {@code a b c} through it.
 */
public sealed interface FreeVarEntry {

    String name();

    Span span();

    /** A variable whose value is copied into the closure. */
    record Plain(String name, Span span) implements FreeVarEntry {
    }

    /** A pointer to the enclosing closure {@code name}, through which {@code reached} are read. */
    record Parent(String name, Span span, List<FreeVarEntry> reached) implements FreeVarEntry {
        public Parent {
            reached = List.copyOf(reached);
        }
    }
}
