package dev.stg.core.ghc;

import dev.stg.core.syntax.Span;

import java.util.Optional;

/**
 * A binder as GHC prints it: the name, then optionally its pragmas ({@code [Occ=Once1]}),
 * signature ({@code :: GHC.Types.Int}) and id-info ({@code [LclId, Arity=1]}). Let and
 * top-level binders have all four; case and alternative binders only name and pragmas;
 * lambda parameters only the name. A dead alternative binder is printed as {@code _}.
 */
public record GhcBinder(GhcName name, Optional<GhcIdInfo> pragmas, Optional<GhcType> type,
                        Optional<GhcIdInfo> idInfo, Span span) {

    public static GhcBinder plain(GhcName name) {
        return new GhcBinder(name, Optional.empty(), Optional.empty(), Optional.empty(), name.span());
    }
}
