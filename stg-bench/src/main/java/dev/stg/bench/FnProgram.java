package dev.stg.bench;

import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * The f_n family as native-dialect STG text, in the shape samples/nested/gen_fn.py writes:
 * {@code f_n = A (\i0 -> A (\i1 -> ... A (\i{n-1} -> N [i0, ..., i{n-1}])))} run by
 * {@code run k (A f) = run (k + 1) (f k); run _ (N x) = x}. Level k is a closure capturing
 * every enclosing argument, so flat closures store n(n-1)/2 words where nested ones store about n.
 */
public final class FnProgram {

    private FnProgram() {
    }

    public static String source(int n) {
        if (n < 1) throw new IllegalArgumentException("f_n needs n >= 1, not " + n);
        StringBuilder out = new StringBuilder();
        out.append("run = \\k a -> case a of {\n")
                .append("  A f -> let k1 = \\(k) => case k of { Int# n -> case +# n 1# of { m -> Int# m } };\n")
                .append("             fk = \\(f k) => f k\n")
                .append("         in run k1 fk;\n")
                .append("  N x -> x };\n")
                .append("zero = \\ -> Int# 0#;\n")
                .append("nil = \\ -> Nil;\n")
                .append("f").append(n).append(" = \\ -> A l0;\n")
                .append("main = \\ => run zero f").append(n).append(";\n")
                .append("l0 = ");
        level(out, n, 0, 0);
        return out.append(";\n").toString();
    }

    /** The printed value of main: the list [0 .. n-1] of boxed Ints. */
    public static String expectedOutput(int n) {
        String list = "Nil";
        for (int j = n - 1; j >= 0; j--) {
            list = "Cons (Int# " + j + "#) " + (j == n - 1 ? list : "(" + list + ")");
        }
        return list;
    }

    /** Level k's lambda, its first line continuing the current one; no newline after its last line. */
    private static void level(StringBuilder out, int n, int k, int depth) {
        out.append(k == 0 ? "\\i0 ->" : "\\(" + args(k) + ") i" + k + " ->").append('\n');
        String indent = "  ".repeat(depth + 1);
        if (k < n - 1) {
            out.append(indent).append("let l").append(k + 1).append(" = ");
            level(out, n, k + 1, depth + 2);
            out.append('\n').append(indent).append("in A l").append(k + 1);
            return;
        }
        String previous = "nil";
        for (int j = n - 1; j >= 0; j--) {
            String captured = previous.equals("nil") ? "i" + j : "i" + j + " c" + (j + 1);
            out.append(indent).append("let c").append(j).append(" = \\(").append(captured).append(") -> Cons i")
                    .append(j).append(' ').append(previous).append(" in\n");
            previous = "c" + j;
        }
        out.append(indent).append("N c0");
    }

    private static String args(int k) {
        return IntStream.range(0, k).mapToObj(j -> "i" + j).collect(Collectors.joining(" "));
    }
}
