package dev.stg.interp.code;

import dev.stg.core.parse.Dialect;

import java.util.Map;

/**
 * A program ready to run: its info tables, the image of the static region (global closures,
 * the DEAD object), where each global lives, the Int# constant pool, and the size of the
 * register file its bodies need.
 *
 * @param staticImage words {@code [0, staticImage.length)} of every heap space; address 0 is null
 */
public record CompiledProgram(InfoTables infos, long[] staticImage, Map<String, Integer> globals,
                              long[] constants, int registerSlots, Dialect dialect) {

    public int globalAddress(String name) {
        Integer address = globals.get(name);
        if (address == null) throw new IllegalArgumentException("no global named " + name);
        return address;
    }
}
