package dev.stg.core;

import dev.stg.core.diag.StaticErrorException;
import dev.stg.core.parse.Dialect;
import dev.stg.core.syntax.Binder;
import dev.stg.core.syntax.Binding;
import dev.stg.core.syntax.Expr;
import dev.stg.core.syntax.FreeVarEntry;
import dev.stg.core.syntax.LambdaForm;
import dev.stg.core.syntax.Program;
import dev.stg.core.syntax.SourceFile;
import dev.stg.core.syntax.Span;
import dev.stg.core.syntax.Var;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** Files to a checked program, or every static error at once. */
class FrontendTest {

    @Test
    void loadsANativeProgramWithItsBoxity() {
        CheckedProgram checked = Frontend.load(List.of(new SourceFile("a.stg",
                "main = \\ -> let f = \\ x -> +# x 1# in f 41#\n")), Optional.empty());
        assertThat(checked.dialect()).isEqualTo(Dialect.NATIVE);
        LambdaForm main = checked.program().global("main").orElseThrow().lambda();
        assertThat(checked.boxity().resultIsInt(main)).isTrue();
    }

    @Test
    void laterFilesSeeEarlierGlobals() {
        CheckedProgram checked = Frontend.load(List.of(
                new SourceFile("prelude.stg", "one = \\ -> I 1#\n"),
                new SourceFile("main.stg", "main = \\ -> one\n")), Optional.of(Dialect.NATIVE));
        assertThat(checked.program().bindings()).extracting(Binding::name).containsExactly("one", "main");
    }

    @Test
    void ministgFilesGetTheirFreeVariablesFilledIn() {
        CheckedProgram checked = Frontend.load(List.of(new SourceFile("m.stg",
                "main = THUNK(let { x = CON(I 3); f = FUN(y -> x) } in f x);\n")), Optional.empty());
        assertThat(checked.dialect()).isEqualTo(Dialect.MINISTG);
        Expr.Let outer = (Expr.Let) checked.program().global("main").orElseThrow().lambda().body();
        Expr.Let inner = (Expr.Let) outer.body();
        assertThat(inner.bindings().get(0).lambda().freeVars()).extracting(FreeVarEntry::name).containsExactly("x");
    }

    @Test
    void staticErrorsCarryEveryErrorRenderedWithItsSourceLine() {
        StaticErrorException error = catchThrowableOfType(StaticErrorException.class, () -> Frontend.load(
                List.of(new SourceFile("bad.stg", "main = \\ -> let f = \\ -> y in g\n")), Optional.empty()));
        assertThat(error.render()).isEqualTo("""
                bad.stg:1:26: error: unbound variable 'y'
                 1 | main = \\ -> let f = \\ -> y in g
                   |                          ^
                  expected: a parameter, a free variable, a let or case binder in scope, or a global
                bad.stg:1:31: error: unbound variable 'g'
                 1 | main = \\ -> let f = \\ -> y in g
                   |                               ^
                  expected: a parameter, a free variable, a let or case binder in scope, or a global
                """);
    }

    @Test
    void syntaxErrorsStopBeforeTheChecks() {
        assertThatThrownBy(() -> Frontend.load(List.of(new SourceFile("s.stg", "main = \\ -> ;\n")), Optional.empty()))
                .isInstanceOf(StaticErrorException.class);
    }

    @Test
    void aMissingMainIsAnErrorOnlyWhenRequired() {
        Span at = Span.point("gen", 1, 1);
        Program noMain = new Program(List.of(new Binding(new Binder("f", at),
                new LambdaForm(List.of(), false, List.of(new Binder("x", at)),
                        new Expr.App(new Var("x", at), List.of(), at), at))));
        assertThat(Frontend.check(noMain, Dialect.NATIVE, List.of(), Frontend.Main.OPTIONAL).program())
                .isSameAs(noMain);
        assertThatThrownBy(() -> Frontend.check(noMain, Dialect.NATIVE, List.of(), Frontend.Main.REQUIRED))
                .isInstanceOf(StaticErrorException.class)
                .hasMessage("1 static error(s)");
    }
}
