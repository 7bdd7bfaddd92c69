package dev.stg.core.ghc;

import dev.stg.core.syntax.Span;

import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * A bracketed annotation list as GHC prints it after a binder: the id-info of a binding
 * ({@code [GblId, Arity=2, Str=<L,U>, Unf=OtherCon []]}) or a binder's pragmas
 * ({@code [Occ=Once1]}, {@code [InlPrag=NOUSERINLINE CONLIKE]}). The items are kept as GHC
 * wrote them (split at top-level commas); the accessors read the ones an importer needs.
 */
public record GhcIdInfo(List<String> items, Span span) {

    public GhcIdInfo {
        items = List.copyOf(items);
    }

    /** The value of {@code KEY=value}, if present. */
    public Optional<String> value(String key) {
        String prefix = key + "=";
        return items.stream().filter(i -> i.startsWith(prefix)).map(i -> i.substring(prefix.length())).findFirst();
    }

    /** {@code Arity=n}; GHC omits it for arity 0. */
    public OptionalInt arity() {
        return value("Arity").map(v -> OptionalInt.of(Integer.parseInt(v))).orElse(OptionalInt.empty());
    }

    /** {@code GblId} or {@code LclId}, with its details ({@code GblId[DataCon]}, {@code LclId[JoinId(2)]}). */
    public String idKind() {
        return items.isEmpty() ? "" : items.get(0);
    }

    public boolean isGlobal() {
        return idKind().startsWith("GblId");
    }

    /** The join arity of a join point, {@code LclId[JoinId(n)]}. */
    public OptionalInt joinArity() {
        String kind = idKind();
        int at = kind.indexOf("JoinId(");
        if (at < 0) return OptionalInt.empty();
        int end = kind.indexOf(')', at);
        return OptionalInt.of(Integer.parseInt(kind.substring(at + "JoinId(".length(), end)));
    }

    /**
     * Whether GHC's demand analysis found that a call with {@link #arity()} arguments never
     * returns: the divergence after the argument demands, {@code Str=b} or {@code Str=<L,U>b}
     * ({@code x} for a precise exception).
     */
    public boolean diverges() {
        return value("Str").map(s -> s.endsWith("b") || s.endsWith("x")).orElse(false);
    }

    /** A data constructor's worker, {@code GblId[DataCon]}. */
    public boolean isDataConWorker() {
        return idKind().contains("[DataCon]");
    }
}
