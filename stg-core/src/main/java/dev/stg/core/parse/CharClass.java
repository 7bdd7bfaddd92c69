package dev.stg.core.parse;

/** Character classes of identifiers, shared by both dialects' lexers. */
final class CharClass {

    private CharClass() {
    }

    static boolean varStart(char c) {
        return Character.isLowerCase(c) || c == '_';
    }

    static boolean conStart(char c) {
        return Character.isUpperCase(c);
    }

    static boolean identPart(char c) {
        return Character.isLetterOrDigit(c) || c == '_' || c == '\'';
    }

    static boolean digit(char c) {
        return c >= '0' && c <= '9';
    }
}
