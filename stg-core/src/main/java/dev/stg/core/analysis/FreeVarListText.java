package dev.stg.core.analysis;

import dev.stg.core.syntax.FreeVarEntry;

import java.util.List;
import java.util.stream.Collectors;

/** Free-variable lists as written in the native dialect: {@code (a p{b c})}. */
final class FreeVarListText {

    private FreeVarListText() {
    }

    static String parenthesised(List<FreeVarEntry> entries) {
        return "(" + spaced(entries) + ")";
    }

    static String spaced(List<FreeVarEntry> entries) {
        return entries.stream().map(FreeVarListText::entry).collect(Collectors.joining(" "));
    }

    static String entry(FreeVarEntry entry) {
        if (entry instanceof FreeVarEntry.Parent p) return p.name() + "{" + spaced(p.reached()) + "}";
        return entry.name();
    }
}
