package dev.stg.interp.code;

import dev.stg.core.parse.Dialect;
import dev.stg.core.syntax.Rep;
import dev.stg.core.syntax.Span;

import java.util.List;
import java.util.Map;

/**
 * A program ready to run: its info tables, the image of the static region (global closures,
 * the DEAD object), where each global lives and what its value's rep is, the constant pool of
 * unboxed words, and the size of the register file its bodies need.
 *
 * @param staticImage words {@code [0, staticImage.length)} of every heap space; address 0 is null
 * @param staticBytes every distinct Addr# literal's bytes, each NUL-terminated; a literal's
 *                    word is the offset of its first byte here
 * @param callSites   every unknown call's span, by the index its ARGS frames carry ({@link ArgsHeader})
 */
public record CompiledProgram(InfoTables infos, long[] staticImage, Map<String, Integer> globals,
                              Map<String, List<Rep>> resultReps, long[] constants, int registerSlots, Dialect dialect,
                              byte[] staticBytes, Span[] callSites) {

    /**
     * What evaluating the global at {@code address} gives, for printing: a pointer or its unboxed
     * rep, or the reps of an unboxed tuple's components.
     */
    public List<Rep> resultReps(long address) {
        for (Map.Entry<String, Integer> global : globals.entrySet()) {
            if (global.getValue() == address) return resultReps.getOrDefault(global.getKey(), List.of(Rep.POINTER));
        }
        return List.of(Rep.INT);
    }

    public int globalAddress(String name) {
        Integer address = globals.get(name);
        if (address == null) throw new IllegalArgumentException("no global named " + name);
        return address;
    }
}
