package dev.stg.core.ghc;

import dev.stg.core.syntax.Rep;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** What the importer reads from GHC's type signatures: argument and result types, reps, families. */
final class GhcTypes {

    private GhcTypes() {
    }

    /** The type without its {@code forall}s and class contexts (dictionaries are ordinary arguments). */
    static GhcType body(GhcType type) {
        while (true) {
            if (type instanceof GhcType.ForAll f) {
                type = f.body();
            } else if (type instanceof GhcType.Kinded k) {
                type = k.type();
            } else {
                return type;
            }
        }
    }

    /** The argument types of a function type, class contexts first, in order. */
    static List<GhcType> arguments(GhcType type) {
        List<GhcType> args = new ArrayList<>();
        for (GhcType t = body(type); ; ) {
            if (t instanceof GhcType.Qualified q) {
                args.addAll(q.context());
                t = body(q.body());
            } else if (t instanceof GhcType.Fun f) {
                args.add(f.arg());
                t = body(f.result());
            } else {
                return args;
            }
        }
    }

    /** The type after {@code n} arguments, or empty when it has fewer arrows. */
    static Optional<GhcType> afterArguments(GhcType type, int n) {
        GhcType t = body(type);
        int left = n;
        while (left > 0 || t instanceof GhcType.Qualified) {
            if (t instanceof GhcType.Qualified q) {
                if (q.context().size() > left) return Optional.empty();
                left -= q.context().size();
                t = body(q.body());
            } else if (t instanceof GhcType.Fun f) {
                left--;
                t = body(f.result());
            } else {
                return Optional.empty();
            }
        }
        return Optional.of(t);
    }

    /** The type constructor at the head of a type ({@code GHC.Types.Bool}, {@code T.List}), if any. */
    static Optional<String> head(GhcType type) {
        GhcType t = body(type);
        if (t instanceof GhcType.App app) t = body(app.function());
        if (t instanceof GhcType.Con con) {
            return Optional.of(GhcNames.name(con.name()).equals("()") ? ConstructorFamilies.tupleFamily(0) : con.name().text());
        }
        if (t instanceof GhcType.ListOf) return Optional.of(ConstructorFamilies.LIST);
        if (t instanceof GhcType.Tuple tuple && !tuple.unboxed()) {
            return Optional.of(ConstructorFamilies.tupleFamily(tuple.components().size()));
        }
        return Optional.empty();
    }

    /** The machine rep of a value of this type: GHC.Prim's unboxed types, or a pointer. */
    static Rep rep(GhcType type) {
        return switch (head(type).orElse("")) {
            case "GHC.Prim.Int#" -> Rep.INT;
            case "GHC.Prim.Word#" -> Rep.WORD;
            case "GHC.Prim.Char#" -> Rep.CHAR;
            case "GHC.Prim.Double#" -> Rep.DOUBLE;
            case "GHC.Prim.Float#" -> Rep.FLOAT;
            case "GHC.Prim.Addr#" -> Rep.ADDR;
            default -> Rep.POINTER;
        };
    }
}
