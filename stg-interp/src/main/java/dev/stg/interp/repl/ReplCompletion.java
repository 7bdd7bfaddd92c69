package dev.stg.interp.repl;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * What tab completes: command names first on a line, setting names and values after
 * {@code :set}, file names after {@code :load}, global names everywhere else.
 */
final class ReplCompletion {

    private ReplCompletion() {
    }

    static List<String> candidates(List<String> wordsBefore, String word, List<String> globals) {
        if (wordsBefore.isEmpty()) {
            if (word.startsWith(":")) return Command.allTyped();
            return globals;
        }
        Command command = wordsBefore.get(0).startsWith(":") ? Command.find(wordsBefore.get(0)).orElse(null) : null;
        if (command == Command.SET) {
            if (wordsBefore.size() == 1) return List.copyOf(ReplSettings.NAMES.keySet());
            return wordsBefore.size() == 2 ? ReplSettings.NAMES.getOrDefault(wordsBefore.get(1), List.of()) : List.of();
        }
        if (command == Command.LOAD) return files(word);
        return globals;
    }

    /** The files and folders (with a trailing slash) in the folder {@code word} names so far. */
    private static List<String> files(String word) {
        int slash = word.lastIndexOf('/');
        String folder = slash < 0 ? "" : word.substring(0, slash + 1);
        Path dir = Path.of(folder.isEmpty() ? "." : folder);
        List<String> names = new ArrayList<>();
        try (Stream<Path> entries = Files.list(dir)) {
            entries.forEach(p -> names.add(folder + p.getFileName() + (Files.isDirectory(p) ? "/" : "")));
        } catch (IOException e) {
            return List.of();
        }
        names.sort(null);
        return names;
    }
}
