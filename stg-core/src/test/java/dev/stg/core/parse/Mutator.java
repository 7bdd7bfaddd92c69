package dev.stg.core.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Seeded damage to program text: deleted, duplicated or swapped tokens and characters, and
 * inserted punctuation, the slips that real edits make.
 */
final class Mutator {

    /** Rough tokens: names and literals, arrows and primitives, single punctuation, comment openers. */
    private static final Pattern TOKEN = Pattern.compile("-?[0-9]+#?|[A-Za-z_][A-Za-z0-9_']*#?|->|=>|--|\\{-|-}|[^\\s]");
    private static final String NOISE = "(){};\\-#=>\"@'\n ";

    private final Random random;

    Mutator(long seed) {
        this.random = new Random(seed);
    }

    String mutate(String text) {
        String result = text;
        int edits = 1 + random.nextInt(3);
        for (int i = 0; i < edits; i++) result = mutateOnce(result);
        return result;
    }

    private String mutateOnce(String text) {
        if (text.isEmpty()) return String.valueOf(pick(NOISE));
        switch (random.nextInt(7)) {
            case 0: return tokenEdit(text, Edit.DELETE);
            case 1: return tokenEdit(text, Edit.DUPLICATE);
            case 2: return tokenEdit(text, Edit.SWAP);
            case 3: {
                int at = random.nextInt(text.length());
                return text.substring(0, at) + text.substring(at + 1);
            }
            case 4: {
                int at = random.nextInt(text.length());
                return text.substring(0, at + 1) + text.substring(at);
            }
            case 5: {
                int at = random.nextInt(text.length());
                if (at + 1 >= text.length()) return text;
                return text.substring(0, at) + text.charAt(at + 1) + text.charAt(at) + text.substring(at + 2);
            }
            default: {
                int at = random.nextInt(text.length() + 1);
                return text.substring(0, at) + pick(NOISE) + text.substring(at);
            }
        }
    }

    private enum Edit { DELETE, DUPLICATE, SWAP }

    private String tokenEdit(String text, Edit edit) {
        List<int[]> tokens = new ArrayList<>();
        Matcher m = TOKEN.matcher(text);
        while (m.find()) tokens.add(new int[]{m.start(), m.end()});
        if (tokens.size() < 2) return text;
        int i = random.nextInt(tokens.size() - 1);
        int[] a = tokens.get(i);
        int[] b = tokens.get(i + 1);
        String first = text.substring(a[0], a[1]);
        String second = text.substring(b[0], b[1]);
        switch (edit) {
            case DELETE: return text.substring(0, a[0]) + text.substring(a[1]);
            case DUPLICATE: return text.substring(0, a[1]) + " " + first + text.substring(a[1]);
            default: return text.substring(0, a[0]) + second + text.substring(a[1], b[0]) + first + text.substring(b[1]);
        }
    }

    private char pick(String chars) {
        return chars.charAt(random.nextInt(chars.length()));
    }
}
