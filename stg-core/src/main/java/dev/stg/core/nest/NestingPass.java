package dev.stg.core.nest;

import dev.stg.core.syntax.Alt;
import dev.stg.core.syntax.Binder;
import dev.stg.core.syntax.Binding;
import dev.stg.core.syntax.Expr;
import dev.stg.core.syntax.FreeVarEntry;
import dev.stg.core.syntax.LambdaForm;
import dev.stg.core.syntax.Program;
import dev.stg.core.syntax.Span;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Walks a program with exact flat lists top-down, keeping the names in scope and the current
 * closure, and gives every let/letrec-bound closure its parent when {@link ParentChooser} finds
 * one. Top-down matters: a closure's fields are decided before its body is walked, so the
 * closures built there see its nested entries as ancestors.
 */
final class NestingPass {

    private final NestingOptions options;

    NestingPass(NestingOptions options) {
        this.options = options;
    }

    Program program(Program flat) {
        List<Binding> globals = new ArrayList<>();
        for (Binding b : flat.bindings()) {
            Holder self = holder(b, new BinderId(b.name()), List.of());
            globals.add(new Binding(b.binder(), closure(b.lambda(), b.lambda().freeVars(),
                    new Current(self, Names.EMPTY))));
        }
        return new Program(globals);
    }

    private LambdaForm closure(LambdaForm lambda, List<FreeVarEntry> entries, Current current) {
        Names body = current.atEntry().bindFresh(lambda.params());
        return new LambdaForm(entries, lambda.updatable(), lambda.params(), expr(lambda.body(), body, current),
                lambda.span());
    }

    private Expr expr(Expr expr, Names names, Current current) {
        if (expr instanceof Expr.Let let) return let(let, names, current);
        if (expr instanceof Expr.Case c) {
            List<Alt> alts = new ArrayList<>();
            for (Alt alt : c.alts()) {
                alts.add(withBody(alt, expr(alt.body(), names.bindFresh(patternBinders(alt)), current)));
            }
            return new Expr.Case(expr(c.scrutinee(), names, current), alts, c.span());
        }
        return expr;
    }

    private Expr let(Expr.Let let, Names names, Current current) {
        Names withGroup = names.bindFresh(let.bindings().stream().map(Binding::binder).toList());
        Names site = let.recursive() ? withGroup : names;
        List<Binding> bindings = new ArrayList<>();
        for (Binding b : let.bindings()) {
            bindings.add(built(b, withGroup.lookup(b.name()), site, current));
        }
        return new Expr.Let(let.recursive(), bindings, expr(let.body(), withGroup, current), let.span());
    }

    /** One closure built at {@code site}: its fields (with a parent if one pays), then its body. */
    private Binding built(Binding binding, BinderId id, Names site, Current current) {
        LambdaForm lambda = binding.lambda();
        Map<String, Span> spans = new LinkedHashMap<>();
        List<Field> fields = new ArrayList<>();
        for (FreeVarEntry entry : lambda.freeVars()) {
            spans.put(entry.name(), entry.span());
            fields.add(new Field.Plain(entry.name(), site.lookup(entry.name())));
        }
        Optional<ParentChooser.Choice> choice = isConstructorLayout(lambda) ? Optional.empty()
                : ParentChooser.choose(options, lambda, site, current);
        if (choice.isPresent()) fields = withParent(choice.get().entry(), fields);
        Holder self = holder(binding, id, fields);
        return new Binding(binding.binder(),
                closure(lambda, Field.toEntries(fields, spans), new Current(self, site)));
    }

    /** The parent entry first, then the flat fields it does not reach, in their order. */
    private static List<Field> withParent(Field.Parent parent, List<Field> flat) {
        List<Field> fields = new ArrayList<>();
        fields.add(parent);
        for (Field f : flat) if (!reaches(parent, f)) fields.add(f);
        return fields;
    }

    private static boolean reaches(Field.Parent parent, Field plain) {
        if (parent.name().equals(plain.name()) && parent.id() == plain.id()) return true;
        for (Field r : parent.reached()) {
            if (r instanceof Field.Parent p ? reaches(p, plain) : r.equals(plain)) return true;
        }
        return false;
    }

    private Holder holder(Binding binding, BinderId id, List<Field> fields) {
        LambdaForm lambda = binding.lambda();
        return new Holder(binding.name(), id, lambda.updatable(), isConstructorLayout(lambda), fields);
    }

    /** As the machine decides: a non-updatable closure with no parameters whose body is a constructor. */
    private static boolean isConstructorLayout(LambdaForm lambda) {
        return !lambda.updatable() && !lambda.isFunction() && lambda.body() instanceof Expr.ConApp;
    }

    private static List<Binder> patternBinders(Alt alt) {
        if (alt instanceof Alt.ConAlt con) return con.vars();
        if (alt instanceof Alt.VarAlt var) return List.of(var.var());
        return List.of();
    }

    private static Alt withBody(Alt alt, Expr body) {
        if (alt instanceof Alt.ConAlt a) return new Alt.ConAlt(a.constructor(), a.vars(), body, a.span());
        if (alt instanceof Alt.LitAlt a) return new Alt.LitAlt(a.value(), body, a.span());
        if (alt instanceof Alt.VarAlt a) return new Alt.VarAlt(a.var(), body, a.span());
        return new Alt.DefaultAlt(body, alt.span());
    }
}
