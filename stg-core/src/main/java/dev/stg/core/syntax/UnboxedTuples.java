package dev.stg.core.syntax;

/**
 * Unboxed tuples are constructors by name: {@code (# #)}, {@code Solo#} (GHC's one-component
 * unboxed tuple), {@code (#,#)}, {@code (#,,#)}, ... A {@code ConApp} of one in tail position
 * returns its components in registers to the case continuation, whose {@code ConAlt} binds
 * them: no heap object, nothing added to allocWords. They are never fields of a closure.
 */
public final class UnboxedTuples {

    private UnboxedTuples() {
    }

    /** The number of components, or -1 when {@code constructor} is not an unboxed tuple. */
    public static int arity(String constructor) {
        if (constructor.equals("Solo#")) return 1;
        if (constructor.equals("(##)") || constructor.equals("(# #)")) return 0;
        if (constructor.length() < 5 || !constructor.startsWith("(#") || !constructor.endsWith("#)")) return -1;
        String commas = constructor.substring(2, constructor.length() - 2);
        for (int i = 0; i < commas.length(); i++) if (commas.charAt(i) != ',') return -1;
        return commas.length() + 1;
    }

    public static boolean is(String constructor) {
        return arity(constructor) >= 0;
    }

    /** The name of the unboxed tuple with {@code n} components. */
    public static String name(int n) {
        if (n == 0) return "(##)";
        if (n == 1) return "Solo#";
        return "(#" + ",".repeat(n - 1) + "#)";
    }
}
