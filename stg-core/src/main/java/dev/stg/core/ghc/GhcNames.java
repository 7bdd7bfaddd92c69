package dev.stg.core.ghc;

import java.util.Set;

/**
 * How GHC's names become the program's: kept as the dump spells them, except GHC's built-in
 * syntax, which the dump sometimes qualifies ({@code GHC.Types.[]}, {@code GHC.Tuple.()}) and
 * sometimes not ({@code []} in a pattern, {@code :}, {@code (,)}): it is always written
 * unqualified, the one spelling the native dialect lexes without quotes.
 */
public final class GhcNames {

    /** What the unariser makes of every {@code State#} parameter: erased on import. */
    static final String VOID_PARAM = "void_0E";
    /** The State# token passed as an argument: erased on import. */
    static final String VOID_ARG = "GHC.Prim.void#";

    private static final Set<String> BUILT_IN_MODULES = Set.of("GHC.Types", "GHC.Tuple", "GHC.Prim");

    /** GHC's base-62 digits, in the order of their values. */
    private static final String BASE62 = "0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ";

    private GhcNames() {
    }

    static String name(GhcName name) {
        char first = name.local().charAt(0);
        boolean builtInSyntax = first == '(' || first == '[' || first == ':';
        return builtInSyntax && BUILT_IN_MODULES.contains(name.module()) ? name.local() : name.text();
    }

    /**
     * The name of a variable as the program spells it. A constructor used as a value (an
     * argument {@code GHC.Tuple.()}, or the worker binding {@code T.Red = T.Red! []} that
     * defines it) is the global variable {@code T.$conRed}: in the native dialect a name
     * spelled as a constructor is one, so the worker gets a variable's spelling, with GHC's
     * {@code $} of generated names and a prefix GHC never makes ({@code $con()},
     * {@code GHC.Types.$conTrue}). GHC's {@code :Main.main} keeps its name.
     */
    static String variable(GhcName name) {
        String n = name(name);
        if (!name.isConstructorLike() || n.equals(GhcLink.IO_MAIN)) return n;
        int local = qualifierLength(n);
        return n.substring(0, local) + "$con" + n.substring(local);
    }

    /** The module of a qualified name ({@code GHC.Base} of {@code GHC.Base..}), "" for a local one. */
    static String module(String name) {
        int length = qualifierLength(name);
        return length == 0 ? "" : name.substring(0, length - 1);
    }

    /** The length of {@code Module.Sub.} at the start of a name, 0 when unqualified. */
    private static int qualifierLength(String name) {
        int start = 0;
        while (start < name.length() && Character.isUpperCase(name.charAt(start))) {
            int dot = start;
            while (dot < name.length() && (Character.isLetterOrDigit(name.charAt(dot))
                    || name.charAt(dot) == '_' || name.charAt(dot) == '\'')) dot++;
            if (dot + 1 >= name.length() || name.charAt(dot) != '.') break;
            start = dot + 1;
        }
        return start;
    }

    /**
     * A constructor as GHC's own printing of a value writes it: without its module
     * ({@code GHC.Types.I#} is {@code I#}, {@code T.C:Shape} is {@code C:Shape}), an operator in
     * parentheses ({@code (:)}, {@code (:+:)}); {@code []}, {@code ()} and tuples as they are.
     */
    public static String display(String constructor) {
        String local = constructor.substring(qualifierLength(constructor));
        return local.startsWith(":") ? "(" + local + ")" : local;
    }

    /**
     * The unique GHC appended to a local name ({@code ipv1_svd}: tag {@code s}, number
     * {@code vd} in base 62) as a number that orders names made together by when they were
     * made; -1 for a name without one.
     */
    static long unique(String name) {
        int at = name.lastIndexOf('_');
        if (at < 0) return -1;
        String suffix = name.substring(at + 1);
        if (suffix.length() < 2) return -1;
        long value = 0;
        for (int i = 1; i < suffix.length(); i++) {
            int digit = BASE62.indexOf(suffix.charAt(i));
            if (digit < 0) return -1;
            value = value * 62 + digit;
        }
        return (long) suffix.charAt(0) << 48 | value;
    }
}
