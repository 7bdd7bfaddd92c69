package dev.stg.interp.repl;

import org.jline.reader.EndOfFileException;
import org.jline.reader.LineReader;
import org.jline.reader.LineReaderBuilder;
import org.jline.reader.UserInterruptException;
import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

/**
 * The REPL on a terminal: line editing, history in a file, tab completion, multi-line input and
 * Ctrl-C, by JLine. When standard input is not a terminal ({@code ... | stg repl}) the lines
 * are read by {@link ScriptInput}, without prompts, history or echo, so scripts print only
 * their results; errors then go to standard error.
 */
public final class TerminalRepl {

    private TerminalRepl() {
    }

    /** Runs a session until {@code :quit} or end of input, after loading {@code files}. */
    public static void run(List<Path> files, Path historyFile) throws IOException {
        if (System.console() == null) {
            script(files);
            return;
        }
        try (Terminal terminal = TerminalBuilder.builder().system(true).build()) {
            PrintStream out = new PrintStream(terminal.output(), true, StandardCharsets.UTF_8);
            ReplSession session = new ReplSession(out, out);
            LineReader reader = LineReaderBuilder.builder().terminal(terminal).appName("stg")
                    .parser(new StgLineParser()).completer(new ReplCompleter(session))
                    .variable(LineReader.SECONDARY_PROMPT_PATTERN, ReplSession.CONTINUATION_PROMPT)
                    .variable(LineReader.HISTORY_FILE, historyFile)
                    .option(LineReader.Option.DISABLE_EVENT_EXPANSION, true)
                    .build();
            terminal.handle(Terminal.Signal.INT, signal -> session.interrupt());
            out.println("stg REPL: :help lists the commands, :quit leaves");
            if (!files.isEmpty()) session.load(files);
            loop(reader, session);
            reader.getHistory().save();
        }
    }

    /** Piped input: read by {@link ScriptInput}, results on standard output, errors on standard error. */
    private static void script(List<Path> files) throws IOException {
        ReplSession session = new ReplSession(new PrintStream(System.out, true, StandardCharsets.UTF_8),
                new PrintStream(System.err, true, StandardCharsets.UTF_8));
        if (!files.isEmpty()) session.load(files);
        ScriptInput.run(new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)), session);
    }

    private static void loop(LineReader reader, ReplSession session) {
        while (true) {
            String line;
            try {
                line = reader.readLine(session.prompt());
            } catch (UserInterruptException e) {
                continue;
            } catch (EndOfFileException e) {
                return;
            }
            if (!session.handle(line)) return;
        }
    }
}
