package dev.stg.core.ghc;

import dev.stg.core.syntax.Span;

/**
 * A name as GHC's dump spells it: {@code GHC.Types.I#}, {@code T.$wgo}, {@code sat_s34R},
 * {@code :}, {@code (#,#)}. Exported names carry their module; local and internal ones do
 * not, and keep the unique GHC appended ({@code _s34R}), which is what makes them distinct.
 *
 * @param module the module qualifier without the final dot, or empty
 * @param local  the rest of the name, unique suffix included
 */
public record GhcName(String module, String local, Span span) {

    public boolean isQualified() {
        return !module.isEmpty();
    }

    /** The name exactly as the dump prints it. */
    public String text() {
        return module.isEmpty() ? local : module + "." + local;
    }

    /** Constructors start with an upper-case letter or a colon, or are GHC's bracket forms. */
    public boolean isConstructorLike() {
        char c = local.charAt(0);
        return Character.isUpperCase(c) || c == ':' || c == '(' || c == '[';
    }

    @Override
    public String toString() {
        return text();
    }
}
