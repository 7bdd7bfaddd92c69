package dev.stg.core.analysis;

import dev.stg.core.syntax.Binding;
import dev.stg.core.syntax.FreeVarEntry;
import dev.stg.core.syntax.LambdaForm;
import dev.stg.core.syntax.Program;
import dev.stg.core.syntax.SourceFile;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Rewrites a native-dialect file so every lambda-form's free-variable list is exact
 * ({@code stg fv --write}). The text is spliced, not reprinted, so comments and layout survive:
 * only the {@code ( ... )} right after each lambda's backslash is replaced or inserted, by the
 * exact flat list. A list that is already right, in any order or with nested entries, is left as
 * written.
 */
public final class FreeVariableRewriter {

    private record Edit(int from, int to, String text) {
    }

    private FreeVariableRewriter() {
    }

    /** {@code program}: the parsed program (it may include other files, whose lambdas are skipped). */
    public static String rewrite(SourceFile source, Program program) {
        Map<LambdaForm, List<FreeVarEntry>> exact = FreeVariables.exactLists(program);
        int[] lineStarts = lineStarts(source.text());
        List<Edit> edits = new ArrayList<>();
        new ExpressionWalker() {
            @Override
            void lambda(Binding binding) {
                LambdaForm lambda = binding.lambda();
                if (!lambda.span().file().equals(source.name()) || !lambda.span().isKnown()) return;
                List<FreeVarEntry> wanted = exact.get(lambda);
                if (!alreadyExact(lambda.freeVars(), wanted)) {
                    int backslash = lineStarts[lambda.span().line() - 1] + lambda.span().column() - 1;
                    edits.add(edit(source.text(), backslash, wanted));
                }
            }
        }.finds(program);
        StringBuilder text = new StringBuilder(source.text());
        edits.sort(Comparator.comparingInt(Edit::from).reversed());
        for (Edit edit : edits) text.replace(edit.from(), edit.to(), edit.text());
        return text.toString();
    }

    /**
     * A written list is kept when it names each variable once, provides every used one (plainly
     * or through a nested entry) and lists plainly only used ones: nested entries the nesting
     * pass or a person wrote survive.
     */
    private static boolean alreadyExact(List<FreeVarEntry> written, List<FreeVarEntry> wanted) {
        Set<String> all = new HashSet<>();
        Set<String> plain = new HashSet<>();
        if (!collect(written, all, plain)) return false;
        Set<String> used = new HashSet<>();
        wanted.forEach(entry -> used.add(entry.name()));
        return all.containsAll(used) && used.containsAll(plain);
    }

    /** Gathers every name and the plain ones; false on a name written twice. */
    private static boolean collect(List<FreeVarEntry> entries, Set<String> all, Set<String> plain) {
        for (FreeVarEntry entry : entries) {
            if (!all.add(entry.name())) return false;
            if (entry instanceof FreeVarEntry.Parent p) {
                if (!collect(p.reached(), all, plain)) return false;
            } else {
                plain.add(entry.name());
            }
        }
        return true;
    }

    private static Edit edit(String text, int backslash, List<FreeVarEntry> wanted) {
        if (backslash >= text.length() || text.charAt(backslash) != '\\') {
            throw new IllegalArgumentException("lambda span does not start at a backslash: offset " + backslash);
        }
        String list = FreeVarListText.parenthesised(wanted);
        int open = backslash + 1;
        while (open < text.length() && Character.isWhitespace(text.charAt(open))) open++;
        if (open < text.length() && text.charAt(open) == '(') {
            return new Edit(open, text.indexOf(')', open) + 1, list);
        }
        return new Edit(backslash + 1, backslash + 1, list);
    }

    private static int[] lineStarts(String text) {
        List<Integer> starts = new ArrayList<>(List.of(0));
        for (int i = 0; i < text.length(); i++) if (text.charAt(i) == '\n') starts.add(i + 1);
        return starts.stream().mapToInt(Integer::intValue).toArray();
    }
}
