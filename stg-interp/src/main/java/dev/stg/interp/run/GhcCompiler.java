package dev.stg.interp.run;

import dev.stg.core.io.InputFile;
import dev.stg.core.syntax.SourceFile;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * Runs the installed GHC on Haskell files and reads back every module's final STG: what
 * {@code stg ghc} and the REPL's {@code :load prog.hs} import. GHC runs in the main (first)
 * file's folder with {@code --make}, so it finds the program's other modules as it always
 * does, and writes its dumps and objects to a temporary folder, deleted afterwards.
 */
public final class GhcCompiler {

    /** The flags that make GHC write the dumps the importer reads (docs/ghc-stg.md). */
    public static final List<String> DUMP_FLAGS = List.of("-ddump-stg-final", "-ddump-to-file", "-dno-typeable-binds",
            "-dsuppress-timestamps", "-fforce-recomp");

    /** GHC is not installed, or failed: the message says what to do. */
    public static final class Failure extends Exception {
        private final boolean compileError;

        Failure(String message, boolean compileError) {
            super(message, null, false, false);
            this.compileError = compileError;
        }

        /** GHC ran and rejected the program (rather than being absent or unrunnable). */
        public boolean compileError() {
            return compileError;
        }
    }

    private GhcCompiler() {
    }

    /**
     * The dumps of the project's Haskell library ({@link HaskellLibrary}), then of every module
     * of the program, in GHC's compilation order (dependencies first). The program is compiled
     * against the library in place of base (docs/prelude-hs.md), with ghc-prim exposed too, so
     * that a NoImplicitPrelude program importing GHC.Types compiles as before.
     *
     * @param ghcProgram   the compiler to run: {@code ghc} from PATH, or a path
     * @param optimisation 0, 1 or 2
     * @param extraOptions more GHC flags, as {@code --ghc-options} gives them
     * @param keepDumps    a folder to copy the program's dumps into, or null
     * @param notice       told one line when the library must be built first
     */
    public static List<SourceFile> dumps(String ghcProgram, List<Path> files, int optimisation, List<String> extraOptions,
                                         Path keepDumps, Consumer<String> notice) throws Failure, InputFile.Unreadable {
        for (Path f : files) InputFile.requireReadable(f);
        HaskellLibrary.Built library = HaskellLibrary.ensure(ghcProgram, optimisation, notice);
        List<SourceFile> sources = new ArrayList<>();
        try {
            for (Path dump : library.dumps()) sources.add(new SourceFile(dump.toString(), Files.readString(dump, StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new Failure("reading the Haskell library's dumps in " + library.folder() + " failed: " + e.getMessage(), false);
        }
        List<String> libraryFlags = List.of("-package-db", library.packageDb().toString(), "-hide-all-packages",
                "-package-id", "base", "-package", "ghc-prim");
        sources.addAll(programDumps(ghcProgram, files, optimisation, libraryFlags, extraOptions, keepDumps));
        return sources;
    }

    private static List<SourceFile> programDumps(String ghcProgram, List<Path> files, int optimisation, List<String> libraryFlags,
                                                 List<String> extraOptions, Path keepDumps) throws Failure {
        Path folder = files.get(0).toAbsolutePath().getParent();
        Path work;
        try {
            work = Files.createTempDirectory("stg-ghc");
        } catch (IOException e) {
            throw new Failure("cannot create a temporary folder for GHC: " + e.getMessage(), false);
        }
        try {
            List<String> command = new ArrayList<>(List.of(ghcProgram, "--make", "-no-link", "-O" + optimisation));
            command.addAll(libraryFlags);
            command.addAll(DUMP_FLAGS);
            command.addAll(List.of("-dumpdir", work + "/", "-outputdir", work.toString()));
            command.addAll(extraOptions);
            // Relative to the folder GHC runs in: GHC 9.0.2 writes no dump for a module named by an absolute path.
            files.forEach(f -> command.add(folder.relativize(f.toAbsolutePath()).toString()));
            Path log = work.resolve("ghc.log");
            Process ghc;
            try {
                ghc = new ProcessBuilder(command).directory(folder.toFile()).redirectErrorStream(true)
                        .redirectOutput(log.toFile()).start();
            } catch (IOException e) {
                throw new Failure("cannot run " + ghcProgram + ": stg ghc needs GHC 9.0.2 on PATH"
                        + " (on Debian or Ubuntu: apt-get install ghc), or --with-ghc naming it", false);
            }
            int status = ghc.waitFor();
            if (status != 0) {
                throw new Failure("ghc failed (exit status " + status + "):\n" + Files.readString(log, StandardCharsets.UTF_8).strip(), true);
            }
            List<Path> found = inOrder(work, Files.readString(log, StandardCharsets.UTF_8));
            List<SourceFile> sources = new ArrayList<>();
            for (Path dump : found) {
                sources.add(new SourceFile(dump.getFileName().toString(), Files.readString(dump, StandardCharsets.UTF_8)));
                if (keepDumps != null) {
                    Files.createDirectories(keepDumps);
                    Files.copy(dump, keepDumps.resolve(dump.getFileName()), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
                }
            }
            return sources;
        } catch (IOException e) {
            throw new Failure("reading GHC's dumps failed: " + e.getMessage(), false);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new Failure("interrupted while ghc ran", false);
        } finally {
            HaskellLibrary.delete(work);
        }
    }

    /**
     * The dumps, ordered as GHC compiled the modules ({@code [1 of 2] Compiling A}): any order
     * links, but a fixed one keeps {@code --emit-stg} output stable.
     */
    private static List<Path> inOrder(Path work, String log) throws IOException {
        try (Stream<Path> walk = Files.walk(work)) {
            List<Path> dumps = walk.filter(p -> p.getFileName().toString().endsWith(".dump-stg-final")).toList();
            return dumps.stream().sorted(Comparator.comparingInt((Path p) -> {
                String module = p.getFileName().toString().replace(".dump-stg-final", "");
                int at = log.indexOf("Compiling " + module + " ");
                return at < 0 ? Integer.MAX_VALUE : at;
            }).thenComparing(Path::toString)).toList();
        }
    }
}
