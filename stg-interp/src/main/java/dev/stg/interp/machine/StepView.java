package dev.stg.interp.machine;

import dev.stg.core.syntax.SourceFile;
import dev.stg.core.syntax.Span;
import dev.stg.interp.code.Code;
import dev.stg.interp.code.InfoTable;
import dev.stg.interp.code.Kind;
import dev.stg.interp.code.Operand;
import dev.stg.interp.heap.Header;
import dev.stg.interp.heap.Heap;
import dev.stg.interp.heap.HeapWalk;
import org.eclipse.collections.api.list.primitive.MutableIntList;
import org.eclipse.collections.impl.list.mutable.primitive.IntArrayList;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The step view of {@code stg run --trace=full} and the REPL's {@code :step}: for each step, the
 * rule that fired and why, the expression (a source excerpt at its position), the closure
 * whose body runs with its free variables (those read through parent pointers are listed
 * under the parent, with the path), the top stack frames with their saved variables by name,
 * and what the step allocates. The state shown is the one the rule acts on: before the step.
 *
 * <p>The closure whose body runs is not a machine register (after a case returns, the node is
 * in the register file only if the alternatives read it), so the view follows it: it is the
 * object the last entry rule entered, and a case frame remembers the closure that pushed it.
 * The view pins these closures so collections keep them where it can read them: a traced run
 * may keep a few more words alive than an untraced one.
 */
public final class StepView implements StepTracer {

    private static final int FRAMES_SHOWN = 4;
    private static final int VALUE_WIDTH = 60;
    private static final int EXCERPT_WIDTH = 60;
    /** How far down a chain of parents the view follows a free variable. */
    private static final int PATH_DEPTH = 4;

    private final Map<String, SourceFile> sources = new HashMap<>();
    private final Consumer<String> out;
    private final long firstShown;
    private boolean forPrinter;
    /** The pin handle of the closure whose body runs; -1 before the evaluation's first entry. */
    private int current = -1;
    private int firstPin = -1;
    /** The pin handles of the closures waiting in case frames, innermost last. */
    private final MutableIntList waiting = new IntArrayList();

    /**
     * @param sources    the program's source files, for excerpts
     * @param out        receives each step's view (several lines, each ending in a newline)
     * @param firstShown steps before it are followed but not rendered (:step replays up to one step)
     */
    public StepView(List<SourceFile> sources, Consumer<String> out, long firstShown) {
        for (SourceFile source : sources) this.sources.put(source.name(), source);
        this.out = out;
        this.firstShown = firstShown;
    }

    @Override
    public void evaluationStarts(Machine machine, boolean forPrinter) {
        this.forPrinter = forPrinter;
        current = -1;
        firstPin = -1;
        waiting.clear();
    }

    @Override
    public void evaluationEnds(Machine machine) {
        if (firstPin >= 0) machine.unpinFrom(firstPin);
        current = -1;
        firstPin = -1;
        waiting.clear();
    }

    @Override
    public void step(Machine machine, long step, Rule rule, Object at, int sp, long value, boolean pointer) {
        boolean showClosure = at instanceof Code;
        switch (rule) {
            case KNOWN_CALL, EXACT_CALL, ENTER_THUNK, ENTER_CLOSURE, APPLY_EXACT, APPLY_OVERSATURATED -> {
                enter(machine, value);
                showClosure = true;
            }
            case CASE_RETURN -> {
                if (!waiting.isEmpty()) {
                    machine.unpinFrom(current);
                    current = waiting.removeAtIndex(waiting.size() - 1);
                }
                showClosure = true;
            }
            default -> {
            }
        }
        if (step >= firstShown) out.accept(render(machine, step, rule, at, sp, value, pointer, showClosure));
        if (rule == Rule.CASE_PUSH && current >= 0) {
            waiting.add(current);
            current = machine.pin(machine.pinned(current));
        }
    }

    private void enter(Machine machine, long node) {
        if (current < 0) {
            current = machine.pin(node);
            firstPin = current;
        } else {
            machine.setPinned(current, node);
        }
    }

    // ---------------------------------------------------------------- rendering

    private String render(Machine m, long step, Rule rule, Object at, int sp, long value, boolean pointer,
                          boolean showClosure) {
        StringBuilder s = new StringBuilder();
        s.append("step ").append(step).append("  ").append(rule.name());
        if (forPrinter) s.append("  [the value printer forcing a part of the result]");
        s.append('\n');
        line(s, "why", rule.description);
        if (at instanceof Code code) {
            line(s, "expr", excerpt(code.span));
            int[] args = code instanceof Code.KnownCall call ? call.args : code instanceof Code.Call call ? call.args : null;
            if (args != null) line(s, "args", arguments(m, code, args));
        } else if (value != NO_VALUE) {
            InfoTable info = (InfoTable) at;
            if (!info.kind.isFrame()) {
                line(s, "object", pointer ? value(m, value) : value + "#");
                if (info.lambda() != null && showClosure) line(s, "expr", excerpt(info.lambda().body().span));
            } else {
                line(s, "returns", pointer ? value(m, value) : value + "#");
            }
        }
        if (showClosure && current >= 0) closure(m, s);
        stack(m, s, sp);
        allocations(m, s, rule, at, sp, value);
        return s.toString();
    }

    private static void line(StringBuilder s, String label, String text) {
        s.append(String.format(Locale.ROOT, "  %-8s %s%n", label, text));
    }

    private static void more(StringBuilder s, String text) {
        s.append("             ").append(text).append('\n');
    }

    /** {@code file:3:9  case xs of { Nil -> ...}}: the expression's first line, cut to width. */
    private String excerpt(Span span) {
        if (span == null || !span.isKnown()) return "(made by a pass: no source)";
        SourceFile source = sources.get(span.file());
        if (source == null) return span.location();
        String line = source.line(span.line());
        int from = Math.min(Math.max(span.column() - 1, 0), line.length());
        int to = span.endLine() == span.line() ? Math.min(Math.max(span.endColumn() - 1, from), line.length())
                : line.length();
        String text = line.substring(from, to).strip().replaceAll("\\s+", " ");
        if (span.endLine() != span.line()) text += " ...";
        return span.location() + "  " + cut(text, EXCERPT_WIDTH);
    }

    private static String cut(String text, int width) {
        return text.length() <= width ? text : text.substring(0, width - 3) + "...";
    }

    private void closure(Machine m, StringBuilder s) {
        long p = m.pinned(current);
        InfoTable info = m.info(p);
        line(s, "closure", info.kind + " " + info.describe() + (info.fieldCount() == 0 ? ", no free variables" : ""));
        fields(m, s, p, info, InfoTable.ALL_FIELDS, "", 0);
    }

    /** The fields of the object at {@code p} that {@code mask} demands, each reached through {@code path}. */
    private void fields(Machine m, StringBuilder s, long p, InfoTable info, long mask, String path, int depth) {
        long[] words = m.heap().words;
        for (int i = 0; i < info.fieldCount(); i++) {
            if (!InfoTable.demands(mask, i)) continue;
            String name = info.fieldNames[i] == null ? "field " + i : info.fieldNames[i];
            long word = words[(int) p + info.firstField + i];
            String through = path.isEmpty() ? "" : "   (through " + path + ")";
            if (info.fieldTypes[i] == InfoTable.INT) {
                more(s, name + " = " + word + "#" + through);
            } else if (info.fieldTypes[i] == InfoTable.PTR) {
                more(s, name + " = " + value(m, word) + through);
            } else {
                InfoTable parent = m.info(word);
                more(s, name + " = parent " + parent.kind + " " + parent.describe() + through);
                if (depth < PATH_DEPTH) {
                    fields(m, s, word, parent, info.parentMask(i), path.isEmpty() ? name : path + "." + name, depth + 1);
                }
            }
        }
    }

    private void stack(Machine m, StringBuilder s, int sp) {
        long[] words = m.stack().words;
        List<String> shown = new ArrayList<>();
        int frames = HeapWalk.frames(words, 0, sp, m.infos().toArray(), (top, base, frame) -> {
            if (shown.size() < FRAMES_SHOWN) shown.add(frame(m, frame, words, base));
        });
        line(s, "stack", frames + (frames == 1 ? " frame" : " frames") + (frames > 0 ? ", top first" : ""));
        for (String f : shown) more(s, f);
        if (frames > FRAMES_SHOWN) more(s, "... " + (frames - FRAMES_SHOWN) + " more");
    }

    private String frame(Machine m, InfoTable frame, long[] words, int base) {
        return switch (frame.kind) {
            case CASE_FRAME -> "case (" + frame.span.location() + ")"
                    + (frame.fieldCount() == 0 ? "" : " saving " + words(m, frame, words, base));
            case UPDATE_FRAME -> "update " + object(m, words[base]);
            case ARGS_FRAME -> "args " + words(m, frame, words, base);
            default -> frame.name;
        };
    }

    /** {@code x = 1#, xs = Cons ...}: a frame's payload, by name where its table names the words. */
    private String words(Machine m, InfoTable table, long[] words, int base) {
        List<String> parts = new ArrayList<>();
        for (int i = 0; i < table.fieldCount(); i++) {
            long word = words[base + i];
            String value = table.fieldTypes[i] == InfoTable.INT ? word + "#"
                    : table.fieldTypes[i] == InfoTable.PARENT ? object(m, word) : value(m, word);
            parts.add(table.fieldNames[i] == null ? value : table.fieldNames[i] + " = " + value);
        }
        return String.join(", ", parts);
    }

    private void allocations(Machine m, StringBuilder s, Rule rule, Object at, int sp, long node) {
        switch (rule) {
            case LET -> {
                Code.Let let = (Code.Let) at;
                for (Code.Alloc a : let.allocs) {
                    InfoTable info = a.info();
                    List<String> fields = new ArrayList<>();
                    for (int i = 0; i < a.fieldOperands().length; i++) {
                        int operand = a.fieldOperands()[i];
                        String sibling = sibling(let, operand);
                        String value = sibling != null ? sibling
                                : info.fieldTypes[i] == InfoTable.INT ? m.peek(operand) + "#"
                                : info.fieldTypes[i] == InfoTable.PARENT ? object(m, m.peek(operand))
                                : value(m, m.peek(operand));
                        fields.add(info.fieldNames[i] == null ? value : info.fieldNames[i] + " = " + value);
                    }
                    line(s, a == let.allocs[0] ? "allocs" : "", a.binder() + " = " + info.kind + " " + info.describe()
                            + ", " + a.words()
                            + " words" + (fields.isEmpty() ? "" : ": " + String.join(", ", fields)));
                }
            }
            case RETURN_CON -> {
                Code.ReturnCon rc = (Code.ReturnCon) at;
                List<String> fields = new ArrayList<>();
                for (int i = 0; i < rc.args.length; i++) {
                    long word = m.peek(rc.args[i]);
                    fields.add(rc.con.fieldTypes[i] == InfoTable.INT ? word + "#" : value(m, word));
                }
                line(s, "allocs", "CON " + rc.con.name + ", " + (1 + rc.args.length) + " words"
                        + (fields.isEmpty() ? "" : ": " + String.join(", ", fields)));
            }
            case BUILD_PAP -> {
                int held = m.infos().get((int) m.stack().words[sp - 1]).arity;
                line(s, "allocs", "PAP of " + value(m, node) + " holding " + held + " argument"
                        + (held == 1 ? "" : "s") + ", " + (2 + held) + " words");
            }
            default -> {
            }
        }
    }

    /** A call's arguments, by the kinds its argument shape or its callee's parameters say. */
    private static String arguments(Machine m, Code call, int[] args) {
        InfoTable shape = call instanceof Code.Call c ? c.argsShape : ((Code.KnownCall) call).target.params;
        List<String> values = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            long word = m.peek(args[i]);
            values.add(shape.fieldTypes[i] == InfoTable.INT ? word + "#" : value(m, word));
        }
        return String.join(", ", values);
    }

    /** {@code <new xs>} when a let field names a closure of the same group, not yet allocated. */
    private static String sibling(Code.Let let, int operand) {
        if (Operand.kind(operand) != Operand.LOCAL) return null;
        for (Code.Alloc a : let.allocs) {
            if (a.slot() == Operand.payload(operand)) return "<new " + a.binder() + ">";
        }
        return null;
    }

    /** {@code THUNK ys (f.stg:3:9)}: an object by its info table, not its contents. */
    private static String object(Machine m, long p) {
        InfoTable info = m.info(p);
        return info.kind + " " + info.describe();
    }

    /** A value as it is now, without evaluating anything, cut to width. */
    private static String value(Machine m, long p) {
        StringBuilder s = new StringBuilder();
        value(m, p, 0, s);
        return cut(s.toString(), VALUE_WIDTH);
    }

    private static void value(Machine m, long p, int depth, StringBuilder s) {
        long[] words = m.heap().words;
        p = Heap.followIndirections(words, p);
        InfoTable info = m.info(p);
        switch (info.kind) {
            case FUN -> s.append("<function ").append(info.name).append('>');
            case PAP -> s.append("<pap of ").append(m.info(words[(int) p + 1]).name).append('>');
            case THUNK -> s.append("<thunk ").append(info.name)
                    .append(Header.isBlackhole(words[(int) p]) ? ", under evaluation>" : ">");
            case CON -> {
                if (info.fieldCount() == 0) {
                    s.append(info.name);
                    return;
                }
                if (depth > 1 || s.length() > VALUE_WIDTH) {
                    s.append("...");
                    return;
                }
                if (depth > 0) s.append('(');
                s.append(info.name);
                for (int i = 0; i < info.fieldCount(); i++) {
                    s.append(' ');
                    long word = words[(int) p + 1 + i];
                    if (info.fieldTypes[i] == InfoTable.INT) s.append(word).append('#');
                    else value(m, word, depth + 1, s);
                }
                if (depth > 0) s.append(')');
            }
            default -> s.append(info.kind == Kind.DEAD ? "DEAD" : info.kind.name());
        }
    }
}
