package dev.stg.core.nest;

import dev.stg.core.CheckedProgram;
import dev.stg.core.Frontend;
import dev.stg.core.analysis.FreeVariables;
import dev.stg.core.syntax.Binding;
import dev.stg.core.syntax.ExprSearch;
import dev.stg.core.syntax.FreeVarEntry;
import dev.stg.core.syntax.LambdaForm;
import dev.stg.core.syntax.Program;
import dev.stg.core.syntax.SourceFile;

import java.util.List;

/**
 * The nesting rewrite (docs/nesting.md): turns flat free-variable lists into nested entries
 * {@code p{a b}}, so a closure stores one pointer to an enclosing closure instead of copies of
 * the variables it shares with it. The result is an ordinary program in the nested notation,
 * checked by the same front end as hand-written nested programs; the code generator does the
 * rest (access paths through parent chains, parent masks from the reached lists).
 *
 * <p><b>Algorithm.</b> The input's lists are exact and flat (a checked program without
 * nested entries); a hand-nested input is first flattened by {@link FreeVariables#fill} (lists
 * then come in order of first use) and re-nested. The program is then walked top-down. In the
 * body of each closure p (the <em>current closure</em>), every closure q built by a let/letrec
 * gets its fields decided before q's own body is walked, so chains form: inside q, q's nested
 * entries name the ancestors its children may point to. For q, the candidate parents are p itself
 * and the chain of ancestors p reaches through its parent entry (recursively). What q can reach through a candidate is its <em>view</em>: p's whole field
 * list, or for an ancestor exactly what p's entry lists for it (the checker's reach rule). The
 * reached list of q is the view restricted to what q uses: variables q's body or any closure q
 * builds reads, and the heads leading to them. The candidate covering most of q's flat free
 * variables wins (ties: the nearest, so p before its ancestors; as each view is part of the one
 * before it, that is the first eligible one); q points to it when that saves
 * at least K words (covered variables minus the pointer word). q's list is then the parent entry
 * followed by the flat variables it does not reach, in their original order. One parent per
 * closure. Example, f10 at K = 1: {@code l4 = \(l3{l2{i0 i1} i2} i3) i4 -> ...}.
 *
 * <p><b>Rules.</b>
 * <ul>
 * <li>nested: a candidate is eligible only if q needs all of it: its view is its whole field list
 *     and q uses every plain field and, for every parent field, the head or everything it
 *     reaches (so pointing to it keeps nothing alive q would not). nested-partial: a candidate is
 *     eligible if q uses at least one of its fields; the reached list is the mask the code
 *     generator records for q's edge, and it already lists everything q and its children read
 *     through it, since q's exact flat list includes what the closures q builds read.</li>
 * <li>Lexical correctness: binders that shadow a name in scope (a global, an enclosing binder, or
 *     the closure whose body they are in) are first renamed apart ({@link ShadowRenaming}), so
 *     a printed entry names one binder; the pass itself compares binders by identity. A field
 *     reached through a parent counts as a use only if it is a binder q's flat list names.</li>
 * <li>Updatable thunks are parents only with {@code thunkParents}; non-updatable closures and
 *     functions always may be.</li>
 * <li>Constructor closures ({@code \(x y) -> Con x y}, non-updatable, no parameters) are allocated
 *     as plain constructors: they are neither parents nor children.</li>
 * <li>A letrec-bound closure referring to itself lists itself as a plain field; a sibling or
 *     itself is never a candidate (it is not built yet where its group is allocated), and a head
 *     it uses under its own binder counts as covered.</li>
 * <li>Globals hold nothing, so they are never worth pointing to.</li>
 * </ul>
 */
public final class Nesting {

    private Nesting() {
    }

    /** The program with nested entries where they pay; flat mode returns it unchanged. */
    public static Program rewrite(Program program, NestingOptions options) {
        if (options.mode() == ClosureMode.FLAT) return program;
        return new NestingPass(options).program(ShadowRenaming.apply(flat(program) ? program : FreeVariables.fill(program)));
    }

    /** Whether no list has a nested entry: then a checked program's lists are already exact and flat. */
    private static boolean flat(Program program) {
        return !new NestedEntry().finds(program);
    }

    /** Finds a list with a nested entry, in a closure or a join point (whose list is checked as a closure's). */
    private static final class NestedEntry extends ExprSearch {
        @Override
        protected boolean closure(Binding closure) {
            LambdaForm lambda = closure.lambda();
            return lambda.freeVars().stream().anyMatch(FreeVarEntry.Parent.class::isInstance) || finds(lambda.body());
        }

        @Override
        protected boolean joinPoint(Binding joinPoint) {
            return closure(joinPoint);
        }
    }

    /**
     * Rewrites a checked program and checks the result again (boxity is recomputed for the new
     * tree): the one step the CLI, the REPL and the benchmarks share.
     *
     * @param sources the files the program's spans point into
     */
    public static CheckedProgram rewrite(CheckedProgram checked, NestingOptions options, List<SourceFile> sources,
                                         Frontend.Main main) {
        if (options.mode() == ClosureMode.FLAT) return checked;
        return Frontend.check(rewrite(checked.program(), options), checked.dialect(), sources, main);
    }
}
