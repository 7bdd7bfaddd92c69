package dev.stg.core.parse;

import dev.stg.core.diag.Diagnostics;

import dev.stg.core.syntax.Binding;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/** The parsers' view of the tokens: look ahead, consume, and report what was expected. */
final class TokenStream {

    private final List<Token> tokens;
    private final Diagnostics diags;
    private int position;

    TokenStream(List<Token> tokens, Diagnostics diags) {
        this.tokens = tokens;
        this.diags = diags;
    }

    Token peek() {
        return peek(0);
    }

    /** The token {@code ahead} places on; the end-of-file token past the end. */
    Token peek(int ahead) {
        return tokens.get(Math.min(position + ahead, tokens.size() - 1));
    }

    boolean at(TokenKind kind) {
        return peek().is(kind);
    }

    Token next() {
        Token token = peek();
        if (!token.is(TokenKind.EOF)) position++;
        return token;
    }

    /** Consumes the next token if it is a {@code kind}. */
    boolean accept(TokenKind kind) {
        if (!at(kind)) return false;
        next();
        return true;
    }

    Token expect(TokenKind kind, String expected) {
        if (!at(kind)) throw unexpected(expected);
        return next();
    }

    /** Reports the next token as unexpected and returns the error to throw. */
    SyntaxError unexpected(String expected) {
        Token found = peek();
        diags.error(found.span(), "unexpected " + found.describe(), expected);
        return new SyntaxError();
    }

    /** Reports an error that is not about an unexpected token and returns the error to throw. */
    SyntaxError error(Token at, String message, String expected) {
        diags.error(at.span(), message, expected);
        return new SyntaxError();
    }

    /** Records an error that leaves the tree usable, so parsing simply goes on. */
    private void report(Token at, String message, String expected) {
        diags.error(at.span(), message, expected);
    }

    /** A primitive applied to the wrong number of atoms: the tree stays usable. */
    void reportArity(Token op, int arity, int given) {
        report(op, "primitive operation '" + op.text() + "' takes " + atoms(arity) + ", not " + given,
                "'" + op.text() + "' followed by " + atoms(arity) + " (variables or literals)");
    }

    private static String atoms(int n) {
        return n == 1 ? "1 argument" : n + " arguments";
    }

    int position() {
        return position;
    }

    /**
     * Reads {@code ;}-separated top-level bindings to the end of the file; after a syntax error
     * it resumes at the next binding, so every error of a file is reported.
     */
    List<Binding> bindings(Supplier<Binding> binding) {
        List<Binding> bindings = new ArrayList<>();
        declarations(() -> bindings.add(binding.get()));
        return bindings;
    }

    /** As {@link #bindings}, for top-level declarations of any kind: {@code declaration} reads one and keeps it. */
    void declarations(Runnable declaration) {
        while (!at(TokenKind.EOF)) {
            int start = position();
            try {
                declaration.run();
                if (!at(TokenKind.EOF) && !accept(TokenKind.SEMI)) throw unexpected("';' or the end of the file");
            } catch (SyntaxError error) {
                skipToNextBinding(start);
            }
        }
    }

    /**
     * After an error, skips to where the next global binding or data declaration starts: a
     * {@code ;} followed by {@code name =} or {@code data}, or either at the start of a line (a
     * forgotten {@code ;}), past the failed binding's first token so that parsing always moves on.
     */
    void skipToNextBinding(int failedBindingStart) {
        while (!at(TokenKind.EOF)) {
            if (at(TokenKind.SEMI) && startsBinding(1)) {
                next();
                return;
            }
            if (position > failedBindingStart && startsBinding(0) && peek().span().column() == 1) return;
            next();
        }
    }

    private boolean startsBinding(int ahead) {
        return peek(ahead).is(TokenKind.VAR) && peek(ahead + 1).is(TokenKind.EQUALS) || peek(ahead).is(TokenKind.DATA);
    }
}
