package dev.stg.core.nest;

import dev.stg.core.syntax.Alt;
import dev.stg.core.syntax.Binding;
import dev.stg.core.syntax.Expr;
import dev.stg.core.syntax.FreeVarEntry;
import dev.stg.core.syntax.LambdaForm;
import dev.stg.core.syntax.Program;
import dev.stg.core.syntax.Span;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.Set;
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
    private final Names names = new Names();
    /** The closures built so far in the current body, when siblings may be parents. */
    private Siblings siblings = new Siblings();

    NestingPass(NestingOptions options) {
        this.options = options;
    }

    Program program(Program flat) {
        List<Binding> globals = new ArrayList<>();
        for (Binding b : flat.bindings()) {
            Holder self = holder(b, new BinderId(b.name()), List.of());
            globals.add(new Binding(b.binder(), closure(b.lambda(), b.lambda().freeVars(), self)));
        }
        return new Program(flat.dataDecls(), globals);
    }

    /** A closure's or join point's right-hand side: a new body, where no sibling is built yet. */
    private LambdaForm closure(LambdaForm lambda, List<FreeVarEntry> entries, Holder self) {
        Siblings outer = siblings;
        siblings = new Siblings();
        LambdaForm result = body(lambda, entries, self);
        siblings = outer;
        return result;
    }

    private LambdaForm body(LambdaForm lambda, List<FreeVarEntry> entries, Holder current) {
        Names.Saved params = names.bind(lambda.params());
        Expr body = expr(lambda.body(), current);
        names.unbind(params);
        return new LambdaForm(entries, lambda.updatable(), lambda.params(), body, lambda.span());
    }

    private Expr expr(Expr expr, Holder current) {
        return expr.accept(new Expr.StructureVisitor<>() {
            @Override
            public Expr let(Expr.Let let) {
                return NestingPass.this.let(let, current);
            }

            @Override
            public Expr join(Expr.Join join) {
                return NestingPass.this.join(join, current);
            }

            @Override
            public Expr caseOf(Expr.Case c) {
                Expr scrutinee = expr(c.scrutinee(), current);
                List<Alt> alts = new ArrayList<>();
                for (Alt alt : c.alts()) {
                    Names.Saved pattern = names.bind(alt.binders());
                    alts.add(alt.withBody(expr(alt.body(), current)));
                    names.unbind(pattern);
                }
                return new Expr.Case(scrutinee, alts, c.span());
            }

            @Override
            public Expr atomic(Expr.Atomic leaf) {
                return leaf;
            }
        });
    }

    private Expr let(Expr.Let let, Holder current) {
        List<String> groupNames = let.bindings().stream().map(Binding::name).toList();
        List<BinderId> ids = groupNames.stream().map(BinderId::new).toList();
        Names.Saved group = let.recursive() ? names.bind(groupNames, ids) : null;
        List<Binding> bindings = new ArrayList<>();
        List<Holder> built = new ArrayList<>();
        for (int i = 0; i < ids.size(); i++) {
            Built b = built(let.bindings().get(i), ids.get(i), current);
            bindings.add(b.binding());
            built.add(b.holder());
        }
        if (group == null) group = names.bind(groupNames, ids);
        if (options.siblings()) built.forEach(siblings::add);
        Expr body = expr(let.body(), current);
        if (options.siblings()) for (int i = built.size() - 1; i >= 0; i--) siblings.remove(built.get(i));
        names.unbind(group);
        return new Expr.Let(let.recursive(), bindings, body, let.span());
    }

    /**
     * A join point has no heap object: it is never a parent and holds no parent pointer, so its
     * list stays flat. Its right-hand side reads only what that flat list holds, so a closure
     * built there may point only to closures built there too ({@link Holder#joinPoint}); the
     * body after {@code in} runs in the current closure's body, and nests as that body does.
     */
    private Expr join(Expr.Join join, Holder current) {
        List<String> groupNames = join.bindings().stream().map(Binding::name).toList();
        List<BinderId> ids = groupNames.stream().map(BinderId::new).toList();
        Names.Saved group = join.recursive() ? names.bind(groupNames, ids) : null;
        List<Binding> bindings = new ArrayList<>();
        for (int i = 0; i < ids.size(); i++) {
            Binding b = join.bindings().get(i);
            bindings.add(new Binding(b.binder(), closure(b.lambda(), b.lambda().freeVars(),
                    Holder.joinPoint(b.name(), ids.get(i)))));
        }
        if (group == null) group = names.bind(groupNames, ids);
        Expr body = expr(join.body(), current);
        names.unbind(group);
        return new Expr.Join(join.recursive(), bindings, body, join.span());
    }

    /** A closure as rewritten, and its final fields as a candidate for the closures built after it. */
    private record Built(Binding binding, Holder holder) {
    }

    /** One closure built where the pass is: its fields (with a parent if one pays), then its body. */
    private Built built(Binding binding, BinderId id, Holder current) {
        LambdaForm lambda = binding.lambda();
        Map<String, Span> spans = new LinkedHashMap<>();
        List<Field> fields = new ArrayList<>();
        Set<BinderId> used = new HashSet<>();
        for (FreeVarEntry entry : lambda.freeVars()) {
            spans.put(entry.name(), entry.span());
            BinderId binder = names.lookup(entry.name());
            fields.add(new Field.Plain(entry.name(), binder));
            used.add(binder);
        }
        Optional<ParentChooser.Choice> choice = lambda.laidOutAsConstructor() ? Optional.empty()
                : ParentChooser.choose(options, used, current, options.siblings() ? siblings.holding(used) : List.of());
        if (choice.isPresent()) fields = withParent(choice.get().entry(), fields);
        Holder self = holder(binding, id, fields);
        LambdaForm nested = closure(lambda, Field.toEntries(fields, spans), self);
        Field.Plain ownField = new Field.Plain(binding.name(), id);
        if (fields.contains(ownField) && !SelfReference.readsOwnField(nested, binding.name())) {
            fields.remove(ownField);
            nested = new LambdaForm(Field.toEntries(fields, spans), nested.updatable(), nested.params(),
                    nested.body(), nested.span());
        }
        return new Built(new Binding(binding.binder(), nested), holder(binding, id, fields));
    }

    /** The parent entry first, then the flat fields it does not reach, in their order. */
    private static List<Field> withParent(Field.Parent parent, List<Field> flat) {
        Set<BinderId> reached = new HashSet<>();
        collectReached(parent, reached);
        List<Field> fields = new ArrayList<>();
        fields.add(parent);
        for (Field f : flat) if (!reached.contains(f.id())) fields.add(f);
        return fields;
    }

    private static void collectReached(Field field, Set<BinderId> into) {
        into.add(field.id());
        if (field instanceof Field.Parent p) p.reached().forEach(r -> collectReached(r, into));
    }

    private Holder holder(Binding binding, BinderId id, List<Field> fields) {
        LambdaForm lambda = binding.lambda();
        return new Holder(binding.name(), id, lambda.updatable(), lambda.laidOutAsConstructor(), fields);
    }
}
