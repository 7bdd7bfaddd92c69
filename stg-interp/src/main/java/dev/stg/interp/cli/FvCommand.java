package dev.stg.interp.cli;

import dev.stg.core.Frontend;
import dev.stg.core.analysis.FreeVariableRewriter;
import dev.stg.core.diag.Diagnostics;
import dev.stg.core.diag.StaticErrorException;
import dev.stg.core.io.InputFile;
import dev.stg.core.parse.Dialect;
import dev.stg.core.parse.Parsers;
import dev.stg.core.syntax.Program;
import dev.stg.core.syntax.SourceFile;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;

/**
 * {@code stg fv FILE...}: check the program's free-variable lists (and everything else the
 * front end checks), or with {@code --write} rewrite each native file so its lists are exact.
 */
@Command(name = "fv", mixinStandardHelpOptions = true,
        description = "Check free-variable lists; --write rewrites native files with exact lists.")
public final class FvCommand implements Callable<Integer> {

    @Parameters(arity = "1..*", paramLabel = "FILE")
    List<Path> files;

    @Option(names = "--write", description = "Rewrite each native file in place with exact free-variable lists.")
    boolean write;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        List<SourceFile> sources;
        try {
            sources = InputFile.sources(files);
        } catch (InputFile.Unreadable e) {
            err.println("stg fv: " + e.getMessage());
            return Main.USAGE;
        } catch (StaticErrorException e) {
            err.print(e.render());
            err.flush();
            return Main.STATIC_ERROR;
        }
        if (write) {
            for (int i = 0; i < sources.size(); i++) {
                SourceFile source = sources.get(i);
                if (Dialect.detect(source.text()) != Dialect.NATIVE) {
                    out.println(source.name() + ": ministg dialect, free variables are implicit; left unchanged");
                    continue;
                }
                Diagnostics diags = new Diagnostics();
                diags.addSource(source);
                Program parsed = Parsers.parse(source, Dialect.NATIVE, diags);
                if (diags.hasErrors()) {
                    err.print(diags.render());
                    err.flush();
                    return Main.STATIC_ERROR;
                }
                String rewritten = FreeVariableRewriter.rewrite(source, parsed);
                if (!rewritten.equals(source.text())) {
                    try {
                        Files.writeString(Path.of(source.name()), rewritten);
                    } catch (IOException e) {
                        err.println("stg fv: cannot write " + source.name() + ": " + e.getMessage());
                        return Main.USAGE;
                    }
                    out.println(source.name() + ": free-variable lists rewritten");
                    sources.set(i, new SourceFile(source.name(), rewritten));
                }
            }
        }
        try {
            Frontend.load(sources, Optional.empty());
        } catch (StaticErrorException e) {
            err.print(e.render());
            err.flush();
            return Main.STATIC_ERROR;
        }
        for (SourceFile source : sources) out.println(source.name() + ": free-variable lists are exact");
        return Main.OK;
    }
}
