package dev.stg.core.ghc;

import dev.stg.core.syntax.DataDecl;
import dev.stg.core.syntax.Rep;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The data families of an imported program: the built-in ones (GHC.Types and GHC.Tuple, declared
 * in the built-ins library) and one per type whose constructors the dumps define. A dump defines
 * a constructor by its worker, a {@code GblId[DataCon]} binding whose signature gives the family
 * (the result type) and the field reps (the argument types: {@code Int#} fields unboxed). GHC
 * prints a family's workers in reverse declaration order, so the constructors are taken in the
 * reverse of dump order; {@code Cpr=mN} (the worker returns constructor N, counted from 1),
 * where GHC prints it, confirms every position, and a disagreement is an import error.
 */
final class ConstructorFamilies {

    /** The family of lists, named so because {@code []} is a constructor. */
    static final String LIST = "GHC.Types.List";

    private final Map<String, DataDecl> families = new LinkedHashMap<>();

    ConstructorFamilies(List<DataDecl> builtIn) {
        builtIn.forEach(d -> families.put(d.name(), d));
    }

    static String tupleFamily(int components) {
        return components == 0 ? "GHC.Tuple.Unit" : "GHC.Tuple.Tuple" + components;
    }

    /** Adds the families one dump defines; an error names the worker whose position disagrees. */
    void addDump(GhcDump dump) {
        Map<String, List<GhcBinding>> workers = new LinkedHashMap<>();
        for (GhcBinding b : dump.bindings()) {
            GhcBinder binder = b.binder();
            if (binder.idInfo().isEmpty() || !binder.idInfo().get().isDataConWorker() || binder.type().isEmpty()) continue;
            GhcType type = binder.type().get();
            List<GhcType> fields = GhcTypes.arguments(type);
            String family = GhcTypes.afterArguments(type, fields.size()).flatMap(GhcTypes::head)
                    .orElseThrow(() -> new ImportError(binder.span(), "the constructor " + binder.name()
                            + " has a type whose result names no data type"));
            workers.computeIfAbsent(family, f -> new ArrayList<>()).add(0, b);
        }
        workers.forEach((family, bindings) -> {
            List<DataDecl.Constructor> constructors = new ArrayList<>();
            for (GhcBinding b : bindings) {
                int tag = constructors.size();
                Optional<String> cpr = b.binder().idInfo().flatMap(i -> i.value("Cpr"));
                if (cpr.isPresent() && !cpr.get().equals("m" + (tag + 1))) {
                    throw new ImportError(b.binder().span(), "the constructor " + b.binder().name() + " says Cpr="
                            + cpr.get() + " but is constructor " + (tag + 1) + " of " + family
                            + " in the dump's (reversed) order");
                }
                List<Rep> reps = GhcTypes.arguments(b.binder().type().orElseThrow()).stream().map(GhcTypes::rep).toList();
                constructors.add(new DataDecl.Constructor(GhcNames.name(b.binder().name()), reps, b.binder().span()));
            }
            families.put(family, new DataDecl(family, constructors, bindings.get(0).binder().span()));
        });
    }

    Optional<DataDecl> family(String name) {
        return Optional.ofNullable(families.get(name));
    }

    /** The family that declares {@code constructor}. */
    Optional<String> familyOf(String constructor) {
        return families.values().stream().filter(d -> d.constructors().stream().anyMatch(c -> c.name().equals(constructor)))
                .map(DataDecl::name).findFirst();
    }

    /** The families the dumps defined (the built-in ones come with the built-ins library). */
    List<DataDecl> imported(List<DataDecl> builtIn) {
        return families.values().stream().filter(d -> !builtIn.contains(d)).toList();
    }
}
