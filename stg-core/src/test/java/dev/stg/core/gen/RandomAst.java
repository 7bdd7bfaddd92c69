package dev.stg.core.gen;

import dev.stg.core.syntax.Alt;
import dev.stg.core.syntax.Atom;
import dev.stg.core.syntax.Binding;
import dev.stg.core.syntax.Expr;
import dev.stg.core.syntax.FreeVarEntry;
import dev.stg.core.syntax.LambdaForm;
import dev.stg.core.syntax.PrimOp;
import dev.stg.core.syntax.Program;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * Seeded random syntax trees (all spans {@code Span.NONE}): well-formed as syntax, with names
 * that are valid and not reserved, but not necessarily well-scoped. The same seed always gives
 * the same program, so a failing seed reproduces.
 */
public final class RandomAst {

    private static final Set<String> RESERVED = Set.of("let", "letrec", "in", "case", "of", "default");
    private static final long[] EDGE_LITERALS = {0, 1, -1, Long.MAX_VALUE, Long.MIN_VALUE, Integer.MIN_VALUE};

    private final Random random;
    private final int maxDepth;

    public RandomAst(long seed, int maxDepth) {
        this.random = new Random(seed);
        this.maxDepth = maxDepth;
    }

    public RandomAst(long seed) {
        this(seed, 5);
    }

    public Program program() {
        List<Binding> bindings = new ArrayList<>();
        int count = 1 + random.nextInt(4);
        for (int i = 0; i < count; i++) bindings.add(binding(0));
        return new Program(bindings);
    }

    private Binding binding(int depth) {
        return Ast.bind(varName(), lambda(depth));
    }

    private LambdaForm lambda(int depth) {
        List<FreeVarEntry> free = freeVars(random.nextInt(4), 0);
        Expr body = expr(depth + 1);
        if (random.nextInt(3) == 0) return Ast.thunk(free, body);
        List<String> params = new ArrayList<>();
        int arity = random.nextInt(4);
        for (int i = 0; i < arity; i++) params.add(varName());
        return Ast.fun(free, params, body);
    }

    private List<FreeVarEntry> freeVars(int count, int nesting) {
        List<FreeVarEntry> entries = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            boolean parent = nesting < 3 && random.nextInt(4) == 0;
            entries.add(parent
                    ? Ast.parent(varName(), freeVars(random.nextInt(3), nesting + 1).toArray(FreeVarEntry[]::new))
                    : Ast.plain(varName()));
        }
        return entries;
    }

    private Expr expr(int depth) {
        int choice = random.nextInt(depth >= maxDepth ? 4 : 8);
        switch (choice) {
            case 0: return Ast.app(varName(), atoms());
            case 1: return Ast.con(conName(), atoms());
            case 2: return primApp();
            case 3: return Ast.lit(literal());
            case 4: return let(depth, false);
            case 5: return let(depth, true);
            default: return caseExpr(depth);
        }
    }

    private Expr primApp() {
        PrimOp[] ops = PrimOp.values();
        PrimOp op = ops[random.nextInt(ops.length)];
        Atom[] args = new Atom[op.arity()];
        for (int i = 0; i < args.length; i++) args[i] = atom();
        return Ast.prim(op, args);
    }

    private Expr let(int depth, boolean recursive) {
        int count = 1 + random.nextInt(3);
        Binding[] bindings = new Binding[count];
        for (int i = 0; i < count; i++) bindings[i] = binding(depth + 1);
        Expr body = expr(depth + 1);
        return recursive ? Ast.letrec(body, bindings) : Ast.let(body, bindings);
    }

    /** Constructor or literal alternatives, optionally closed by a default, or a lone default. */
    private Expr caseExpr(int depth) {
        List<Alt> alts = new ArrayList<>();
        int kind = random.nextInt(3);
        int count = kind == 2 ? 0 : 1 + random.nextInt(3);
        for (int i = 0; i < count; i++) {
            alts.add(kind == 0 ? Ast.conAlt(conName(), names(random.nextInt(3)), expr(depth + 1))
                    : Ast.litAlt(literal(), expr(depth + 1)));
        }
        if (count == 0 || random.nextBoolean()) {
            alts.add(random.nextBoolean() ? Ast.defaultAlt(expr(depth + 1)) : Ast.varAlt(varName(), expr(depth + 1)));
        }
        return Ast.caseOf(expr(depth + 1), alts.toArray(Alt[]::new));
    }

    private Atom[] atoms() {
        Atom[] atoms = new Atom[random.nextInt(4)];
        for (int i = 0; i < atoms.length; i++) atoms[i] = atom();
        return atoms;
    }

    private Atom atom() {
        return random.nextInt(3) == 0 ? Ast.lit(literal()) : Ast.var(varName());
    }

    private long literal() {
        int choice = random.nextInt(4);
        if (choice == 0) return EDGE_LITERALS[random.nextInt(EDGE_LITERALS.length)];
        if (choice == 1) return random.nextLong();
        return random.nextInt(201) - 100;
    }

    private List<String> names(int count) {
        List<String> names = new ArrayList<>();
        for (int i = 0; i < count; i++) names.add(varName());
        return names;
    }

    private String varName() {
        while (true) {
            String name = pick("abfxyz_") + tail();
            if (!RESERVED.contains(name)) return name;
        }
    }

    private String conName() {
        return pick("ABCINT") + tail() + (random.nextInt(4) == 0 ? "#" : "");
    }

    private String tail() {
        StringBuilder tail = new StringBuilder();
        int length = random.nextInt(4);
        for (int i = 0; i < length; i++) tail.append(pick("aeilnt09_'"));
        return tail.toString();
    }

    private char pick(String chars) {
        return chars.charAt(random.nextInt(chars.length()));
    }
}
