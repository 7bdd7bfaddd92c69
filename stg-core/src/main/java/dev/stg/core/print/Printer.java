package dev.stg.core.print;

import dev.stg.core.syntax.Alt;
import dev.stg.core.syntax.Atom;
import dev.stg.core.syntax.Binder;
import dev.stg.core.syntax.Binding;
import dev.stg.core.syntax.Expr;
import dev.stg.core.syntax.FreeVarEntry;
import dev.stg.core.syntax.LambdaForm;
import dev.stg.core.syntax.NestedEntryPaths;
import dev.stg.core.syntax.Lit;
import dev.stg.core.syntax.Program;
import dev.stg.core.syntax.DataDecl;
import dev.stg.core.syntax.Var;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Prints the AST in the native dialect, free-variable lists in the nested {@code p{a b}}
 * notation, each entry in short form where that reads back ({@link #shortLists}). The output
 * parses back to the same tree (once the front end restores the heads short entries leave out):
 * alternatives are always braced, so no expression ever needs parentheses. Whatever fits in {@link #WIDTH} columns stays on one line;
 * larger lets and cases break, one binding or alternative per line.
 *
 * <p>Indentation stops growing at {@link #MAX_INDENT} columns, so a program nested n deep prints
 * in size linear in n (indenting every level would print n squared spaces: 16 MB for a 2,000-deep
 * case); past that depth lines start at the same column, which the braces and {@code in} keep
 * unambiguous. The text is written into one builder, and whether a subtree fits on the line is
 * decided by printing it flat only up to the room left, so printing is linear in time too.
 */
public final class Printer {

    private static final int WIDTH = 80;
    private static final int STEP = 4;
    /** Deepest indentation printed; deeper levels start at this column. */
    public static final int MAX_INDENT = 40;

    /**
     * Each lambda-form's list in short form, where it has one: a nested entry names what is
     * reached through the parent, not the heads on the way ({@code p{a}} for {@code p{q{a}}}),
     * and the front end restores them ({@link NestedEntryPaths}). Written in full, a chain nested
     * through its parents at every level had entries as deep as the chain, and its text grew as
     * depth squared.
     */
    private final Map<LambdaForm, List<FreeVarEntry>> shortLists;

    private Printer(Map<LambdaForm, List<FreeVarEntry>> shortLists) {
        this.shortLists = shortLists;
    }

    /** The data declarations, one per line, then one global binding per line, separated by {@code ;}. */
    public static String print(Program program) {
        Printer printer = new Printer(NestedEntryPaths.shortLists(program.bindings()));
        StringBuilder out = new StringBuilder();
        for (DataDecl decl : program.dataDecls()) out.append(print(decl)).append(";\n");
        List<Binding> bindings = program.bindings();
        if (!program.dataDecls().isEmpty() && !bindings.isEmpty()) out.append('\n');
        for (int i = 0; i < bindings.size(); i++) {
            if (i > 0) out.append(";\n\n");
            printer.binding(bindings.get(i), 0, out);
        }
        return out.append('\n').toString();
    }

    /** {@code data Int = I# Int#}: pointer fields print as {@code *}, unboxed ones by rep name. */
    public static String print(DataDecl decl) {
        return "data " + Spelling.name(decl.name()) + " = " + decl.constructors().stream()
                .map(c -> Spelling.name(c.name()) + c.fields().stream()
                        .map(rep -> rep.isPointer() ? " *" : " " + rep.display()).collect(Collectors.joining()))
                .collect(Collectors.joining(" | "));
    }

    public static String print(Binding binding) {
        StringBuilder out = new StringBuilder();
        new Printer(NestedEntryPaths.shortLists(List.of(binding))).binding(binding, 0, out);
        return out.toString();
    }

    /** A lambda-form alone: its own list as it is (what its heads hold is not known here). */
    public static String print(LambdaForm lambda) {
        StringBuilder out = new StringBuilder();
        new Printer(NestedEntryPaths.shortLists(lambda.body())).lambda(lambda, 0, out);
        return out.toString();
    }

    public static String print(Expr expr) {
        StringBuilder out = new StringBuilder();
        new Printer(NestedEntryPaths.shortLists(expr)).expr(expr, 0, 0, out);
        return out.toString();
    }

    /** A binding starting at column {@code column} (0-based), its continuation lines indented as far. */
    private void binding(Binding binding, int column, StringBuilder out) {
        out.append(Spelling.name(binding.name())).append(" = ");
        lambda(binding.lambda(), column, out);
    }

    /** A lambda form whose line is indented by {@code indent}; a body that does not fit goes on the next line. */
    private void lambda(LambdaForm lambda, int indent, StringBuilder out) {
        String head = lambdaHead(lambda);
        out.append(head);
        if (fitsFlat(lambda.body(), WIDTH - cap(indent) - head.length() - 1, out.append(' '))) return;
        out.setLength(out.length() - 1);
        int inner = cap(indent + STEP);
        spaces(out.append('\n'), inner);
        expr(lambda.body(), inner, inner, out);
    }

    private String lambdaHead(LambdaForm lambda) {
        StringBuilder head = new StringBuilder("\\");
        List<FreeVarEntry> list = shortLists.getOrDefault(lambda, lambda.freeVars());
        if (!list.isEmpty()) head.append('(').append(freeVars(list)).append(')');
        for (Binder param : lambda.params()) {
            if (head.length() > 1) head.append(' ');
            head.append(Spelling.name(param.name()));
        }
        return head.append(lambda.updatable() ? " =>" : " ->").toString();
    }

    private static String freeVars(List<FreeVarEntry> entries) {
        return entries.stream().map(Printer::freeVar).collect(Collectors.joining(" "));
    }

    private static String freeVar(FreeVarEntry entry) {
        if (entry instanceof FreeVarEntry.Parent parent) {
            return Spelling.name(parent.name()) + "{" + freeVars(parent.reached()) + "}";
        }
        return Spelling.name(entry.name());
    }

    /**
     * {@code expr} starting at {@code column} on a line indented by {@code indent}: closing braces
     * line up with the line, let bindings and {@code in} with the {@code let}.
     */
    private void expr(Expr expr, int indent, int column, StringBuilder out) {
        if (fitsFlat(expr, WIDTH - cap(column), out)) return;
        expr.accept(new Expr.StructureVisitor<Void>() {
            @Override
            public Void let(Expr.Let let) {
                group(let.recursive() ? "letrec " : "let ", let.bindings(), let.body(), cap(column), out);
                return null;
            }

            @Override
            public Void join(Expr.Join join) {
                group(join.recursive() ? "joinrec " : "join ", join.bindings(), join.body(), cap(column), out);
                return null;
            }

            @Override
            public Void caseOf(Expr.Case c) {
                caseExpr(c, cap(indent), cap(column), out);
                return null;
            }

            /** An atomic expression has no line breaks to choose: one line, however long. */
            @Override
            public Void atomic(Expr.Atomic leaf) {
                flat(leaf, out, Integer.MAX_VALUE);
                return null;
            }
        });
    }

    /** A let, letrec, join or joinrec group: {@code keyword} ends with its space. */
    private void group(String keyword, List<Binding> bindings, Expr body, int column, StringBuilder out) {
        int bindingColumn = cap(column + keyword.length());
        out.append(keyword);
        for (int i = 0; i < bindings.size(); i++) {
            if (i > 0) spaces(out.append(";\n"), bindingColumn);
            binding(bindings.get(i), bindingColumn, out);
        }
        spaces(out.append('\n'), column).append("in ");
        expr(body, column, column + 3, out);
    }

    private void caseExpr(Expr.Case c, int indent, int column, StringBuilder out) {
        int altIndent = cap(indent + STEP);
        out.append("case ");
        expr(c.scrutinee(), indent, column + 5, out);
        out.append(" of {\n");
        List<Alt> alts = c.alts();
        for (int i = 0; i < alts.size(); i++) {
            if (i > 0) out.append(";\n");
            String pattern = pattern(alts.get(i)) + " -> ";
            spaces(out, altIndent).append(pattern);
            expr(alts.get(i).body(), altIndent, altIndent + pattern.length(), out);
        }
        spaces(out.append('\n'), indent).append('}');
    }

    private static int cap(int indent) {
        return Math.min(indent, MAX_INDENT);
    }

    /**
     * Appends {@code expr} on one line if it takes at most {@code room} characters; otherwise
     * appends nothing. Stops as soon as the room is used up, so the check costs at most the room.
     */
    private boolean fitsFlat(Expr expr, int room, StringBuilder out) {
        int start = out.length();
        if (room >= 0 && flat(expr, out, start + room)) return true;
        out.setLength(start);
        return false;
    }

    /** Appends {@code expr} on one line; false, with the text cut anywhere, once it passes {@code limit}. */
    private boolean flat(Expr expr, StringBuilder out, int limit) {
        return expr.accept(new Expr.Visitor<Boolean>() {
            @Override
            public Boolean let(Expr.Let let) {
                return flatGroup(let.recursive() ? "letrec " : "let ", let.bindings(), let.body(), out, limit);
            }

            @Override
            public Boolean join(Expr.Join join) {
                return flatGroup(join.recursive() ? "joinrec " : "join ", join.bindings(), join.body(), out, limit);
            }

            @Override
            public Boolean caseOf(Expr.Case c) {
                if (!flat(c.scrutinee(), out.append("case "), limit)) return false;
                out.append(" of { ");
                List<Alt> alts = c.alts();
                for (int i = 0; i < alts.size(); i++) {
                    if (out.length() > limit) return false;
                    out.append(i > 0 ? "; " : "").append(pattern(alts.get(i))).append(" -> ");
                    if (!flat(alts.get(i).body(), out, limit)) return false;
                }
                return out.append(" }").length() <= limit;
            }

            @Override
            public Boolean app(Expr.App app) {
                return out.append(application(Spelling.name(app.function().name()), app.args())).length() <= limit;
            }

            @Override
            public Boolean conApp(Expr.ConApp con) {
                return out.append(application(Spelling.name(con.constructor()), con.args())).length() <= limit;
            }

            @Override
            public Boolean primApp(Expr.PrimApp prim) {
                return out.append(application((prim.op().isForeignCall() ? "ccall " : "") + prim.op().symbol(), prim.args())).length() <= limit;
            }

            @Override
            public Boolean lit(Lit lit) {
                return out.append(Spelling.literal(lit)).length() <= limit;
            }
        });
    }

    /** A let or join group on one line; false once it passes {@code limit}, as {@link #flat}. */
    private boolean flatGroup(String keyword, List<Binding> bindings, Expr body, StringBuilder out, int limit) {
        out.append(keyword);
        for (int i = 0; i < bindings.size(); i++) {
            if (out.length() > limit) return false;
            Binding b = bindings.get(i);
            out.append(i > 0 ? "; " : "").append(Spelling.name(b.name())).append(" = ").append(lambdaHead(b.lambda()))
                    .append(' ');
            if (!flat(b.lambda().body(), out, limit)) return false;
        }
        return flat(body, out.append(" in "), limit);
    }

    private static String pattern(Alt alt) {
        if (alt instanceof Alt.ConAlt con) {
            StringBuilder pattern = new StringBuilder(Spelling.name(con.constructor()));
            for (Binder var : con.vars()) pattern.append(' ').append(Spelling.name(var.name()));
            return pattern.toString();
        } else if (alt instanceof Alt.LitAlt lit) {
            return Spelling.literal(lit.lit());
        } else if (alt instanceof Alt.VarAlt var) {
            return Spelling.name(var.var().name());
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
        return atom instanceof Var v ? Spelling.name(v.name()) : Spelling.literal((Lit) atom);
    }

    private static StringBuilder spaces(StringBuilder out, int n) {
        return out.append(" ".repeat(n));
    }
}
