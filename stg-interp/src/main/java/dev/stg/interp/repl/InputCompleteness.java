package dev.stg.interp.repl;

import java.util.regex.Pattern;

/**
 * Whether typed text is a whole input or goes on on the next line: it goes on while a bracket
 * or block comment is open, or when the last word asks for more ({@code =}, {@code ->},
 * {@code =>}, {@code \}, {@code in}, {@code of}, {@code let}, {@code letrec}).
 * Commands are one line, except {@code :{} which goes on until a line {@code :}}.
 */
final class InputCompleteness {

    private static final Pattern WANTS_MORE =
            Pattern.compile("(?s).*(=|->|=>|\\\\|(^|[^A-Za-z0-9_'#])(in|of|let|letrec))$");

    private InputCompleteness() {
    }

    static boolean isComplete(String text) {
        String command = text.strip();
        if (command.startsWith(":{")) return command.endsWith("\n:}") || command.equals(":{:}");
        if (command.startsWith(":")) return true;
        int depth = 0;
        StringBuilder code = new StringBuilder();
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (text.startsWith("{-", i)) {
                int end = text.indexOf("-}", i + 2);
                if (end < 0) return false;
                i = end + 2;
                code.append(' ');
                continue;
            }
            if (text.startsWith("--", i)) {
                int end = text.indexOf('\n', i);
                i = end < 0 ? text.length() : end;
                continue;
            }
            if (c == '(' || c == '{' || c == '[') depth++;
            if (c == ')' || c == '}' || c == ']') depth--;
            code.append(c);
            i++;
        }
        if (depth > 0) return false;
        return !WANTS_MORE.matcher(code.toString().strip()).matches();
    }

    /** The lines between {@code :{} and {@code :}} (GHCi's multi-line input), as one input. */
    static String group(String text) {
        String inner = text.strip().substring(2);
        return (inner.endsWith(":}") ? inner.substring(0, inner.length() - 2) : inner).strip();
    }
}
