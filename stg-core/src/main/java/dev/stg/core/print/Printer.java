package dev.stg.core.print;

import dev.stg.core.syntax.Alt;
import dev.stg.core.syntax.Atom;
import dev.stg.core.syntax.Binder;
import dev.stg.core.syntax.Binding;
import dev.stg.core.syntax.Expr;
import dev.stg.core.syntax.FreeVarEntry;
import dev.stg.core.syntax.LambdaForm;
import dev.stg.core.syntax.Lit;
import dev.stg.core.syntax.Program;
import dev.stg.core.syntax.Var;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Prints the AST in the native dialect, free-variable lists in the nested {@code p{a b}}
 * notation. The output parses back to the same tree: alternatives are always braced, so no
 * expression ever needs parentheses. Whatever fits in {@link #WIDTH} columns stays on one line;
 * larger lets and cases break, one binding or alternative per line.
 */
public final class Printer {

    private static final int WIDTH = 80;
    private static final int STEP = 4;

    private Printer() {
    }

    /** One global binding per line, separated by {@code ;}. */
    public static String print(Program program) {
        return program.bindings().stream().map(Printer::print).collect(Collectors.joining(";\n\n", "", "\n"));
    }

    public static String print(Binding binding) {
        return binding(binding, 0);
    }

    public static String print(LambdaForm lambda) {
        return lambda(lambda, 0);
    }

    public static String print(Expr expr) {
        return expr(expr, 0, 0);
    }

    /** A binding starting at column {@code column} (0-based), its continuation lines indented as far. */
    private static String binding(Binding binding, int column) {
        return binding.name() + " = " + lambda(binding.lambda(), column);
    }

    /** A lambda form whose line is indented by {@code indent}; a body that does not fit goes on the next line. */
    private static String lambda(LambdaForm lambda, int indent) {
        String head = lambdaHead(lambda);
        String flat = flat(lambda.body());
        if (indent + head.length() + 1 + flat.length() <= WIDTH) return head + " " + flat;
        int inner = indent + STEP;
        return head + "\n" + spaces(inner) + expr(lambda.body(), inner, inner);
    }

    private static String lambdaHead(LambdaForm lambda) {
        StringBuilder head = new StringBuilder("\\");
        if (!lambda.freeVars().isEmpty()) head.append('(').append(freeVars(lambda.freeVars())).append(')');
        for (Binder param : lambda.params()) {
            if (head.length() > 1) head.append(' ');
            head.append(param.name());
        }
        return head.append(lambda.updatable() ? " =>" : " ->").toString();
    }

    private static String freeVars(List<FreeVarEntry> entries) {
        return entries.stream().map(Printer::freeVar).collect(Collectors.joining(" "));
    }

    private static String freeVar(FreeVarEntry entry) {
        if (entry instanceof FreeVarEntry.Parent parent) {
            return parent.name() + "{" + freeVars(parent.reached()) + "}";
        }
        return entry.name();
    }

    /**
     * {@code expr} starting at {@code column} on a line indented by {@code indent}: closing braces
     * line up with the line, let bindings and {@code in} with the {@code let}.
     */
    private static String expr(Expr expr, int indent, int column) {
        String flat = flat(expr);
        if (column + flat.length() <= WIDTH) return flat;
        if (expr instanceof Expr.Let let) return group(let.recursive() ? "letrec " : "let ", let.bindings(), let.body(), column);
        if (expr instanceof Expr.Join join) {
            return group(join.recursive() ? "joinrec " : "join ", join.bindings(), join.body(), column);
        }
        if (expr instanceof Expr.Case c) return caseExpr(c, indent, column);
        return flat;
    }

    /** A let, letrec, join or joinrec group: {@code keyword} ends with its space. */
    private static String group(String keyword, List<Binding> group, Expr body, int column) {
        int bindingColumn = column + keyword.length();
        String bindings = group.stream().map(b -> binding(b, bindingColumn))
                .collect(Collectors.joining(";\n" + spaces(bindingColumn)));
        return keyword + bindings + "\n" + spaces(column) + "in " + expr(body, column, column + 3);
    }

    private static String caseExpr(Expr.Case c, int indent, int column) {
        int altIndent = indent + STEP;
        String alts = c.alts().stream().map(a -> spaces(altIndent) + alt(a, altIndent))
                .collect(Collectors.joining(";\n"));
        return "case " + expr(c.scrutinee(), indent, column + 5) + " of {\n" + alts + "\n" + spaces(indent) + "}";
    }

    private static String alt(Alt alt, int indent) {
        String pattern = pattern(alt) + " -> ";
        return pattern + expr(alt.body(), indent, indent + pattern.length());
    }

    private static String flat(Expr expr) {
        return expr.accept(new Expr.Visitor<>() {
            @Override
            public String let(Expr.Let let) {
                return flatGroup(let.recursive() ? "letrec " : "let ", let.bindings(), let.body());
            }

            @Override
            public String join(Expr.Join join) {
                return flatGroup(join.recursive() ? "joinrec " : "join ", join.bindings(), join.body());
            }

            @Override
            public String caseOf(Expr.Case c) {
                String alts = c.alts().stream().map(a -> pattern(a) + " -> " + flat(a.body()))
                        .collect(Collectors.joining("; "));
                return "case " + flat(c.scrutinee()) + " of { " + alts + " }";
            }

            @Override
            public String app(Expr.App app) {
                return application(app.function().name(), app.args());
            }

            @Override
            public String conApp(Expr.ConApp con) {
                return application(con.constructor(), con.args());
            }

            @Override
            public String primApp(Expr.PrimApp prim) {
                return application(prim.op().symbol(), prim.args());
            }

            @Override
            public String lit(Lit lit) {
                return literal(lit.value());
            }
        });
    }

    private static String flatGroup(String keyword, List<Binding> group, Expr body) {
        String bindings = group.stream().map(b -> b.name() + " = " + lambdaHead(b.lambda()) + " "
                + flat(b.lambda().body())).collect(Collectors.joining("; "));
        return keyword + bindings + " in " + flat(body);
    }

    private static String pattern(Alt alt) {
        if (alt instanceof Alt.ConAlt con) {
            StringBuilder pattern = new StringBuilder(con.constructor());
            for (Binder var : con.vars()) pattern.append(' ').append(var.name());
            return pattern.toString();
        } else if (alt instanceof Alt.LitAlt lit) {
            return literal(lit.value());
        } else if (alt instanceof Alt.VarAlt var) {
            return var.var().name();
        }
        return "default";
    }

    private static String application(String head, List<Atom> args) {
        StringBuilder out = new StringBuilder(head);
        for (Atom arg : args) out.append(' ').append(atom(arg));
        return out.toString();
    }

    /** A negative literal is one token ({@code -2#}), never parenthesised. */
    private static String atom(Atom atom) {
        return atom instanceof Var v ? v.name() : literal(((Lit) atom).value());
    }

    private static String literal(long value) {
        return value + "#";
    }

    private static String spaces(int n) {
        return " ".repeat(n);
    }
}
