package dev.stg.core.diag;

import java.util.List;

/** The program has static errors (parse, scope, free variables, boxity); the CLI exits with 2. */
public final class StaticErrorException extends RuntimeException {

    private final transient Diagnostics diagnostics;

    public StaticErrorException(Diagnostics diagnostics) {
        super(diagnostics.errors().size() + " static error(s)", null, false, false);
        this.diagnostics = diagnostics;
    }

    public List<Diagnostic> errors() {
        return diagnostics.errors();
    }

    /** All errors with their source lines and carets, ready to print. */
    public String render() {
        return diagnostics.render();
    }
}
