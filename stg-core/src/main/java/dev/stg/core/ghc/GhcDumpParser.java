package dev.stg.core.ghc;

import dev.stg.core.diag.Diagnostics;
import dev.stg.core.syntax.SourceFile;
import dev.stg.core.syntax.Span;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads GHC 9.0.2's {@code -ddump-stg-final} output (full form: qualified names, signatures,
 * id-info, free-variable lists) into a {@link GhcDump}. A dump is machine-written, so the
 * parse stops at the first error: it is reported with its position and what was expected.
 * The grammar is written down in docs/ghc-stg.md.
 */
public final class GhcDumpParser {

    /** The section title GHC prints for {@code -ddump-stg-final}. */
    public static final String HEADER = "Final STG:";

    private final GhcLexer in;

    private GhcDumpParser(SourceFile source) {
        this.in = new GhcLexer(source.name(), source.text());
    }

    /** Whether a file's text is a final-STG dump: its first non-blank line is GHC's header. */
    public static boolean isDump(String text) {
        String first = text.strip().lines().findFirst().orElse("");
        return first.startsWith("=====") && first.replace("=", "").strip().equals(HEADER);
    }

    /** The dump, or empty after recording its first error in {@code diags}. */
    public static Optional<GhcDump> parse(SourceFile source, Diagnostics diags) {
        diags.addSource(source);
        try {
            return Optional.of(new GhcDumpParser(source).dump(source.name()));
        } catch (GhcParseError e) {
            diags.error(e.span, e.getMessage(), e.expected);
            return Optional.empty();
        }
    }

    private GhcDump dump(String file) {
        GhcToken header = in.next();
        if (header.kind() != GhcToken.Kind.HEADER || !header.text().equals(HEADER)) {
            throw unexpected(header, "GHC's header '==================== " + HEADER + " ===================='");
        }
        List<GhcBindingGroup> groups = new ArrayList<>();
        while (in.peek().kind() != GhcToken.Kind.EOF) groups.add(group("a top-level binding or 'Rec {'"));
        return new GhcDump(file, groups);
    }

    private GhcBindingGroup group(String what) {
        GhcToken first = in.peek();
        if (first.is("Rec")) {
            in.next();
            expect("{", "'{' after 'Rec'");
            List<GhcBinding> bindings = new ArrayList<>();
            while (!in.peek().is("end")) {
                if (in.peek().kind() == GhcToken.Kind.EOF) throw unexpected(in.peek(), "'end Rec }' closing the 'Rec {' at " + first.span().location());
                bindings.add(binding());
            }
            in.next();
            expect("Rec", "'Rec' after 'end'");
            GhcToken close = expect("}", "'}' after 'end Rec'");
            return new GhcBindingGroup.Rec(bindings, first.span().to(close.span()));
        }
        if (first.kind() != GhcToken.Kind.NAME && !first.is("(")) throw unexpected(first, what);
        return new GhcBindingGroup.NonRec(binding());
    }

    private GhcBinding binding() {
        GhcName name = name("a binder's name");
        Optional<GhcIdInfo> pragmas = annotation();
        expect("::", "'::' and the type of " + name);
        GhcType type = type();
        GhcToken info = in.next();
        if (info.kind() != GhcToken.Kind.ANNOTATION) throw unexpected(info, "the id-info of " + name + " ([GblId, ...] or [LclId, ...])");
        checkIdInfo(info, name);
        GhcBinder binder = new GhcBinder(name, pragmas, Optional.of(type), Optional.of(info.annotation()), name.span().to(info.span()));
        expect("=", "'=' after the id-info of " + name);
        GhcRhs rhs = rhs(name);
        GhcToken semi = expect(";", "';' ending the binding of " + name);
        return new GhcBinding(binder, rhs, name.span().to(semi.span()));
    }

    /** The items an importer reads as numbers must be numbers, so reading them cannot fail later. */
    private static void checkIdInfo(GhcToken info, GhcName owner) {
        GhcIdInfo idInfo = info.annotation();
        if (!idInfo.idKind().matches("(GblId|LclId)(\\[.*])?")) {
            throw new GhcParseError(info.span(), "id-info of " + owner + " starts with '" + idInfo.idKind() + "'", "GblId or LclId first");
        }
        if (idInfo.value("Arity").filter(v -> !v.matches("\\d{1,9}")).isPresent()
                || idInfo.idKind().contains("JoinId(") && !idInfo.idKind().matches(".*JoinId\\(\\d{1,9}\\).*")) {
            throw new GhcParseError(info.span(), "malformed arity in the id-info of " + owner, "Arity=n and JoinId(n) with a number n");
        }
    }

    private GhcRhs rhs(GhcName owner) {
        GhcToken t = in.next();
        if (t.is("{")) {
            List<GhcName> free = new ArrayList<>();
            if (!in.peek().is("}")) {
                do free.add(name("a free variable of " + owner)); while (accept(","));
            }
            expect("}", "'}' or ',' in the free variables of " + owner);
            GhcToken lambda = in.next();
            if (lambda.kind() != GhcToken.Kind.LAMBDA) throw unexpected(lambda, "\\r, \\u or \\s after the free variables of " + owner);
            List<GhcBinder> params = new ArrayList<>();
            for (GhcName p : bracketed(this::paramName, "the parameters of " + owner)) params.add(GhcBinder.plain(p));
            GhcExpr body = expr();
            return new GhcRhs.Closure(free, GhcRhs.UpdateFlag.of(lambda.text().charAt(1)), params, body, t.span().to(body.span()));
        }
        if (t.kind() == GhcToken.Kind.LITERAL && t.literal() instanceof GhcLiteral.StringLit s) {
            return new GhcRhs.TopString(s, t.span());
        }
        if (t.kind() == GhcToken.Kind.NAME && !t.name().isQualified() && Character.isUpperCase(t.text().charAt(0))) {
            GhcName con = name("a constructor after the cost centre " + t.text());
            if (con.local().endsWith("!") && con.local().length() > 1 && !Character.isLetterOrDigit(con.local().charAt(0))) {
                con = new GhcName(con.module(), con.local().substring(0, con.local().length() - 1), con.span());
            } else {
                expect("!", "'!' after the constructor " + con);
            }
            if (!con.isConstructorLike()) throw new GhcParseError(con.span(), "'" + con + "' is not a constructor", "a constructor closure 'C! [args]'");
            List<GhcAtom> args = bracketed(this::atom, "the fields of " + con);
            return new GhcRhs.ConClosure(t.text(), con, args, t.span().to(in.lastSpan()));
        }
        throw unexpected(t, "a closure '{free} \\r [params] body', a constructor 'CCS_DONT_CARE C! [args]' or a string literal");
    }

    private GhcExpr expr() {
        GhcToken t = in.peek();
        if (t.is("let") || t.is("let-no-escape")) {
            in.next();
            expect("{", "'{' after '" + t.text() + "'");
            GhcBindingGroup group = group("a binding or 'Rec {'");
            expect("}", "'}' closing the bindings of '" + t.text() + "'");
            expect("in", "'in' after the bindings of '" + t.text() + "'");
            GhcExpr body = expr();
            return new GhcExpr.Let(t.is("let-no-escape"), group, body, t.span().to(body.span()));
        }
        if (t.is("case")) {
            in.next();
            GhcExpr scrutinee = expr();
            expect("of", "'of' after the scrutinee");
            Optional<GhcBinder> binder = Optional.empty();
            if (in.peek().kind() == GhcToken.Kind.NAME) {
                GhcName b = name("the case binder");
                Optional<GhcIdInfo> pragmas = annotation();
                binder = Optional.of(new GhcBinder(b, pragmas, Optional.empty(), Optional.empty(), b.span()));
            }
            expect("{", "'{' opening the alternatives");
            List<GhcAlt> alts = new ArrayList<>();
            while (!in.peek().is("}")) alts.add(alt());
            GhcToken close = in.next();
            if (alts.isEmpty()) throw new GhcParseError(close.span(), "case without alternatives", "at least one alternative");
            return new GhcExpr.Case(scrutinee, binder, alts, t.span().to(close.span()));
        }
        if (t.kind() == GhcToken.Kind.LITERAL) {
            in.next();
            return new GhcExpr.Lit(t.literal(), t.span());
        }
        if (t.kind() == GhcToken.Kind.NAME && t.text().startsWith("__ffi_")) return foreignCall();
        GhcName head = name("an expression");
        GhcToken after = in.peek();
        boolean bracket = after.is("[") || after.is("[]");
        if (bracket && head.isConstructorLike()) {
            List<GhcAtom> args = bracketed(this::atom, "the fields of " + head);
            return new GhcExpr.ConApp(head, args, head.span().to(in.lastSpan()));
        }
        if (!head.isQualified() && head.local().endsWith("#")) {
            // Locals carry a unique suffix and exported names a module: this is a primop.
            if (!bracket) throw unexpected(head, "a primop's arguments in brackets, '" + head + " [a b]'");
            List<GhcAtom> args = bracketed(this::atom, "the arguments of " + head);
            return new GhcExpr.OpApp(new GhcOp.PrimOp(head.local(), head.span()), args, head.span().to(in.lastSpan()));
        }
        List<GhcAtom> args = new ArrayList<>();
        while (startsAtom(in.peek())) args.add(atom());
        Span span = args.isEmpty() ? head.span() : head.span().to(args.get(args.size() - 1).span());
        return new GhcExpr.App(head, args, span);
    }

    private GhcExpr foreignCall() {
        GhcToken keyword = in.next();
        String prefix = "__ffi_static_ccall_";
        String safety = keyword.text().startsWith(prefix) ? keyword.text().substring(prefix.length()) : "";
        if (!List.of("unsafe", "safe", "interruptible").contains(safety)) {
            throw new GhcParseError(keyword.span(), "unsupported foreign call '" + keyword.text() + "'",
                    "a static C call, __ffi_static_ccall_unsafe, _safe or _interruptible");
        }
        GhcToken target = in.rawWord();
        int colon = target.text().indexOf(':');
        if (colon <= 0 || colon == target.text().length() - 1) {
            throw unexpected(target, "the foreign call's target 'unit:symbol'");
        }
        expect("::", "'::' after the foreign call's target");
        GhcOp op = new GhcOp.ForeignCall(safety, target.text().substring(0, colon), target.text().substring(colon + 1),
                keyword.span().to(target.span()));
        List<GhcAtom> args = bracketed(this::atom, "the arguments of " + target.text());
        return new GhcExpr.OpApp(op, args, keyword.span().to(in.lastSpan()));
    }

    private GhcAlt alt() {
        GhcToken t = in.next();
        GhcAlt.Pattern pattern;
        if (t.is("__DEFAULT")) {
            pattern = new GhcAlt.Default(t.span());
        } else if (t.kind() == GhcToken.Kind.LITERAL) {
            pattern = new GhcAlt.LitPattern(t.literal());
        } else if (t.kind() == GhcToken.Kind.NAME && t.name().isConstructorLike()) {
            pattern = new GhcAlt.ConPattern(t.name());
        } else {
            throw unexpected(t, "an alternative: __DEFAULT, a literal or a constructor, or '}'");
        }
        List<GhcBinder> binders = new ArrayList<>();
        while (in.peek().kind() == GhcToken.Kind.NAME) {
            GhcName b = name("a binder");
            Optional<GhcIdInfo> pragmas = annotation();
            binders.add(new GhcBinder(b, pragmas, Optional.empty(), Optional.empty(), b.span()));
        }
        if (!(pattern instanceof GhcAlt.ConPattern) && !binders.isEmpty()) {
            throw new GhcParseError(binders.get(0).span(), "binders after a " + (pattern instanceof GhcAlt.Default ? "default" : "literal") + " pattern", "'->'");
        }
        expect("->", "'->' after the pattern");
        GhcExpr body = expr();
        GhcToken semi = expect(";", "';' ending the alternative");
        return new GhcAlt(pattern, binders, body, t.span().to(semi.span()));
    }

    private GhcAtom atom() {
        GhcToken t = in.next();
        if (t.kind() == GhcToken.Kind.LITERAL) return new GhcAtom.Lit(t.literal());
        if (t.kind() == GhcToken.Kind.NAME && !isKeyword(t)) return new GhcAtom.Var(t.name());
        throw unexpected(t, "a variable or a literal");
    }

    private GhcName paramName() {
        return name("a parameter");
    }

    private static boolean startsAtom(GhcToken t) {
        return t.kind() == GhcToken.Kind.LITERAL || t.kind() == GhcToken.Kind.NAME && !isKeyword(t);
    }

    private static boolean isKeyword(GhcToken t) {
        return t.is("of") || t.is("in") || t.is("let") || t.is("let-no-escape") || t.is("case") || t.is("Rec") || t.is("end");
    }

    /** {@code [x y z]}; GHC's {@code []} is lexed as a name and means an empty list here. */
    private <T> List<T> bracketed(java.util.function.Supplier<T> element, String what) {
        GhcToken open = in.next();
        if (open.is("[]")) return List.of();
        if (!open.is("[")) throw unexpected(open, "'[' opening " + what);
        List<T> out = new ArrayList<>();
        while (!in.peek().is("]")) {
            if (in.peek().kind() == GhcToken.Kind.EOF) throw unexpected(in.peek(), "']' closing " + what);
            out.add(element.get());
        }
        in.next();
        return out;
    }

    /** A name; GHC puts an operator in parentheses where it binds it, {@code (!!_rlj)}. */
    private GhcName name(String what) {
        GhcToken t = in.next();
        if (t.is("(")) {
            GhcToken op = in.next();
            if (op.kind() != GhcToken.Kind.NAME || isKeyword(op)) throw unexpected(op, "an operator's name after '('");
            expect(")", "')' after the operator " + op.text());
            return op.name();
        }
        if (t.kind() != GhcToken.Kind.NAME || isKeyword(t)) throw unexpected(t, what);
        return t.name();
    }

    private Optional<GhcIdInfo> annotation() {
        return in.peek().kind() == GhcToken.Kind.ANNOTATION ? Optional.of(in.next().annotation()) : Optional.empty();
    }

    // ---- types ----

    private GhcType type() {
        GhcToken t = in.peek();
        if (t.is("forall")) {
            in.next();
            List<GhcType.TyBinder> binders = new ArrayList<>();
            while (!in.peek().is(".")) {
                GhcToken b = in.next();
                if (b.is("(") || b.is("{")) {
                    String close = b.is("(") ? ")" : "}";
                    GhcName v = name("a type variable");
                    Optional<GhcType> kind = Optional.empty();
                    if (close.equals(")") || in.peek().is("::")) {
                        expect("::", "'::' and a kind");
                        kind = Optional.of(type());
                    }
                    GhcToken end = expect(close, "'" + close + "' closing the type variable " + v);
                    binders.add(new GhcType.TyBinder(v.local(), kind, close.equals("}"), b.span().to(end.span())));
                } else if (b.kind() == GhcToken.Kind.NAME && !b.name().isQualified()) {
                    binders.add(new GhcType.TyBinder(b.text(), Optional.empty(), false, b.span()));
                } else {
                    throw unexpected(b, "a type variable or '.' ending the forall");
                }
            }
            in.next();
            GhcType body = type();
            return new GhcType.ForAll(binders, body, t.span().to(body.span()));
        }
        GhcType left = appType();
        if (accept("=>")) {
            GhcType body = type();
            List<GhcType> context = left instanceof GhcType.Tuple tuple && !tuple.unboxed() ? tuple.components() : List.of(left);
            return new GhcType.Qualified(context, body, left.span().to(body.span()));
        }
        Optional<GhcType> multiplicity = Optional.empty();
        if (accept("%")) multiplicity = Optional.of(atomType());
        if (multiplicity.isPresent() || in.peek().is("->")) {
            expect("->", "'->' after the multiplicity");
            GhcType result = type();
            return new GhcType.Fun(left, multiplicity, result, left.span().to(result.span()));
        }
        return left;
    }

    private GhcType appType() {
        GhcType head = atomType();
        List<GhcType> args = new ArrayList<>();
        while (startsAtomType(in.peek())) args.add(atomType());
        return args.isEmpty() ? head : new GhcType.App(head, args, head.span().to(args.get(args.size() - 1).span()));
    }

    private static boolean startsAtomType(GhcToken t) {
        return t.kind() == GhcToken.Kind.NAME && !t.is("forall") || t.kind() == GhcToken.Kind.NUMBER
                || t.is("(") || t.is("(#") || t.is("[");
    }

    private GhcType atomType() {
        GhcToken t = in.next();
        if (t.kind() == GhcToken.Kind.NUMBER) return new GhcType.Literal(t.text(), t.span());
        if (t.kind() == GhcToken.Kind.NAME && !t.is("forall")) {
            GhcName n = t.name();
            return !n.isQualified() && Character.isLowerCase(n.local().charAt(0))
                    ? new GhcType.Var(n.local(), n.span()) : new GhcType.Con(n, n.span());
        }
        if (t.is("[")) {
            GhcType element = type();
            GhcToken close = expect("]", "']' closing the list type");
            return new GhcType.ListOf(element, t.span().to(close.span()));
        }
        if (t.is("(") || t.is("(#")) {
            boolean unboxed = t.is("(#");
            if (!unboxed && in.peek().is("->")) {
                // The function arrow as a type constructor: instance Functor ((->) r).
                GhcToken arrow = in.next();
                GhcToken end = expect(")", "')' closing (->)");
                return new GhcType.Con(new GhcName("", "->", arrow.span()), t.span().to(end.span()));
            }
            String close = unboxed ? "#)" : ")";
            List<GhcType> components = new ArrayList<>();
            components.add(type());
            if (!unboxed && accept("::")) {
                GhcType kind = type();
                GhcToken end = expect(")", "')' closing the kind signature");
                return new GhcType.Kinded(components.get(0), kind, t.span().to(end.span()));
            }
            while (accept(",")) components.add(type());
            GhcToken end = expect(close, "',' or '" + close + "' in the " + (unboxed ? "unboxed " : "") + "tuple type");
            Span span = t.span().to(end.span());
            return components.size() == 1 && !unboxed ? components.get(0) : new GhcType.Tuple(unboxed, components, span);
        }
        throw unexpected(t, "a type");
    }

    // ---- tokens ----

    private boolean accept(String punct) {
        if (!in.peek().is(punct)) return false;
        in.next();
        return true;
    }

    private GhcToken expect(String punct, String what) {
        GhcToken t = in.next();
        if (!t.is(punct)) throw unexpected(t, what);
        return t;
    }

    private static GhcParseError unexpected(GhcToken t, String expected) {
        return new GhcParseError(t.span(), "unexpected " + t.describe(), expected);
    }

    private static GhcParseError unexpected(GhcName n, String expected) {
        return new GhcParseError(n.span(), "unexpected '" + n + "'", expected);
    }
}
