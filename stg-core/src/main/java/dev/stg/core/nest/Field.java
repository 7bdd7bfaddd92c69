package dev.stg.core.nest;

import dev.stg.core.syntax.FreeVarEntry;
import dev.stg.core.syntax.Span;

import java.util.List;
import java.util.Map;

/**
 * One free-variable entry as the pass sees it: like {@link FreeVarEntry}, but every name carries
 * the binder it denotes where the closure was built, so a later closure can tell whether a name
 * it reaches through a parent means what the same name means at its own site.
 */
sealed interface Field {

    String name();

    BinderId id();

    /** A copied variable. */
    record Plain(String name, BinderId id) implements Field {
    }

    /** A pointer to {@code target}, through which {@code reached} (a part of its fields) are read. */
    record Parent(Holder target, List<Field> reached) implements Field {
        public Parent {
            reached = List.copyOf(reached);
        }

        @Override
        public String name() {
            return target.name();
        }

        @Override
        public BinderId id() {
            return target.id();
        }
    }

    /** The syntax of these fields; {@code spans} gives a name's span where one is known. */
    static List<FreeVarEntry> toEntries(List<Field> fields, Map<String, Span> spans) {
        return fields.stream().map(f -> toEntry(f, spans)).toList();
    }

    private static FreeVarEntry toEntry(Field field, Map<String, Span> spans) {
        Span span = spans.getOrDefault(field.name(), Span.NONE);
        if (field instanceof Parent p) return new FreeVarEntry.Parent(p.name(), span, toEntries(p.reached(), spans));
        return new FreeVarEntry.Plain(field.name(), span);
    }
}
