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
        if (n < 1) throw new IllegalArgumentException("a chain needs n >= 1, not " + n);
        StringBuilder out = new StringBuilder("main = \\ => let one = \\ -> Int# 1# in let l0 = \\a0 -> ");
        for (int i = 1; i < n; i++) out.append("let l").append(i).append(" = \\(a0) a").append(i).append(" -> ");
        out.append("case a0 of { Int# x -> Int# x }");
        for (int i = n - 1; i > 0; i--) out.append(" in l").append(i).append(" a").append(i - 1);
        return out.append(" in l0 one;\n").toString();
    }
}
