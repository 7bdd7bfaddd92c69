package dev.stg.core.parse;

import java.util.regex.Pattern;

/** The two source dialects; both parse to the same AST. */
public enum Dialect {
    /** The native dialect: a superset of quchen/stgi's syntax, with explicit free-variable lists. */
    NATIVE,
    /** bjpop/ministg's dialect: {@code FUN(x -> e)}, {@code THUNK(e)}, {@code CON(C a)}, implicit free variables. */
    MINISTG;

    private static final Pattern MINISTG_OBJECT = Pattern.compile("\\b(FUN|THUNK|CON|PAP)\\s*\\(|\\bERROR\\b");

    /**
     * Guesses the dialect of a file's text: ministg's heap-object keywords never occur in the
     * native dialect outside comments (they would be constructors applied to a parenthesis).
     */
    public static Dialect detect(String text) {
        return MINISTG_OBJECT.matcher(stripComments(text)).find() ? MINISTG : NATIVE;
    }

    private static String stripComments(String text) {
        return text.replaceAll("(?s)\\{-.*?-}", " ").replaceAll("--[^\\n]*", " ").replaceAll("(?m)^\\s*#[^\\n]*", " ");
    }
}
