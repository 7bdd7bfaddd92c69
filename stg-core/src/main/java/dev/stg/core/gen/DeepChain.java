package dev.stg.core.gen;

/**
 * Lambdas nested n deep as native-dialect STG text, for scaling tests and measurements of the
 * front end at depth: {@code l0 = \a0 -> let l1 = \(a0) a1 -> ... let l(n-1) = \(a0) a(n-1) ->
 * case a0 of ...}. Every level holds the outermost argument, so the nesting pass turns the chain
 * into parent entries n deep; main prints {@code Int# 1#}.
 */
public final class DeepChain {

    private DeepChain() {
    }

    public static String source(int n) {
        return source(n, 1);
    }

    /**
     * The chain with the outermost lambda taking {@code held} arguments {@code a0 b0 c0 ...},
     * which every level holds and the innermost adds up: with more than one, a pointer to the
     * level above saves words, so even nested mode (at a threshold below {@code held}) nests
     * every level through the one before. main prints {@code Int# held}.
     */
    public static String source(int n, int held) {
        if (n < 1) throw new IllegalArgumentException("a chain needs n >= 1, not " + n);
        if (held < 1 || held > 26) throw new IllegalArgumentException("1 to 26 held arguments, not " + held);
        StringBuilder names = new StringBuilder();
        for (int k = 0; k < held; k++) names.append(k == 0 ? "" : " ").append((char) ('a' + k)).append('0');
        StringBuilder out = new StringBuilder("main = \\ => let one = \\ -> Int# 1# in let l0 = \\")
                .append(names).append(" -> ");
        for (int i = 1; i < n; i++) {
            out.append("let l").append(i).append(" = \\(").append(names).append(") a").append(i).append(" -> ");
        }
        out.append(sum(held));
        for (int i = n - 1; i > 0; i--) out.append(" in l").append(i).append(" a").append(i - 1);
        return out.append(" in l0").append(" one".repeat(held)).append(";\n").toString();
    }

    /** {@code case a0 of { Int# x0 -> case b0 of { Int# x1 -> case +# x0 x1 of { s1 -> ... Int# s } } }}. */
    private static String sum(int held) {
        StringBuilder out = new StringBuilder();
        for (int k = 0; k < held; k++) out.append("case ").append((char) ('a' + k)).append("0 of { Int# x").append(k).append(" -> ");
        String total = "x0";
        for (int k = 1; k < held; k++) {
            out.append("case +# ").append(total).append(" x").append(k).append(" of { s").append(k).append(" -> ");
            total = "s" + k;
        }
        out.append("Int# ").append(total);
        return out.append(" }".repeat(2 * held - 1)).toString();
    }
}
