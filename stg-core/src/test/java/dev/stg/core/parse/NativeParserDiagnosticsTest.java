package dev.stg.core.parse;

import dev.stg.core.DeepStack;
import org.junit.jupiter.api.Test;

import static dev.stg.core.parse.Parsing.nativeErrors;
import static org.assertj.core.api.Assertions.assertThat;

/** Every syntax error of the native dialect, as the user sees it: what was found, where, and what was expected. */
class NativeParserDiagnosticsTest {

    @Test
    void aDataFieldIsAPointerOrARep() {
        assertThat(nativeErrors("data T = A | B Int x;\nf = \\ -> A")).isEqualTo("""
                test.stg:1:16: error: unknown field kind 'Int' of constructor 'B'
                 1 | data T = A | B Int x;
                   |                ^^^
                  expected: a field: '*' (a pointer) or one of Int# Word# Char# Double# Float# Addr#
                """);
    }

    @Test
    void aDataDeclarationNeedsAConstructor() {
        assertThat(nativeErrors("data T = ;")).isEqualTo("""
                test.stg:1:10: error: unexpected ';'
                 1 | data T = ;
                   |          ^
                  expected: a constructor name
                """);
    }

    @Test
    void aMissingExpression() {
        assertThat(nativeErrors("f = \\ -> }")).isEqualTo("""
                test.stg:1:10: error: unexpected '}'
                 1 | f = \\ -> }
                   |          ^
                  expected: an expression (a variable, constructor, literal, let, letrec, case or '(')
                """);
    }

    @Test
    void aLambdaWithoutArrow() {
        assertThat(nativeErrors("f = \\x y")).isEqualTo("""
                test.stg:1:9: error: unexpected end of file
                 1 | f = \\x y
                   |         ^
                  expected: a parameter, '->' or '=>'
                """);
    }

    @Test
    void parametersOnTheLeftOfTheEquals() {
        assertThat(nativeErrors("f x = \\ -> A")).isEqualTo("""
                test.stg:1:3: error: unexpected variable 'x'
                 1 | f x = \\ -> A
                   |   ^
                  expected: '=' after 'f'
                """);
    }

    @Test
    void aBindingWithoutName() {
        assertThat(nativeErrors("= \\ -> A")).isEqualTo("""
                test.stg:1:1: error: unexpected '='
                 1 | = \\ -> A
                   | ^
                  expected: a binding (a variable followed by '=')
                """);
    }

    @Test
    void aRightHandSideThatIsNoLambdaForm() {
        assertThat(nativeErrors("f = g")).isEqualTo("""
                test.stg:1:5: error: unexpected variable 'g'
                 1 | f = g
                   |     ^
                  expected: a lambda form starting with '\\'
                """);
    }

    @Test
    void anUnclosedFreeVariableList() {
        assertThat(nativeErrors("f = \\(x -> A")).isEqualTo("""
                test.stg:1:9: error: unexpected '->'
                 1 | f = \\(x -> A
                   |         ^^
                  expected: a free variable or ')'
                """);
    }

    @Test
    void anUnclosedNestedEntry() {
        assertThat(nativeErrors("f = \\(p{a) -> A")).isEqualTo("""
                test.stg:1:10: error: unexpected ')'
                 1 | f = \\(p{a) -> A
                   |          ^
                  expected: a free variable or '}'
                """);
    }

    @Test
    void aLetWithoutIn() {
        assertThat(nativeErrors("f = \\ -> let a = \\ -> A b")).isEqualTo("""
                test.stg:1:26: error: unexpected end of file
                 1 | f = \\ -> let a = \\ -> A b
                   |                          ^
                  expected: ';' or 'in'
                """);
    }

    @Test
    void aCaseWithoutOf() {
        assertThat(nativeErrors("f = \\ -> case x A -> a")).isEqualTo("""
                test.stg:1:17: error: unexpected constructor 'A'
                 1 | f = \\ -> case x A -> a
                   |                 ^
                  expected: 'of'
                """);
    }

    @Test
    void anUnclosedBrace() {
        assertThat(nativeErrors("f = \\ -> case x of { A -> a")).isEqualTo("""
                test.stg:1:28: error: unexpected end of file
                 1 | f = \\ -> case x of { A -> a
                   |                            ^
                  expected: ';' or '}'
                """);
    }

    @Test
    void aCaseWithoutAlternatives() {
        assertThat(nativeErrors("f = \\ -> case x of ;")).isEqualTo("""
                test.stg:1:20: error: unexpected ';'
                 1 | f = \\ -> case x of ;
                   |                    ^
                  expected: an alternative ('Con vars ->', 'literal ->', 'var ->' or 'default ->')
                """);
    }

    @Test
    void aConstructorPatternWithoutArrow() {
        assertThat(nativeErrors("f = \\ -> case x of { A a }")).isEqualTo("""
                test.stg:1:26: error: unexpected '}'
                 1 | f = \\ -> case x of { A a }
                   |                          ^
                  expected: a pattern variable or '->'
                """);
    }

    @Test
    void aLiteralPatternWithoutArrow() {
        assertThat(nativeErrors("f = \\ -> case x of { 1# a }")).isEqualTo("""
                test.stg:1:25: error: unexpected variable 'a'
                 1 | f = \\ -> case x of { 1# a }
                   |                         ^
                  expected: '->'
                """);
    }

    @Test
    void anUnclosedParenthesis() {
        assertThat(nativeErrors("f = \\ -> (f x")).isEqualTo("""
                test.stg:1:14: error: unexpected end of file
                 1 | f = \\ -> (f x
                   |              ^
                  expected: ')' closing the '(' at 1:10
                """);
    }

    @Test
    void junkAfterABinding() {
        assertThat(nativeErrors("f = \\ -> A }\ng = \\ -> B")).isEqualTo("""
                test.stg:1:12: error: unexpected '}'
                 1 | f = \\ -> A }
                   |            ^
                  expected: ';' or the end of the file
                """);
    }

    @Test
    void aPrimitiveWithTooFewOperands() {
        assertThat(nativeErrors("f = \\ -> +# a")).isEqualTo("""
                test.stg:1:10: error: primitive operation '+#' takes 2 arguments, not 1
                 1 | f = \\ -> +# a
                   |          ^^
                  expected: '+#' followed by 2 arguments (variables or literals)
                """);
    }

    @Test
    void aLiteralWithoutHash() {
        assertThat(nativeErrors("f = \\ -> 42")).isEqualTo("""
                test.stg:1:10: error: literal '42' lacks its '#'
                 1 | f = \\ -> 42
                   |          ^^
                  expected: an Int# literal such as 42#
                """);
    }

    @Test
    void aCharBeyondUnicodeAMalformedEscapeAndAWideStringByte() {
        assertThat(nativeErrors("f = \\ -> '\\1114112'#")).isEqualTo("""
                test.stg:1:10: error: character literal beyond Unicode: code point 1114112
                 1 | f = \\ -> '\\1114112'#
                   |          ^^^^^^^^^^^
                  expected: a code point from 0 to 1114111 (0x10FFFF)
                """);
        assertThat(nativeErrors("f = \\ -> '\\q'#")).startsWith("""
                test.stg:1:11: error: malformed escape '\\q'
                """);
        assertThat(nativeErrors("f = \\ -> \"\\955\"#")).isEqualTo("""
                test.stg:1:10: error: string literal holds a character beyond one byte
                 1 | f = \\ -> "\\955"#
                   |          ^^^^^^^
                  expected: characters 0-255 only, one byte each (\\200 for the byte 200)
                """);
        assertThat(nativeErrors("f = \\ -> 18446744073709551616##")).contains(
                "error: literal 18446744073709551616## is out of range", "expected: a Word# from 0## to 18446744073709551615##");
    }

    @Test
    void anUnknownForeignCallNamesTheKnownOnes() {
        assertThat(nativeErrors("f = \\ -> ccall fopen x")).isEqualTo("""
                test.stg:1:16: error: unknown foreign call 'fopen'
                 1 | f = \\ -> ccall fopen x
                   |                ^^^^^
                  expected: one of putchar, getchar, exit, stg_arg_count, stg_arg_byte, stg_file_path_byte, stg_file_open, stg_file_getc
                """);
    }

    @Test
    void literalsOutOfRange() {
        assertThat(nativeErrors("f = \\ -> 9223372036854775808#")).isEqualTo("""
                test.stg:1:10: error: literal 9223372036854775808# is out of range
                 1 | f = \\ -> 9223372036854775808#
                   |          ^^^^^^^^^^^^^^^^^^^^
                  expected: a 64-bit integer from -9223372036854775808# to 9223372036854775807#
                """);
        assertThat(nativeErrors("f = \\ -> -9223372036854775809#")).startsWith(
                "test.stg:1:10: error: literal -9223372036854775809# is out of range\n");
    }

    @Test
    void anUnterminatedBlockComment() {
        assertThat(nativeErrors("f = \\ -> A {- open")).isEqualTo("""
                test.stg:1:12: error: unterminated block comment
                 1 | f = \\ -> A {- open
                   |            ^^
                  expected: '-}' closing the comment opened here
                """);
    }

    @Test
    void aStrayCharacter() {
        assertThat(nativeErrors("f = \\ -> A @ b")).isEqualTo("""
                test.stg:1:12: error: unexpected character '@'
                 1 | f = \\ -> A @ b
                   |            ^
                  expected: a name, a literal such as 1#, a primitive operation such as +#, or one of = ; \\ -> => ( ) { } | *
                """);
    }

    @Test
    void tooDeepANesting() {
        int depth = NativeParser.MAX_DEPTH + 1;
        String errors = DeepStack.call(() -> nativeErrors("f = \\ -> " + "(".repeat(depth) + "x" + ")".repeat(depth)));
        assertThat(errors).isEqualTo("test.stg:1:" + (10 + NativeParser.MAX_DEPTH) + ": error: nesting deeper than"
                + " 50000 levels\n"
                + " 1 | ..." + "(".repeat(61) + "x" + ")".repeat(58) + "...\n"
                + "   | " + " ".repeat(63) + "^\n"
                + "  expected: a shallower program (stg reads expressions nested up to 50000 deep)\n");
    }

    @Test
    void programsNestedJustBelowTheLimitParse() {
        int depth = NativeParser.MAX_DEPTH - 2;
        String lets = "f = \\ -> " + "let x = \\ -> Int# 1# in ".repeat(depth) + "x";
        assertThat(DeepStack.call(() -> nativeErrors(lets))).isEmpty();
        String cases = "f = \\ -> " + "case ".repeat(depth) + "x" + " of { y -> y }".repeat(depth);
        assertThat(DeepStack.call(() -> Parsing.ministgErrors(cases.replace("\\ ->", "THUNK(") + ")"))).isEmpty();
    }

    @Test
    void aLongLineIsQuotedAroundTheErrorAndControlCharactersAreEscaped() {
        String middle = "f = \\ -> A" + " b".repeat(200) + " \u0001 " + "c ".repeat(200);
        assertThat(nativeErrors(middle)).isEqualTo("test.stg:1:412: error: unexpected character '\\x01'\n"
                + " 1 | ...b" + " b".repeat(29) + " \\x01 " + "c ".repeat(29) + "...\n"
                + "   | " + " ".repeat(63) + "^^^^\n"
                + "  expected: a name, a literal such as 1#, a primitive operation such as +#, or one of"
                + " = ; \\ -> => ( ) { } | *\n");
        String longName = "f = \\ -> case x of { A -> B } " + "y".repeat(100_000);
        assertThat(nativeErrors(longName)).startsWith("test.stg:1:31: error: unexpected variable '"
                + "y".repeat(60) + "...'\n");
    }

    @Test
    void everyBrokenBindingIsReportedNotJustTheFirst() {
        assertThat(nativeErrors("f = \\ -> }; g = \\ -> ); h = \\ -> (A)\nk = \\ -> ;\nm = \\ -> B")).isEqualTo("""
                test.stg:1:10: error: unexpected '}'
                 1 | f = \\ -> }; g = \\ -> ); h = \\ -> (A)
                   |          ^
                  expected: an expression (a variable, constructor, literal, let, letrec, case or '(')
                test.stg:1:22: error: unexpected ')'
                 1 | f = \\ -> }; g = \\ -> ); h = \\ -> (A)
                   |                      ^
                  expected: an expression (a variable, constructor, literal, let, letrec, case or '(')
                test.stg:2:1: error: unexpected variable 'k'
                 2 | k = \\ -> ;
                   | ^
                  expected: ';' or the end of the file
                test.stg:2:10: error: unexpected ';'
                 2 | k = \\ -> ;
                   |          ^
                  expected: an expression (a variable, constructor, literal, let, letrec, case or '(')
                """);
    }
}
