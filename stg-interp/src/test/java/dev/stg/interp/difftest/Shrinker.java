package dev.stg.interp.difftest;

import dev.stg.core.syntax.Alt;
import dev.stg.core.syntax.Binding;
import dev.stg.core.syntax.Expr;
import dev.stg.core.syntax.LambdaForm;
import dev.stg.core.syntax.Lit;
import dev.stg.core.syntax.Program;
import dev.stg.core.syntax.Span;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.function.Predicate;

/**
 * Greedy shrinking of a failing program: drop globals, let bindings and alternatives, replace a
 * let or case by one of its bodies, replace an expression by the simplest value of its type
 * ({@code 0#}, {@code I 0#}, {@code Nil}). A step is kept when the predicate still holds (the
 * caller checks that the program is well-formed, well-typed, and fails the same way); shrinking
 * stops when no step is kept or the attempts run out.
 */
final class Shrinker {

    private final Predicate<GeneratedProgram> stillFails;
    private int attemptsLeft;

    private Shrinker(Predicate<GeneratedProgram> stillFails, int attempts) {
        this.stillFails = stillFails;
        this.attemptsLeft = attempts;
    }

    static GeneratedProgram shrink(GeneratedProgram failing, Predicate<GeneratedProgram> stillFails, int attempts) {
        return new Shrinker(stillFails, attempts).shrink(failing);
    }

    private GeneratedProgram shrink(GeneratedProgram current) {
        boolean progress = true;
        while (progress && attemptsLeft > 0) {
            progress = false;
            for (Program candidate : candidates(current)) {
                if (attemptsLeft-- <= 0) break;
                GeneratedProgram smaller = current.with(candidate);
                if (stillFails.test(smaller)) {
                    current = smaller;
                    progress = true;
                    break;
                }
            }
        }
        return current;
    }

    /** Smaller programs, biggest cuts first. */
    private static List<Program> candidates(GeneratedProgram generated) {
        Program program = generated.program();
        List<Program> candidates = new ArrayList<>();
        for (Binding global : program.bindings()) {
            if (global.name().equals("main")) continue;
            List<Binding> rest = new ArrayList<>(program.bindings());
            rest.remove(global);
            candidates.add(new Program(rest));
        }
        for (Expr node : preorder(program)) {
            for (Expr simpler : simplifications(node, generated.exprTypes())) {
                generated.exprTypes().put(simpler, generated.exprTypes().get(node));
                candidates.add(new Replacement(node, simpler, generated.exprTypes()).program(program));
            }
        }
        return candidates;
    }

    private static List<Expr> simplifications(Expr node, IdentityHashMap<Expr, Type> types) {
        List<Expr> simpler = new ArrayList<>();
        if (node instanceof Expr.Let let) {
            simpler.add(let.body());
            if (let.bindings().size() > 1) {
                for (Binding b : let.bindings()) {
                    List<Binding> rest = new ArrayList<>(let.bindings());
                    rest.remove(b);
                    simpler.add(new Expr.Let(let.recursive(), rest, let.body(), let.span()));
                }
            }
        } else if (node instanceof Expr.Case c) {
            for (Alt alt : c.alts()) simpler.add(alt.body());
            for (int i = 0; i + 1 < c.alts().size(); i++) {
                List<Alt> rest = new ArrayList<>(c.alts());
                rest.remove(i);
                simpler.add(new Expr.Case(c.scrutinee(), rest, c.span()));
            }
        }
        Expr trivial = trivial(types.get(node));
        if (trivial != null && !sameShape(trivial, node)) simpler.add(trivial);
        return simpler;
    }

    private static Expr trivial(Type type) {
        if (type == Type.INT) return new Lit(0, Span.NONE);
        if (type == Type.BOX) return new Expr.ConApp("I", List.of(new Lit(0, Span.NONE)), Span.NONE);
        if (type == Type.LIST) return new Expr.ConApp("Nil", List.of(), Span.NONE);
        return null;
    }

    private static boolean sameShape(Expr trivial, Expr node) {
        if (trivial instanceof Lit a && node instanceof Lit b) return a.value() == b.value();
        if (trivial instanceof Expr.ConApp a && node instanceof Expr.ConApp b) {
            return a.constructor().equals(b.constructor()) && b.args().stream().allMatch(x -> x instanceof Lit l
                    && l.value() == 0);
        }
        return false;
    }

    private static List<Expr> preorder(Program program) {
        List<Expr> nodes = new ArrayList<>();
        for (Binding b : program.bindings()) collect(b.lambda().body(), nodes);
        return nodes;
    }

    private static void collect(Expr expr, List<Expr> into) {
        into.add(expr);
        if (expr instanceof Expr.Let let) {
            for (Binding b : let.bindings()) collect(b.lambda().body(), into);
            collect(let.body(), into);
        } else if (expr instanceof Expr.Case c) {
            collect(c.scrutinee(), into);
            for (Alt alt : c.alts()) collect(alt.body(), into);
        }
    }

    /**
     * Rebuilds the path from the root to one node (by identity); untouched subtrees keep their
     * identity, so the generator's types still describe them, and rebuilt nodes inherit types.
     */
    private record Replacement(Expr target, Expr replacement, IdentityHashMap<Expr, Type> types) {

        Program program(Program program) {
            return new Program(program.bindings().stream().map(this::binding).toList());
        }

        private Binding binding(Binding b) {
            LambdaForm lf = b.lambda();
            Expr body = expr(lf.body());
            return body == lf.body() ? b : new Binding(b.binder(),
                    new LambdaForm(lf.freeVars(), lf.updatable(), lf.params(), body, lf.span()));
        }

        private Expr expr(Expr e) {
            if (e == target) return replacement;
            Expr rebuilt = e;
            if (e instanceof Expr.Let let) {
                List<Binding> bindings = let.bindings().stream().map(this::binding).toList();
                Expr body = expr(let.body());
                if (body != let.body() || changed(bindings, let.bindings())) {
                    rebuilt = new Expr.Let(let.recursive(), bindings, body, let.span());
                }
            } else if (e instanceof Expr.Case c) {
                Expr scrutinee = expr(c.scrutinee());
                List<Alt> alts = c.alts().stream().map(this::alt).toList();
                if (scrutinee != c.scrutinee() || changed(alts, c.alts())) {
                    rebuilt = new Expr.Case(scrutinee, alts, c.span());
                }
            }
            if (rebuilt != e && types.containsKey(e)) types.put(rebuilt, types.get(e));
            return rebuilt;
        }

        private Alt alt(Alt alt) {
            Expr body = expr(alt.body());
            if (body == alt.body()) return alt;
            if (alt instanceof Alt.ConAlt a) return new Alt.ConAlt(a.constructor(), a.vars(), body, a.span());
            if (alt instanceof Alt.LitAlt a) return new Alt.LitAlt(a.value(), body, a.span());
            if (alt instanceof Alt.VarAlt a) return new Alt.VarAlt(a.var(), body, a.span());
            return new Alt.DefaultAlt(body, alt.span());
        }

        private static <T> boolean changed(List<T> now, List<T> before) {
            for (int i = 0; i < now.size(); i++) if (now.get(i) != before.get(i)) return true;
            return false;
        }
    }
}
