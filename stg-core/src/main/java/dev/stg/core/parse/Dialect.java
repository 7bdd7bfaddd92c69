package dev.stg.core.parse;

import java.util.Optional;

/** The source dialects; all give the same AST. */
public enum Dialect {
    /** The native dialect: a superset of quchen/stgi's syntax, with explicit free-variable lists. */
    NATIVE,
    /** bjpop/ministg's dialect: {@code FUN(x -> e)}, {@code THUNK(e)}, {@code CON(C a)}, implicit free variables. */
    MINISTG,
    /** GHC 9.0.2's {@code -ddump-stg-final} output, imported (docs/ghc-stg.md); detected from its header. */
    GHC;

    /**
     * Why a text was read as ministg: its first heap-object keyword outside comments.
     *
     * @param keyword {@code FUN}, {@code THUNK}, {@code CON}, {@code PAP} or {@code ERROR}
     */
    public record Evidence(String keyword, int line, int column) {
    }

    /**
     * Guesses the dialect of a file's text: ministg's heap-object keywords never occur in the
     * native dialect outside comments (they would be constructors applied to a parenthesis).
     */
    public static Dialect detect(String text) {
        if (dev.stg.core.ghc.GhcDumpParser.isDump(text)) return GHC;
        return ministgEvidence(text).isPresent() ? MINISTG : NATIVE;
    }

    /**
     * The first {@code FUN(}, {@code THUNK(}, {@code CON(}, {@code PAP(} or word {@code ERROR}
     * outside comments ({@code {- -}}, {@code --} and lines starting with {@code #}), found in
     * one pass over the text: detection runs on every file, however large or damaged. An
     * unclosed {@code {-} comments out the rest of the text, as it does for the native lexer.
     */
    public static Optional<Evidence> ministgEvidence(String text) {
        int line = 1;
        int lineStart = 0;
        boolean onlySpaceSinceLineStart = true;
        int i = 0;
        int n = text.length();
        while (i < n) {
            char c = text.charAt(i);
            if (c == '\n') {
                line++;
                lineStart = ++i;
                onlySpaceSinceLineStart = true;
            } else if (c == '{' && i + 1 < n && text.charAt(i + 1) == '-') {
                int close = text.indexOf("-}", i + 2);
                int end = close < 0 ? n : close + 2;
                for (int j = i; j < end; j++) {
                    if (text.charAt(j) == '\n') {
                        line++;
                        lineStart = j + 1;
                    }
                }
                onlySpaceSinceLineStart = false;
                i = end;
            } else if ((c == '-' && i + 1 < n && text.charAt(i + 1) == '-') || (c == '#' && onlySpaceSinceLineStart)) {
                while (i < n && text.charAt(i) != '\n') i++;
            } else if (isWordChar(c)) {
                int start = i;
                while (i < n && isWordChar(text.charAt(i))) i++;
                String keyword = keywordAt(text, start, i);
                if (keyword != null) return Optional.of(new Evidence(keyword, line, start - lineStart + 1));
                onlySpaceSinceLineStart = false;
            } else {
                if (!Character.isWhitespace(c)) onlySpaceSinceLineStart = false;
                i++;
            }
        }
        return Optional.empty();
    }

    /** The keyword the word {@code text[start, end)} is, when it is a ministg heap object there. */
    private static String keywordAt(String text, int start, int end) {
        String word = text.substring(start, end);
        switch (word) {
            case "ERROR":
                return word;
            case "FUN":
            case "THUNK":
            case "CON":
            case "PAP": {
                int after = end;
                while (after < text.length() && Character.isWhitespace(text.charAt(after))) after++;
                return after < text.length() && text.charAt(after) == '(' ? word : null;
            }
            default:
                return null;
        }
    }

    /** The characters of a regular expression's word ({@code \w}): keywords are whole words. */
    private static boolean isWordChar(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
    }
}
