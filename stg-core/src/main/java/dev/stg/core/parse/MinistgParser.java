package dev.stg.core.parse;

import dev.stg.core.diag.Diagnostics;
import dev.stg.core.syntax.Alt;
import dev.stg.core.syntax.Atom;
import dev.stg.core.syntax.Binder;
import dev.stg.core.syntax.Binding;
import dev.stg.core.syntax.Expr;
import dev.stg.core.syntax.LambdaForm;
import dev.stg.core.syntax.Lit;
import dev.stg.core.syntax.PrimOp;
import dev.stg.core.syntax.SourceFile;
import dev.stg.core.syntax.Span;
import dev.stg.core.syntax.Var;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static dev.stg.core.parse.TokenKind.*;

/**
 * Parser of bjpop/ministg's dialect (its Parser.hs), producing the native AST:
 * <ul>
 * <li>{@code FUN(x y -> e)} is a function, {@code THUNK(e)} an updatable thunk, and
 *     {@code CON(C a)}, {@code PAP(f a)} and {@code ERROR} are non-updatable closures whose
 *     bodies are {@code C a}, {@code f a} and {@code error#};</li>
 * <li>{@code let { a = ..; b = .. } in e} becomes nested single-binding non-recursive lets.
 *     ministg's parser flattens a group the same way ({@code flattenLet}), and its evaluator's
 *     LET rule substitutes the new address into the body only, never into the object
 *     ("lets are not recursive", Eval.hs): a binding sees the earlier ones, not itself;</li>
 * <li>{@code intToBool# x} becomes {@code case x of { 1# -> True; default -> False }}: ministg
 *     builds {@code True} exactly when the integer is 1;</li>
 * <li>{@code stack "text" e} is accepted and the annotation dropped.</li>
 * </ul>
 * Free-variable lists are left empty: ministg's are implicit and an analysis computes them.
 */
public final class MinistgParser {

    static final String EXPECTED_OBJECT = "a heap object (FUN, THUNK, CON, PAP or ERROR)";
    static final String EXPECTED_EXPR =
            "an expression (a variable, literal, primitive operation, let, case or stack)";
    static final String EXPECTED_ALT = "an alternative ('Con vars ->' or 'var ->')";

    private static final Map<String, PrimOp> PRIMITIVES = Map.of(
            "plus#", PrimOp.ADD, "sub#", PrimOp.SUB, "mult#", PrimOp.MUL, "eq#", PrimOp.EQ,
            "lt#", PrimOp.LT, "lte#", PrimOp.LE, "gt#", PrimOp.GT, "gte#", PrimOp.GE);

    private final TokenStream in;
    private int depth;

    private MinistgParser(TokenStream in) {
        this.in = in;
    }

    /** The global declarations of the file; errors go to {@code diags} (which also learns the source). */
    public static List<Binding> parse(SourceFile source, Diagnostics diags) {
        diags.addSource(source);
        MinistgParser parser = new MinistgParser(new TokenStream(MinistgLexer.tokenize(source, diags), diags));
        return parser.in.bindings(parser::declaration);
    }

    private Binding declaration() {
        Token name = in.expect(VAR, "a declaration (a variable followed by '=')");
        in.expect(EQUALS, "'=' after '" + name.text() + "'");
        return new Binding(binder(name), object());
    }

    private LambdaForm object() {
        Token keyword = in.next();
        switch (keyword.kind()) {
            case FUN: {
                in.expect(LPAREN, "'(' after FUN");
                List<Binder> params = new ArrayList<>();
                while (in.at(VAR)) params.add(binder(in.next()));
                if (params.isEmpty()) throw in.unexpected("a parameter: FUN takes at least one");
                in.expect(ARROW, "a parameter or '->'");
                Expr body = expr();
                return closure(false, params, body, keyword, in.expect(RPAREN, "')' closing FUN("));
            }
            case THUNK: {
                in.expect(LPAREN, "'(' after THUNK");
                Expr body = expr();
                return closure(true, List.of(), body, keyword, in.expect(RPAREN, "')' closing THUNK("));
            }
            case CON_OBJECT: {
                in.expect(LPAREN, "'(' after CON");
                Token constructor = in.expect(CON, "a constructor");
                List<Atom> args = atoms();
                Expr body = new Expr.ConApp(constructor.text(), args, spanThrough(constructor, args));
                return closure(false, List.of(), body, keyword, in.expect(RPAREN, "an atom or ')'"));
            }
            case PAP: {
                in.expect(LPAREN, "'(' after PAP");
                Token function = in.expect(VAR, "the function of the partial application");
                List<Atom> args = atoms();
                if (args.isEmpty()) throw in.unexpected("an argument: PAP takes at least one");
                Expr body = new Expr.App(new Var(function.text(), function.span()), args, spanThrough(function, args));
                return closure(false, List.of(), body, keyword, in.expect(RPAREN, "an atom or ')'"));
            }
            case ERROR:
                return new LambdaForm(List.of(), false, List.of(),
                        new Expr.PrimApp(PrimOp.ERROR, List.of(), keyword.span()), keyword.span());
            default:
                throw in.error(keyword, "unexpected " + keyword.describe(), EXPECTED_OBJECT);
        }
    }

    private static LambdaForm closure(boolean updatable, List<Binder> params, Expr body, Token keyword, Token close) {
        return new LambdaForm(List.of(), updatable, params, body, keyword.span().to(close.span()));
    }

    private Expr expr() {
        depth++;
        try {
            if (depth > NativeParser.MAX_DEPTH) throw NativeParser.tooDeep(in);
            return exprAtThisDepth();
        } finally {
            depth--;
        }
    }

    private Expr exprAtThisDepth() {
        Token first = in.peek();
        switch (first.kind()) {
            case VAR: {
                in.next();
                List<Atom> args = atoms();
                return new Expr.App(new Var(first.text(), first.span()), args, spanThrough(first, args));
            }
            case INT:
                in.next();
                return literal(first);
            case PRIMOP:
                return primApp();
            case LET:
                return let();
            case CASE:
                return caseExpr();
            case STACK: {
                in.next();
                in.expect(STRING, "a quoted string after 'stack'");
                return expr();
            }
            default:
                throw in.unexpected(EXPECTED_EXPR);
        }
    }

    private Expr primApp() {
        Token opToken = in.next();
        List<Atom> args = atoms();
        int arity = opToken.text().equals("intToBool#") ? 1 : 2;
        if (args.size() != arity) {
            in.reportArity(opToken, arity, args.size());
        }
        Span span = spanThrough(opToken, args);
        if (arity == 1) return intToBool(args.isEmpty() ? new Lit(0, span) : args.get(0), span);
        return new Expr.PrimApp(PRIMITIVES.get(opToken.text()), args, span);
    }

    private static Expr intToBool(Atom arg, Span span) {
        Expr scrutinee = arg instanceof Var v ? new Expr.App(v, List.of(), v.span()) : (Lit) arg;
        return new Expr.Case(scrutinee, List.of(
                new Alt.LitAlt(1, new Expr.ConApp("True", List.of(), span), span),
                new Alt.DefaultAlt(new Expr.ConApp("False", List.of(), span), span)), span);
    }

    private Expr let() {
        Token keyword = in.next();
        in.expect(LBRACE, "'{' after let");
        List<Binding> bindings = new ArrayList<>();
        bindings.add(declaration());
        while (in.accept(SEMI) && !in.at(RBRACE)) bindings.add(declaration());
        in.expect(RBRACE, "';' or '}'");
        in.expect(IN, "'in'");
        Expr body = expr();
        for (int i = bindings.size() - 1; i >= 0; i--) {
            Binding binding = bindings.get(i);
            Span span = (i == 0 ? keyword.span() : binding.span()).to(body.span());
            body = new Expr.Let(false, List.of(binding), body, span);
        }
        return body;
    }

    private Expr caseExpr() {
        Token keyword = in.next();
        Expr scrutinee = expr();
        in.expect(OF, "'of'");
        in.expect(LBRACE, "'{' opening the alternatives");
        List<Alt> alts = new ArrayList<>();
        alts.add(alt());
        while (in.accept(SEMI) && !in.at(RBRACE)) alts.add(alt());
        Token close = in.expect(RBRACE, "';' or '}'");
        return new Expr.Case(scrutinee, alts, keyword.span().to(close.span()));
    }

    private Alt alt() {
        Token first = in.peek();
        if (first.is(CON)) {
            in.next();
            List<Binder> vars = new ArrayList<>();
            while (in.at(VAR)) vars.add(binder(in.next()));
            in.expect(ARROW, "a pattern variable or '->'");
            Expr body = expr();
            return new Alt.ConAlt(first.text(), vars, body, first.span().to(body.span()));
        }
        if (first.is(VAR)) {
            in.next();
            in.expect(ARROW, "'->'");
            Expr body = expr();
            return new Alt.VarAlt(binder(first), body, first.span().to(body.span()));
        }
        throw in.unexpected(EXPECTED_ALT);
    }

    private List<Atom> atoms() {
        List<Atom> atoms = new ArrayList<>();
        while (in.at(VAR) || in.at(INT)) {
            Token t = in.next();
            atoms.add(t.is(VAR) ? new Var(t.text(), t.span()) : literal(t));
        }
        return atoms;
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
