package dev.stg.interp.repl;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The REPL's {@code :commands}, with what {@code :help} says of them. */
enum Command {
    LOAD("FILE...", "load files in place of the loaded ones (typed bindings are dropped)"),
    RELOAD("", "read the loaded files again, keeping typed bindings"),
    BROWSE("", "list the globals with their kind and arity"),
    SHOW("NAME", "print a global's lambda-form with its free-variable list"),
    NEST("NAME", "the same after the nesting pass, nested entries as p{a b c}"),
    INFO("NAME", "a closure's kind, free variables, info-table fields, parent and masks"),
    SET("[NAME VALUE|+s|-s]", "change a setting, or list them all; +s prints time, steps and allocation"),
    STATS("", "the statistics of the last evaluation"),
    HEAP("", "the heap of the last evaluation, by info table"),
    DUMP("FILE", "write the heap of the last evaluation as a JSON heap dump"),
    GC("", "collect the heap of the last evaluation now"),
    TRACE("EXPR", "evaluate, printing every machine step: the rule that fired, stack depth, where"),
    STEP("EXPR", "evaluate step by step, each step's rule, expression, closure, stack and allocation: Enter steps, c continues, q quits"),
    HELP("[rules]", "this list (also :h and :?); :help rules lists the machine's rules and why each fires"),
    QUIT("", "leave the REPL (also Ctrl-D)");

    final String arguments;
    final String help;

    Command(String arguments, String help) {
        this.arguments = arguments;
        this.help = help;
    }

    /** {@code :load}, as typed. */
    String typed() {
        return ":" + name().toLowerCase(Locale.ROOT);
    }

    static List<String> allTyped() {
        return Arrays.stream(values()).map(Command::typed).toList();
    }

    /** The command {@code word} names: exactly, or as the unique command it is a prefix of (as in GHCi). */
    static Optional<Command> find(String word) {
        if (word.equals(":h") || word.equals(":?")) return Optional.of(HELP);
        List<Command> matches = Arrays.stream(values()).filter(c -> c.typed().startsWith(word)).toList();
        Optional<Command> exact = matches.stream().filter(c -> c.typed().equals(word)).findFirst();
        if (exact.isPresent()) return exact;
        return matches.size() == 1 ? Optional.of(matches.get(0)) : Optional.empty();
    }

    static String helpText() {
        StringBuilder out = new StringBuilder();
        for (Command c : values()) {
            out.append(String.format(Locale.ROOT, "  %-24s %s%n", c.typed() + " " + c.arguments, c.help));
        }
        out.append(String.format(Locale.ROOT, "  %-24s %s%n", "NAME = LAMBDA-FORM", "define or replace a global"));
        out.append(String.format(Locale.ROOT, "  %-24s %s%n", "EXPR", "evaluate, force fully and print"));
        return out.toString();
    }
}
