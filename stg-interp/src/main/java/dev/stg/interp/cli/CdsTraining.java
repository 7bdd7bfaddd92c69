package dev.stg.interp.cli;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The run the {@code stg} launcher records its class-data-sharing archive from
 * ({@code java -XX:ArchiveClassesAtExit=... -cp stg.jar dev.stg.interp.cli.CdsTraining}): a
 * small program through {@code stg run} (parser, checks, code generation, machine, collector,
 * logging, printer) and a REPL session that quits at once, so that the archive holds the classes
 * every start-up loads. It prints nothing.
 */
public final class CdsTraining {

    /** Constructors, a case, a let, a primitive operation, a thunk update and a partial application. */
    private static final String PROGRAM = """
            add = \\x y -> case x of { Int# a -> case y of { Int# b -> case +# a b of { r -> Int# r } } };
            map = \\f xs -> case xs of {
              Nil -> Nil;
              Cons y ys -> let fy = \\(f y) => f y; rest = \\(f ys) => map f ys in Cons fy rest };
            one = \\ -> Int# 1#;
            nil = \\ -> Nil;
            list = \\ -> Cons one nil;
            inc = \\ -> add one;
            main = \\ => map inc list;
            """;

    private CdsTraining() {
    }

    public static void main(String[] args) throws IOException {
        Path program = Files.createTempFile("stg-cds-training", ".stg");
        InputStream stdin = System.in;
        try (PrintWriter nowhere = new PrintWriter(Writer.nullWriter())) {
            Files.writeString(program, PROGRAM, StandardCharsets.UTF_8);
            Main.execute(nowhere, nowhere, "run", "--gc-stress", "--stats", program.toString());
            System.setIn(new ByteArrayInputStream(":quit\n".getBytes(StandardCharsets.UTF_8)));
            Main.execute(nowhere, nowhere, "repl");
        } finally {
            System.setIn(stdin);
            Files.deleteIfExists(program);
        }
    }
}
