package dev.stg.core.nest;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The closures built so far in the body the pass is in and still in scope (bound by an
 * enclosing let of that body), indexed by the binders each reaches through its fields: the
 * sibling candidates of a closure are those reaching something it reads, found without
 * looking at the others. Scoped like the lets: {@link #add} on entering a let's body,
 * {@link #remove} in reverse order on leaving it.
 */
final class Siblings {

    /** Compared by identity: a holder's record equality would walk its whole chain. */
    private static final class Entry {
        final Holder holder;
        final int order;

        Entry(Holder holder, int order) {
            this.holder = holder;
            this.order = order;
        }
    }

    private final Map<BinderId, Deque<Entry>> byReached = new HashMap<>();
    private int added;

    void add(Holder holder) {
        Entry entry = new Entry(holder, added++);
        for (BinderId id : reached(holder)) byReached.computeIfAbsent(id, k -> new ArrayDeque<>()).push(entry);
    }

    void remove(Holder holder) {
        for (BinderId id : reached(holder)) {
            Deque<Entry> entries = byReached.get(id);
            entries.pop();
            if (entries.isEmpty()) byReached.remove(id);
        }
        added--;
    }

    /** The siblings holding one of {@code used}, the most recently built first. */
    List<Holder> holding(Set<BinderId> used) {
        Set<Entry> found = new LinkedHashSet<>();
        for (BinderId id : used) {
            Deque<Entry> entries = byReached.get(id);
            if (entries != null) found.addAll(entries);
        }
        List<Entry> sorted = new ArrayList<>(found);
        sorted.sort(Comparator.comparingInt((Entry e) -> e.order).reversed());
        return sorted.stream().map(e -> e.holder).toList();
    }

    private static Set<BinderId> reached(Holder holder) {
        Set<BinderId> ids = new LinkedHashSet<>();
        collect(holder.fields(), ids);
        return ids;
    }

    private static void collect(List<Field> fields, Set<BinderId> into) {
        for (Field f : fields) {
            if (f instanceof Field.Parent p) collect(p.reached(), into);
            else into.add(f.id());
        }
    }
}
