package dev.stg.core.syntax;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the short form of nested entries. In {@code p{a b}} a name that {@code p} does not hold
 * itself but reaches through one of its own nested entries stands for the path to it: if
 * {@code p} holds {@code q{a}}, {@code p{a}} means {@code p{q{a}}}. The printer writes entries
 * so, naming what a closure reads through its parent and not the chain of heads on the way
 * (which made a chain nested through its parents at every level print entries as deep as the
 * chain: text quadratic in depth). This pass restores the heads, so every later pass sees the
 * full form. Heads are found where the checker resolves them ({@code FreeVarListChecker}): the
 * closure running in the scope, a let/letrec/join binder, or a closure reached through an
 * entry of the running closure, which holds only what that entry lists. A name found nowhere
 * is left as written, for the checker to report. In a valid program every name an entry
 * reaches is the binder that name means where the closure is built, so whichever path reaches
 * it reaches the same value; the first one, parent's fields in order, is taken.
 *
 * <p>A program without short entries comes back as the same object, its nodes untouched.
 *
 * <p>The printer asks the converse ({@link #shortLists}): the short form of each list, used only
 * where expanding it here gives the list back, so whatever it prints reads back as the same tree.
 */
public final class NestedEntryPaths {

    /** What a name in scope holds: a closure's entries, or nothing known (a parameter, a pattern variable). */
    private record View(List<FreeVarEntry> held) {
        static final View NONE = new View(null);
    }

    private final Map<String, ArrayDeque<View>> scope = new HashMap<>();
    private final Map<List<FreeVarEntry>, Map<String, FreeVarEntry>> indexes = new IdentityHashMap<>();
    /** Null when only expanding; for the printer, each lambda-form's list in short form where it differs. */
    private final Map<LambdaForm, List<FreeVarEntry>> shortLists;

    private NestedEntryPaths(Map<LambdaForm, List<FreeVarEntry>> shortLists) {
        this.shortLists = shortLists;
    }

    public static Program expand(Program program) {
        return new NestedEntryPaths(null).globals(program);
    }

    /**
     * For each lambda-form of the bindings whose list can be written shorter, the short list:
     * keyed by identity, for the printer. Each binding is looked at on its own, as globals are
     * (they hold nothing, so no entry reaches across them).
     */
    public static Map<LambdaForm, List<FreeVarEntry>> shortLists(List<Binding> bindings) {
        NestedEntryPaths paths = new NestedEntryPaths(new IdentityHashMap<>());
        for (Binding b : bindings) paths.closure(b, paths.entries(b.lambda()));
        return paths.shortLists;
    }

    /** The same for an expression printed on its own: only the closures it builds are known there. */
    public static Map<LambdaForm, List<FreeVarEntry>> shortLists(Expr expr) {
        NestedEntryPaths paths = new NestedEntryPaths(new IdentityHashMap<>());
        paths.expr(expr);
        return paths.shortLists;
    }

    private Program globals(Program program) {
        List<Binding> globals = new ArrayList<>();
        boolean changed = false;
        for (Binding b : program.bindings()) {
            Binding expanded = closure(b, entries(b.lambda()));
            changed |= expanded != b;
            globals.add(expanded);
        }
        return changed ? new Program(program.dataDecls(), globals) : program;
    }

    /** A closure's or join point's right-hand side, its entries already expanded where it is built. */
    private Binding closure(Binding b, List<FreeVarEntry> entries) {
        LambdaForm lambda = b.lambda();
        List<String> pushed = new ArrayList<>();
        push(b.name(), new View(entries), pushed);
        heads(entries, pushed);
        for (Binder param : lambda.params()) push(param.name(), View.NONE, pushed);
        Expr body = expr(lambda.body());
        pop(pushed);
        if (body == lambda.body() && entries == lambda.freeVars()) return b;
        return new Binding(b.binder(), new LambdaForm(entries, lambda.updatable(), lambda.params(), body, lambda.span()));
    }

    /** In a closure's body, each head of its nested entries names the closure it points to, holding what the entry lists. */
    private void heads(List<FreeVarEntry> entries, List<String> pushed) {
        for (FreeVarEntry entry : entries) {
            if (entry instanceof FreeVarEntry.Parent p) {
                push(p.name(), new View(p.reached()), pushed);
                heads(p.reached(), pushed);
            }
        }
    }

    private Expr expr(Expr expr) {
        return expr.accept(new Expr.StructureVisitor<>() {
            @Override
            public Expr let(Expr.Let let) {
                List<Binding> bindings = new ArrayList<>();
                Expr body = group(let.recursive(), let.bindings(), let.body(), bindings);
                return body == let.body() && same(bindings, let.bindings()) ? let
                        : new Expr.Let(let.recursive(), bindings, body, let.span());
            }

            @Override
            public Expr join(Expr.Join join) {
                List<Binding> bindings = new ArrayList<>();
                Expr body = group(join.recursive(), join.bindings(), join.body(), bindings);
                return body == join.body() && same(bindings, join.bindings()) ? join
                        : new Expr.Join(join.recursive(), bindings, body, join.span());
            }

            @Override
            public Expr caseOf(Expr.Case c) {
                Expr scrutinee = expr(c.scrutinee());
                List<Alt> alts = new ArrayList<>();
                boolean changed = scrutinee != c.scrutinee();
                for (Alt alt : c.alts()) {
                    List<String> pushed = new ArrayList<>();
                    for (Binder binder : alt.binders()) push(binder.name(), View.NONE, pushed);
                    Expr body = expr(alt.body());
                    pop(pushed);
                    changed |= body != alt.body();
                    alts.add(body == alt.body() ? alt : alt.withBody(body));
                }
                return changed ? new Expr.Case(scrutinee, alts, c.span()) : c;
            }

            @Override
            public Expr atomic(Expr.Atomic leaf) {
                return leaf;
            }
        });
    }

    /**
     * A let/letrec or join group: each list is read where the group is built, each right-hand
     * side with the group in scope only if it is recursive, and the body with the group in scope.
     * In a recursive group's lists a member is a head whose short entries are not expanded (its
     * own list is being read too): written in full they stay as written, and the printer, which
     * shortens only what this expands back, leaves them so.
     */
    private Expr group(boolean recursive, List<Binding> group, Expr body, List<Binding> into) {
        List<String> pushed = new ArrayList<>();
        if (recursive) for (Binding b : group) push(b.name(), View.NONE, pushed);
        List<List<FreeVarEntry>> lists = new ArrayList<>();
        for (Binding b : group) lists.add(entries(b.lambda()));
        pop(pushed);
        if (!recursive) for (int i = 0; i < group.size(); i++) into.add(closure(group.get(i), lists.get(i)));
        for (int i = 0; i < group.size(); i++) push(group.get(i).name(), new View(lists.get(i)), pushed);
        if (recursive) for (int i = 0; i < group.size(); i++) into.add(closure(group.get(i), lists.get(i)));
        Expr result = expr(body);
        pop(pushed);
        return result;
    }

    /**
     * A closure's list as built here: each nested entry with the heads its short form leaves
     * out. For the printer, also its short form, kept where it expands back to this list.
     */
    private List<FreeVarEntry> entries(LambdaForm lambda) {
        List<FreeVarEntry> entries = lambda.freeVars();
        List<FreeVarEntry> expanded = new ArrayList<>(entries.size());
        List<FreeVarEntry> shortened = new ArrayList<>(entries.size());
        boolean changed = false;
        boolean shorter = false;
        for (FreeVarEntry entry : entries) {
            FreeVarEntry e = entry;
            FreeVarEntry s = entry;
            View head = entry instanceof FreeVarEntry.Parent ? lookup(entry.name()) : null;
            if (head != null && head.held() != null) {
                FreeVarEntry.Parent p = (FreeVarEntry.Parent) entry;
                FreeVarEntry.Parent full = full(p, head.held());
                if (!full.equals(p)) e = full;
                if (shortLists != null) {
                    FreeVarEntry.Parent candidate = new FreeVarEntry.Parent(p.name(), p.span(), leaves(full.reached()));
                    if (sameShape(full(candidate, head.held()), full)) s = candidate;
                }
            }
            changed |= e != entry;
            shorter |= s != entry;
            expanded.add(e);
            shortened.add(s);
        }
        if (shorter) shortLists.put(lambda, shortened);
        return changed ? expanded : entries;
    }

    /** {@code p} with every name it reaches put where {@code held} (what p's head holds) holds it. */
    private FreeVarEntry.Parent full(FreeVarEntry.Parent p, List<FreeVarEntry> held) {
        if (full(p.reached(), held)) return p;
        Head built = new Head(p.name(), p.span());
        for (FreeVarEntry r : p.reached()) built.insert(r, held);
        return built.entry();
    }

    /**
     * Whether every name is held where it is written (the nesting pass's output, and lists
     * already read): then there is nothing to restore, and no entry to rebuild.
     */
    private boolean full(List<FreeVarEntry> reached, List<FreeVarEntry> held) {
        Map<String, FreeVarEntry> byName = index(held);
        for (FreeVarEntry r : reached) {
            FreeVarEntry holder = byName.get(r.name());
            if (holder == null) return false;
            if (r instanceof FreeVarEntry.Parent written && holder instanceof FreeVarEntry.Parent inner
                    && !full(written.reached(), inner.reached())) {
                return false;
            }
        }
        return true;
    }

    /** What the entries reach, without the heads on the way; a head reaching nothing is read itself and stays. */
    private static List<FreeVarEntry> leaves(List<FreeVarEntry> entries) {
        List<FreeVarEntry> leaves = new ArrayList<>();
        for (FreeVarEntry entry : entries) {
            if (entry instanceof FreeVarEntry.Parent p && !p.reached().isEmpty()) {
                leaves.addAll(leaves(p.reached()));
            } else {
                leaves.add(entry);
            }
        }
        return leaves;
    }

    /** The same entries, spans aside (a restored head takes the span of the first name under it). */
    private static boolean sameShape(FreeVarEntry a, FreeVarEntry b) {
        if (!a.name().equals(b.name())) return false;
        if (a instanceof FreeVarEntry.Parent pa && b instanceof FreeVarEntry.Parent pb) {
            if (pa.reached().size() != pb.reached().size()) return false;
            for (int i = 0; i < pa.reached().size(); i++) if (!sameShape(pa.reached().get(i), pb.reached().get(i))) return false;
            return true;
        }
        return a instanceof FreeVarEntry.Plain && b instanceof FreeVarEntry.Plain;
    }

    /** A nested entry being rebuilt: what it reaches, written entries and heads restored on the way. */
    private final class Head {
        private final String name;
        private final Span span;
        /** {@link FreeVarEntry} as written, or {@link Head}. */
        private final List<Object> items = new ArrayList<>();
        private final Map<String, Head> heads = new HashMap<>();

        Head(String name, Span span) {
            this.name = name;
            this.span = span;
        }

        /** Puts {@code r}, reached through a closure holding {@code view}, where it is held. */
        void insert(FreeVarEntry r, List<FreeVarEntry> view) {
            List<FreeVarEntry.Parent> path = pathTo(view, r.name());
            if (path == null) {
                items.add(r);
                return;
            }
            Head at = this;
            List<FreeVarEntry> held = view;
            for (int i = path.size() - 1; i >= 0; i--) {
                at = at.head(path.get(i).name(), r.span());
                held = path.get(i).reached();
            }
            FreeVarEntry holder = index(held).get(r.name());
            if (r instanceof FreeVarEntry.Parent written && holder instanceof FreeVarEntry.Parent inner) {
                Head nested = at.head(written.name(), written.span());
                for (FreeVarEntry w : written.reached()) nested.insert(w, inner.reached());
            } else if (!(r instanceof FreeVarEntry.Plain && at.heads.containsKey(r.name()))) {
                at.items.add(r);
            }
        }

        /** The head {@code name} among these items; a plain entry of that name becomes it (a head provides its name). */
        private Head head(String headName, Span at) {
            Head existing = heads.get(headName);
            if (existing != null) return existing;
            Head created = new Head(headName, at);
            heads.put(headName, created);
            int plain = -1;
            for (int i = 0; i < items.size() && plain < 0; i++) {
                if (items.get(i) instanceof FreeVarEntry.Plain p && p.name().equals(headName)) plain = i;
            }
            if (plain >= 0) {
                items.set(plain, created);
            } else {
                items.add(created);
            }
            return created;
        }

        FreeVarEntry.Parent entry() {
            List<FreeVarEntry> reached = new ArrayList<>(items.size());
            for (Object item : items) reached.add(item instanceof Head h ? h.entry() : (FreeVarEntry) item);
            return new FreeVarEntry.Parent(name, span, reached);
        }
    }

    /**
     * The nested entries on the way to {@code name} in {@code view}, innermost first: none if
     * the view holds it itself, null if it is not there at all. Fields are searched in order,
     * each one's own entries before the next field.
     */
    private List<FreeVarEntry.Parent> pathTo(List<FreeVarEntry> view, String name) {
        if (index(view).containsKey(name)) return new ArrayList<>();
        for (FreeVarEntry entry : view) {
            if (entry instanceof FreeVarEntry.Parent p) {
                List<FreeVarEntry.Parent> below = pathTo(p.reached(), name);
                if (below != null) {
                    below.add(p);
                    return below;
                }
            }
        }
        return null;
    }

    /** The entries of a list by name (the first of a name), made once per list: lists are shared by every closure seeing them. */
    private Map<String, FreeVarEntry> index(List<FreeVarEntry> view) {
        return indexes.computeIfAbsent(view, v -> {
            Map<String, FreeVarEntry> byName = new HashMap<>();
            for (FreeVarEntry entry : v) byName.putIfAbsent(entry.name(), entry);
            return byName;
        });
    }

    private void push(String name, View view, List<String> pushed) {
        scope.computeIfAbsent(name, n -> new ArrayDeque<>()).push(view);
        pushed.add(name);
    }

    private void pop(List<String> pushed) {
        for (int i = pushed.size() - 1; i >= 0; i--) {
            ArrayDeque<View> views = scope.get(pushed.get(i));
            views.pop();
            if (views.isEmpty()) scope.remove(pushed.get(i));
        }
        pushed.clear();
    }

    private View lookup(String name) {
        ArrayDeque<View> views = scope.get(name);
        return views == null ? null : views.peek();
    }

    private static boolean same(List<Binding> rebuilt, List<Binding> original) {
        for (int i = 0; i < original.size(); i++) if (rebuilt.get(i) != original.get(i)) return false;
        return true;
    }
}
