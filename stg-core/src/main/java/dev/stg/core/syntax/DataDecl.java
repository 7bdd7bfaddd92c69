package dev.stg.core.syntax;

import java.util.List;

/**
 * {@code data Colour = Red | Green | Blue}: a family of constructors whose tags are their
 * positions (0, 1, ...), as in GHC, so {@code dataToTag#} and {@code tagToEnum#} agree with
 * GHC. A constructor no declaration names gets a tag of its own (the native dialect needs no
 * declarations). Field reps say which fields are unboxed and of what kind
 * ({@code I# Int#}); they seed the boxity analysis and let the value printer print them.
 */
public record DataDecl(String name, List<Constructor> constructors, Span span) {

    public DataDecl {
        constructors = List.copyOf(constructors);
    }

    public record Constructor(String name, List<Rep> fields, Span span) {
        public Constructor {
            fields = List.copyOf(fields);
        }

        public int arity() {
            return fields.size();
        }
    }
}
