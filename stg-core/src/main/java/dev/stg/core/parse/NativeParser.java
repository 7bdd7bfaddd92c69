package dev.stg.core.parse;

import dev.stg.core.diag.Diagnostics;
import dev.stg.core.syntax.Alt;
import dev.stg.core.syntax.Atom;
import dev.stg.core.syntax.Binder;
import dev.stg.core.syntax.Binding;
import dev.stg.core.syntax.DataDecl;
import dev.stg.core.syntax.Expr;
import dev.stg.core.syntax.FreeVarEntry;
import dev.stg.core.syntax.LambdaForm;
import dev.stg.core.syntax.Lit;
import dev.stg.core.syntax.PrimOp;
import dev.stg.core.syntax.Program;
import dev.stg.core.syntax.Rep;
import dev.stg.core.syntax.SourceFile;
import dev.stg.core.syntax.Span;
import dev.stg.core.syntax.Var;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.List;

import static dev.stg.core.parse.TokenKind.*;

/**
 * Recursive-descent parser of the native dialect (docs/language.md), a superset of
 * quchen/stgi's syntax. It never throws: each syntax error becomes a diagnostic and parsing
 * resumes at the next global binding, so one run reports every broken binding of a file.
 */
public final class NativeParser {

    static final String EXPECTED_BINDING = "a binding (a variable followed by '=')";
    static final String EXPECTED_EXPR = "an expression (a variable, constructor, literal, let, letrec, case or '(')";
    static final String EXPECTED_FIELD = "a field: '*' (a pointer) or one of " + String.join(" ", fieldReps().keySet());
    private static final Map<String, Rep> FIELD_REPS = fieldReps();
    static final String EXPECTED_ALT = "an alternative ('Con vars ->', 'literal ->', 'var ->' or 'default ->')";
    /**
     * The deepest nesting of expressions, parentheses and nested entries read: deeper than any
     * real program (GHC's dumps included), and shallow enough that every pass after the parser
     * fits in {@link dev.stg.core.DeepStack}'s Java stack (a 50,000-deep program takes about a
     * fifth of it). Callers on an ordinary thread must run the front end through DeepStack.
     */
    public static final int MAX_DEPTH = 50_000;

    private final TokenStream in;
    private int depth;

    private NativeParser(TokenStream in) {
        this.in = in;
    }

    /** The data declarations and global bindings of the file; errors go to {@code diags} (which also learns the source). */
    public static Program parse(SourceFile source, Diagnostics diags) {
        diags.addSource(source);
        NativeParser parser = new NativeParser(new TokenStream(Lexer.tokenize(source, diags), diags));
        List<DataDecl> decls = new ArrayList<>();
        List<Binding> bindings = new ArrayList<>();
        parser.in.declarations(() -> {
            if (parser.in.at(DATA)) decls.add(parser.dataDecl());
            else bindings.add(parser.binding());
        });
        return new Program(decls, bindings);
    }

    /** {@code data Bool = False | True}, {@code data Int = I# Int#}: a field is {@code *} or a rep name. */
    private DataDecl dataDecl() {
        Token keyword = in.next();
        Token name = in.expect(CON, "the name of the data type after 'data' (a constructor name, such as Bool)");
        in.expect(EQUALS, "'=' after 'data " + name.text() + "'");
        List<DataDecl.Constructor> constructors = new ArrayList<>();
        constructors.add(dataConstructor());
        while (in.accept(BAR)) constructors.add(dataConstructor());
        return new DataDecl(name.text(), constructors, keyword.span().to(constructors.get(constructors.size() - 1).span()));
    }

    private DataDecl.Constructor dataConstructor() {
        Token name = in.expect(CON, "a constructor name");
        List<Rep> fields = new ArrayList<>();
        Span span = name.span();
        while (in.at(STAR) || in.at(CON) || in.at(VAR)) {
            Token field = in.next();
            span = span.to(field.span());
            if (field.is(STAR)) {
                fields.add(Rep.POINTER);
            } else {
                Rep rep = FIELD_REPS.get(field.text());
                if (rep == null) throw in.error(field, "unknown field kind '" + field.text() + "' of constructor '" + name.text() + "'", EXPECTED_FIELD);
                fields.add(rep);
            }
        }
        return new DataDecl.Constructor(name.text(), fields, span);
    }

    private Binding binding() {
        Token name = in.expect(VAR, EXPECTED_BINDING);
        in.expect(EQUALS, "'=' after '" + name.text() + "'");
        return new Binding(binder(name), lambda(null));
    }

    /** {@code joinPoint}: the name of the join point this lambda form defines, or null for a closure. */
    private LambdaForm lambda(Token joinPoint) {
        Token backslash = in.expect(BACKSLASH, "a lambda form starting with '\\'");
        List<FreeVarEntry> freeVars = in.at(LPAREN) ? freeVarList() : List.of();
        if (freeVars.isEmpty() && in.at(CON) && in.peek().text().equals("()")) in.next();
        List<Binder> params = new ArrayList<>();
        while (in.at(VAR)) params.add(binder(in.next()));
        boolean updatable = in.at(FAT_ARROW);
        if (updatable && joinPoint != null) {
            throw in.error(in.peek(), "join point '" + joinPoint.text() + "' is marked '=>' (updatable)",
                    "'->': a join point is jumped to, never evaluated and updated");
        }
        if (!in.at(ARROW) && !updatable) throw in.unexpected("a parameter, '->' or '=>'");
        in.next();
        Expr body = expr();
        return new LambdaForm(freeVars, updatable, params, body, backslash.span().to(body.span()));
    }

    private List<FreeVarEntry> freeVarList() {
        in.next();
        return freeVars(RPAREN, "a free variable or ')'");
    }

    private List<FreeVarEntry> freeVars(TokenKind closer, String expected) {
        List<FreeVarEntry> entries = new ArrayList<>();
        while (in.at(VAR)) entries.add(freeVar());
        in.expect(closer, expected);
        return entries;
    }

    /** {@code x}, or {@code p{a b}}: reach {@code a b} through the closure {@code p}. */
    private FreeVarEntry freeVar() {
        Token name = in.next();
        if (!in.at(LBRACE)) return new FreeVarEntry.Plain(name.text(), name.span());
        in.next();
        return nested(() -> {
            List<FreeVarEntry> reached = new ArrayList<>();
            while (in.at(VAR)) reached.add(freeVar());
            Token close = in.expect(RBRACE, "a free variable or '}'");
            return new FreeVarEntry.Parent(name.text(), name.span().to(close.span()), reached);
        });
    }

    private Expr expr() {
        return nested(this::exprAtThisDepth);
    }

    private Expr exprAtThisDepth() {
        Token first = in.peek();
        switch (first.kind()) {
            case LET:
            case LETREC:
                return let();
            case JOIN:
            case JOINREC:
                return join();
            case CASE:
                return caseExpr();
            case VAR: {
                in.next();
                List<Atom> args = atoms();
                return new Expr.App(new Var(first.text(), first.span()), args, spanThrough(first, args));
            }
            case CON: {
                in.next();
                List<Atom> args = atoms();
                return new Expr.ConApp(first.text(), args, spanThrough(first, args));
            }
            case PRIMOP:
                return primApp();
            case CCALL:
                return foreignCall();
            case INT:
                in.next();
                return literal(first);
            case LPAREN: {
                in.next();
                Expr inner = expr();
                in.expect(RPAREN, "')' closing the '(' at " + first.span().line() + ":" + first.span().column());
                return inner;
            }
            default:
                throw in.unexpected(EXPECTED_EXPR);
        }
    }

    private Expr let() {
        Token keyword = in.next();
        List<Binding> bindings = new ArrayList<>();
        bindings.add(binding());
        while (in.accept(SEMI) && !in.at(IN)) bindings.add(binding());
        in.expect(IN, "';' or 'in'");
        Expr body = expr();
        return new Expr.Let(keyword.is(LETREC), bindings, body, keyword.span().to(body.span()));
    }

    /** {@code join j = \\(fvs) x -> e in body}: a join point is jumped to, never entered, so never '=>'. */
    private Expr join() {
        Token keyword = in.next();
        List<Binding> bindings = new ArrayList<>();
        bindings.add(joinBinding());
        while (in.accept(SEMI) && !in.at(IN)) bindings.add(joinBinding());
        in.expect(IN, "';' or 'in'");
        Expr body = expr();
        return new Expr.Join(keyword.is(JOINREC), bindings, body, keyword.span().to(body.span()));
    }

    private Binding joinBinding() {
        Token name = in.expect(VAR, EXPECTED_BINDING);
        in.expect(EQUALS, "'=' after '" + name.text() + "'");
        return new Binding(binder(name), lambda(name));
    }

    private Expr caseExpr() {
        Token keyword = in.next();
        Expr scrutinee = expr();
        in.expect(OF, "'of'");
        List<Alt> alts = new ArrayList<>();
        if (in.at(LBRACE)) {
            in.next();
            alts.add(alt());
            while (in.accept(SEMI) && !in.at(RBRACE)) alts.add(alt());
            Token close = in.expect(RBRACE, "';' or '}'");
            return new Expr.Case(scrutinee, alts, keyword.span().to(close.span()));
        }
        alts.add(alt());
        while (!isDefault(alts.get(alts.size() - 1)) && in.at(SEMI) && startsAlt(1)) {
            in.next();
            alts.add(alt());
        }
        return new Expr.Case(scrutinee, alts, keyword.span().to(alts.get(alts.size() - 1).span()));
    }

    /**
     * A default ends an unbraced case, as in stgi, where every case closes with one: in
     * {@code case x of A -> case y of B -> b; z -> c; C -> d} the inner case has the
     * alternatives {@code B} and {@code z}, and {@code C} belongs to the outer case.
     */
    private static boolean isDefault(Alt alt) {
        return alt instanceof Alt.DefaultAlt || alt instanceof Alt.VarAlt;
    }

    /**
     * Whether the token {@code ahead} places on starts an alternative. Only then does a {@code ;}
     * continue an unbraced case; otherwise it belongs to the enclosing construct.
     */
    private boolean startsAlt(int ahead) {
        Token t = in.peek(ahead);
        return t.is(CON) || t.is(INT) || t.is(DEFAULT) || (t.is(VAR) && in.peek(ahead + 1).is(ARROW));
    }

    private Alt alt() {
        Token first = in.peek();
        switch (first.kind()) {
            case CON: {
                in.next();
                List<Binder> vars = new ArrayList<>();
                while (in.at(VAR)) vars.add(binder(in.next()));
                in.expect(ARROW, "a pattern variable or '->'");
                Expr body = expr();
                return new Alt.ConAlt(first.text(), vars, body, first.span().to(body.span()));
            }
            case INT: {
                in.next();
                Expr body = altBody();
                return new Alt.LitAlt(first.lit(), body, first.span().to(body.span()));
            }
            case DEFAULT: {
                in.next();
                Expr body = altBody();
                return new Alt.DefaultAlt(body, first.span().to(body.span()));
            }
            case VAR: {
                in.next();
                Expr body = altBody();
                return new Alt.VarAlt(binder(first), body, first.span().to(body.span()));
            }
            default:
                throw in.unexpected(EXPECTED_ALT);
        }
    }

    private Expr altBody() {
        in.expect(ARROW, "'->'");
        return expr();
    }

    private Expr primApp() {
        Token opToken = in.next();
        PrimOp op = PrimOp.bySymbol(opToken.text()).orElseThrow();
        List<Atom> args = atoms();
        if (args.size() != op.arity()) {
            in.reportArity(opToken, op.arity(), args.size());
        }
        return new Expr.PrimApp(op, args, spanThrough(opToken, args));
    }

    /** {@code ccall putchar c}: one of the foreign calls the machine implements. */
    private Expr foreignCall() {
        Token keyword = in.next();
        String known = PrimOp.foreignCallNames();
        Token name = in.expect(VAR, "the name of a foreign call after 'ccall': one of " + known);
        PrimOp op = PrimOp.bySymbol(name.text()).filter(PrimOp::isForeignCall)
                .orElseThrow(() -> in.error(name, "unknown foreign call '" + name.text() + "'", "one of " + known));
        List<Atom> args = atoms();
        if (args.size() != op.arity()) in.reportArity(name, op.arity(), args.size());
        return new Expr.PrimApp(op, args, keyword.span().to(spanThrough(name, args)));
    }

    private List<Atom> atoms() {
        List<Atom> atoms = new ArrayList<>();
        while (in.at(VAR) || in.at(INT)) {
            Token t = in.next();
            atoms.add(t.is(VAR) ? new Var(t.text(), t.span()) : literal(t));
        }
        return atoms;
    }

    private <T> T nested(java.util.function.Supplier<T> parse) {
        depth++;
        try {
            if (depth > MAX_DEPTH) {
                throw tooDeep(in);
            }
            return parse.get();
        } finally {
            depth--;
        }
    }

    static SyntaxError tooDeep(TokenStream in) {
        return in.error(in.peek(), "nesting deeper than " + MAX_DEPTH + " levels",
                "a shallower program (stg reads expressions nested up to " + MAX_DEPTH + " deep)");
    }

    private static Map<String, Rep> fieldReps() {
        Map<String, Rep> reps = new LinkedHashMap<>();
        for (Rep rep : Rep.values()) if (!rep.isPointer()) reps.put(rep.display(), rep);
        return reps;
    }

    private static Lit literal(Token t) {
        return t.lit();
    }

    private static Binder binder(Token name) {
        return new Binder(name.text(), name.span());
    }

    private static Span spanThrough(Token first, List<Atom> args) {
        return args.isEmpty() ? first.span() : first.span().to(args.get(args.size() - 1).span());
    }
}
