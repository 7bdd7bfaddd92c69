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
    private static final String STEP = "    ";

    private Printer() {
    }

    /** One global binding per line, separated by {@code ;}. */
    public static String print(Program program) {
        return program.bindings().stream().map(Printer::print).collect(Collectors.joining(";\n", "", "\n"));
    }

    public static String print(Binding binding) {
        return binding(binding, "");
    }

    public static String print(LambdaForm lambda) {
        return lambda(lambda, "");
    }

    public static String print(Expr expr) {
        return expr(expr, "");
    }

    private static String binding(Binding binding, String indent) {
        return binding.name() + " = " + lambda(binding.lambda(), indent);
    }

    private static String lambda(LambdaForm lambda, String indent) {
        String head = lambdaHead(lambda);
        String flat = flat(lambda.body());
        if (fits(indent, head + " " + flat)) return head + " " + flat;
        String inner = indent + STEP;
        return head + "\n" + inner + expr(lambda.body(), inner);
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

    /** {@code expr} laid out for text whose continuation lines start at {@code indent}. */
    private static String expr(Expr expr, String indent) {
        String flat = flat(expr);
        if (fits(indent, flat)) return flat;
        if (expr instanceof Expr.Let let) return let(let, indent);
        if (expr instanceof Expr.Case c) return caseExpr(c, indent);
        return flat;
    }

    private static String let(Expr.Let let, String indent) {
        String keyword = let.recursive() ? "letrec " : "let ";
        String bindingIndent = indent + " ".repeat(keyword.length());
        String bindings = let.bindings().stream().map(b -> binding(b, bindingIndent))
                .collect(Collectors.joining(";\n" + bindingIndent));
        return keyword + bindings + "\n" + indent + "in " + expr(let.body(), indent + "   ");
    }

    private static String caseExpr(Expr.Case c, String indent) {
        String altIndent = indent + STEP;
        String alts = c.alts().stream().map(a -> altIndent + alt(a, altIndent)).collect(Collectors.joining(";\n"));
        return "case " + expr(c.scrutinee(), indent + "     ") + " of {\n" + alts + "\n" + indent + "}";
    }

    private static String alt(Alt alt, String indent) {
        return pattern(alt) + " -> " + expr(alt.body(), indent);
    }

    private static String flat(Expr expr) {
        if (expr instanceof Expr.Let let) {
            String bindings = let.bindings().stream().map(b -> b.name() + " = " + lambdaHead(b.lambda()) + " "
                    + flat(b.lambda().body())).collect(Collectors.joining("; "));
            return (let.recursive() ? "letrec " : "let ") + bindings + " in " + flat(let.body());
        } else if (expr instanceof Expr.Case c) {
            String alts = c.alts().stream().map(a -> pattern(a) + " -> " + flat(a.body()))
                    .collect(Collectors.joining("; "));
            return "case " + flat(c.scrutinee()) + " of { " + alts + " }";
        } else if (expr instanceof Expr.App app) {
            return application(app.function().name(), app.args());
        } else if (expr instanceof Expr.ConApp con) {
            return application(con.constructor(), con.args());
        } else if (expr instanceof Expr.PrimApp prim) {
            return application(prim.op().symbol(), prim.args());
        }
        return literal(((Lit) expr).value());
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

    private static boolean fits(String indent, String text) {
        return indent.length() + text.length() <= WIDTH;
    }
}
