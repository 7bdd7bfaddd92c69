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
 * only the {@code ( ... )} right after each lambda's backslash is replaced or inserted. A list
 * that already names exactly the right variables, flat and in any order, is left as written.
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
            void lambda(Binding binding, LambdaForm lambda) {
                if (!lambda.span().file().equals(source.name()) || !lambda.span().isKnown()) return;
                List<FreeVarEntry> wanted = exact.get(lambda);
                if (!alreadyExact(lambda.freeVars(), wanted)) {
                    int backslash = lineStarts[lambda.span().line() - 1] + lambda.span().column() - 1;
                    edits.add(edit(source.text(), backslash, wanted));
                }
            }
        }.program(program);
        StringBuilder text = new StringBuilder(source.text());
        edits.sort(Comparator.comparingInt(Edit::from).reversed());
        for (Edit edit : edits) text.replace(edit.from(), edit.to(), edit.text());
        return text.toString();
    }

    private static boolean alreadyExact(List<FreeVarEntry> written, List<FreeVarEntry> wanted) {
        if (written.size() != wanted.size()) return false;
        Set<String> names = new HashSet<>();
        for (FreeVarEntry entry : written) {
            if (entry instanceof FreeVarEntry.Parent || !names.add(entry.name())) return false;
        }
        return wanted.stream().allMatch(entry -> names.contains(entry.name()));
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
