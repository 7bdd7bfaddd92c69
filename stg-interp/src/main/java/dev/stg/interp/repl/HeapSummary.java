package dev.stg.interp.repl;

import dev.stg.interp.code.InfoTable;
import dev.stg.interp.heap.Heap;
import dev.stg.interp.machine.Machine;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The objects of a machine's heap grouped by info table, for {@code :heap}: the heap is walked
 * from the first object to the allocation pointer, each object being its header and fields.
 */
final class HeapSummary {

    /** The objects of one info table. */
    record Row(InfoTable info, long objects, long words) {
    }

    private HeapSummary() {
    }

    /** One row per info table with objects in the heap, most words first. */
    static List<Row> rows(Machine machine) {
        Heap heap = machine.heap();
        Map<InfoTable, long[]> counts = new LinkedHashMap<>();
        for (int address = Heap.DEAD_ADDRESS; address < heap.hp; ) {
            InfoTable info = machine.info(address);
            int size = info.firstField + info.fieldCount();
            long[] count = counts.computeIfAbsent(info, i -> new long[2]);
            count[0]++;
            count[1] += size;
            address += size;
        }
        List<Row> rows = new ArrayList<>();
        counts.forEach((info, count) -> rows.add(new Row(info, count[0], count[1])));
        rows.sort(Comparator.comparingLong(Row::words).reversed().thenComparing(r -> r.info().index));
        return rows;
    }

    /** The rows as a table, with the totals and the heap's static and dynamic sizes. */
    static String table(Machine machine) {
        List<Row> rows = rows(machine);
        StringBuilder out = new StringBuilder();
        out.append(String.format(Locale.ROOT, "%-6s %-40s %9s %9s%n", "kind", "info table", "objects", "words"));
        long objects = 0;
        long words = 0;
        for (Row row : rows) {
            out.append(String.format(Locale.ROOT, "%-6s %-40s %,9d %,9d%n", row.info().kind,
                    row.info().describe(), row.objects(), row.words()));
            objects += row.objects();
            words += row.words();
        }
        Heap heap = machine.heap();
        out.append(String.format(Locale.ROOT, "%-6s %-40s %,9d %,9d%n", "", "total", objects, words));
        out.append(String.format(Locale.ROOT, "static %,d words, dynamic %,d words, capacity %,d words%n",
                heap.staticEnd - Heap.DEAD_ADDRESS, heap.dynamicWords(), heap.capacity()));
        return out.toString();
    }
}
