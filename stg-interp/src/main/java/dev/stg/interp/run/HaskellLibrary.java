package dev.stg.interp.run;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * The project's Haskell library (lib/hs, docs/prelude-hs.md) built for the installed GHC: a
 * package database in which it is the unit {@code base}, and its final STG. Built once per
 * optimisation level by lib/hs/build.sh into
 * {@code ${XDG_CACHE_HOME:-~/.cache}/stg/lib-hs/HASH-OLEVEL}, HASH covering the library's
 * sources and GHC's version, so an edited library or another GHC builds anew. The sources
 * travel inside the jar (resources under {@value #RESOURCES}, copied there from lib/ by the
 * build) and are extracted next to the build. A build happens in a temporary folder renamed
 * into place at the end: a concurrent run that loses the race uses the winner's, and an
 * interrupted build leaves only a temporary folder, never a half library.
 */
public final class HaskellLibrary {

    static final String RESOURCES = "/dev/stg/interp/lib-hs";

    /** A built library: the package database to compile against, and the library's dumps. */
    public record Built(Path folder) {
        public Path packageDb() {
            return folder.resolve("package.db");
        }

        public List<Path> dumps() throws IOException {
            try (Stream<Path> files = Files.list(folder.resolve("stg"))) {
                return files.filter(p -> p.toString().endsWith(".dump-stg-final")).sorted().toList();
            }
        }
    }

    private HaskellLibrary() {
    }

    /**
     * The library built for this level (-O2 shares -O1's build), building it first if needed.
     *
     * @param notice told one line before a build starts
     */
    public static Built ensure(String ghcProgram, int optimisation, Consumer<String> notice) throws GhcCompiler.Failure {
        int level = Math.min(optimisation, 1);
        try {
            List<Source> sources = sources();
            Path root = cacheRoot().resolve("lib-hs");
            Path target = root.resolve(hash(sources, ghcVersion(ghcProgram)) + "-O" + level);
            if (Files.isRegularFile(target.resolve("package.db").resolve("base.conf"))) return new Built(target);
            notice.accept("building the Haskell library for -O" + level + " (once, about a minute)...");
            Files.createDirectories(root);
            Path work = Files.createTempDirectory(root, target.getFileName() + ".building-");
            try {
                build(ghcProgram, sources, work, level);
                try {
                    Files.move(work.resolve("out"), target, StandardCopyOption.ATOMIC_MOVE);
                } catch (FileAlreadyExistsException | DirectoryNotEmptyException raced) {
                    // Another run built the same library meanwhile: its copy serves.
                }
            } finally {
                delete(work);
            }
            return new Built(target);
        } catch (IOException e) {
            throw new GhcCompiler.Failure("cannot build the Haskell library: " + e.getMessage(), false);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new GhcCompiler.Failure("interrupted while the Haskell library was built", false);
        }
    }

    private record Source(String path, byte[] bytes) {
    }

    /** The library's files, relative to lib/ (hs/Prelude.hs, hs-native/stg_prims.c...), sorted. */
    private static List<Source> sources() throws IOException {
        return read(Resources.folder(HaskellLibrary.class, RESOURCES));
    }

    private static List<Source> read(Path root) throws IOException {
        List<Source> out = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.filter(Files::isRegularFile).toList()) {
                try (InputStream in = Files.newInputStream(p)) {
                    out.add(new Source(root.relativize(p).toString().replace('\\', '/'), in.readAllBytes()));
                }
            }
        }
        out.sort(Comparator.comparing(Source::path));
        return out;
    }

    private static String hash(List<Source> sources, String ghcVersion) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(ghcVersion.getBytes(StandardCharsets.UTF_8));
            for (Source s : sources) {
                sha.update((s.path() + "\0" + s.bytes().length + "\0").getBytes(StandardCharsets.UTF_8));
                sha.update(s.bytes());
            }
            return HexFormat.of().formatHex(sha.digest()).substring(0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    private static Path cacheRoot() {
        String xdg = System.getenv("XDG_CACHE_HOME");
        Path base = xdg != null && !xdg.isBlank() ? Path.of(xdg) : Path.of(System.getProperty("user.home"), ".cache");
        return base.resolve("stg");
    }

    private static String ghcVersion(String ghcProgram) throws GhcCompiler.Failure, InterruptedException {
        return run(List.of(ghcProgram, "--numeric-version"), null).strip();
    }

    /**
     * Extracts the sources into {@code work/src}, runs build.sh into {@code work/out}, and makes
     * the package database's paths relative to itself ({@code ${pkgroot}}), so that the folder
     * can be renamed into place.
     */
    private static void build(String ghcProgram, List<Source> sources, Path work, int level)
            throws IOException, GhcCompiler.Failure, InterruptedException {
        Path src = work.resolve("src");
        for (Source s : sources) {
            Path file = src.resolve(s.path());
            Files.createDirectories(file.getParent());
            Files.write(file, s.bytes());
        }
        Path out = work.resolve("out");
        run(List.of("bash", src.resolve("hs").resolve("build.sh").toString(), out.toString(), "-O" + level), ghcProgram);
        Path conf = out.resolve("package.db").resolve("base.conf");
        Files.writeString(conf, Files.readString(conf).replace(out.toRealPath().toString(), "${pkgroot}"));
        run(List.of(sibling(ghcProgram, "ghc-pkg"), "--package-db", out.resolve("package.db").toString(), "recache"), ghcProgram);
    }

    /** ghc-pkg next to a GHC named by its path, else from PATH. */
    private static String sibling(String ghcProgram, String tool) {
        Path ghc = Path.of(ghcProgram);
        return ghc.getParent() == null ? tool : ghc.resolveSibling(tool).toString();
    }

    /** Runs a command, its output captured; a failure quotes it. {@code ghcProgram}'s folder goes first on PATH. */
    private static String run(List<String> command, String ghcProgram) throws GhcCompiler.Failure, InterruptedException {
        try {
            ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
            if (ghcProgram != null && Path.of(ghcProgram).getParent() != null) {
                builder.environment().merge("PATH", Path.of(ghcProgram).toAbsolutePath().getParent().toString(),
                        (old, dir) -> dir + java.io.File.pathSeparator + old);
            }
            Process p = builder.start();
            String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            int status = p.waitFor();
            if (status != 0) {
                throw new GhcCompiler.Failure(String.join(" ", command) + " failed (exit status " + status + "):\n" + output.strip(), false);
            }
            return output;
        } catch (IOException e) {
            throw new GhcCompiler.Failure("cannot run " + command.get(0) + ": stg ghc needs GHC 9.0.2 on PATH"
                    + " (on Debian or Ubuntu: apt-get install ghc), or --with-ghc naming it", false);
        }
    }

    /** Deletes a folder and everything in it, as far as it can: what is left is temporary. */
    public static void delete(Path folder) {
        try (Stream<Path> walk = Files.walk(folder)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // A temporary folder left behind is harmless; the run's result does not depend on it.
        }
    }
}
