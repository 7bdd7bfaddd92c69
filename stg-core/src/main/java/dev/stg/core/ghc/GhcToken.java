package dev.stg.core.ghc;

import dev.stg.core.syntax.Span;

/**
 * A token of a GHC STG dump. {@code text} is the source text; a {@link Kind#NAME} also has
 * its module split off, a {@link Kind#LITERAL} its value, an {@link Kind#ANNOTATION} its items.
 */
record GhcToken(Kind kind, String text, Span span, GhcName name, GhcLiteral literal, GhcIdInfo annotation) {

    enum Kind {
        /** The dump's section header, {@code ==================== Final STG: ====================}. */
        HEADER,
        /** A variable, constructor, primop, type or keyword, possibly module-qualified. */
        NAME,
        /** A primitive literal ending in {@code #} or {@code ##}, or a string {@code "..."#}. */
        LITERAL,
        /** A plain decimal number (a multiplicity in a type, {@code %1}). */
        NUMBER,
        /** {@code \r}, {@code \\u} or {@code \s}. */
        LAMBDA,
        /** A bracketed annotation, {@code [Occ=Once1]} or {@code [GblId, Arity=2]}. */
        ANNOTATION,
        /** Punctuation: braces, brackets, parentheses, {@code (#} {@code #)}, {@code ; , = -> :: => . ! %}. */
        PUNCT,
        EOF
    }

    static GhcToken of(Kind kind, String text, Span span) {
        return new GhcToken(kind, text, span, null, null, null);
    }

    boolean is(String punctOrKeyword) {
        return (kind == Kind.PUNCT || kind == Kind.NAME && name != null && name.module().isEmpty()) && text.equals(punctOrKeyword);
    }

    /** How an error message quotes this token. */
    String describe() {
        return switch (kind) {
            case EOF -> "end of file";
            case ANNOTATION -> "annotation '" + text + "'";
            case HEADER -> "header '" + text + "'";
            default -> "'" + text + "'";
        };
    }
}
