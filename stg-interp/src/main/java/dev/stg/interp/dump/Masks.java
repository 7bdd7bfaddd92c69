package dev.stg.interp.dump;

import dev.stg.interp.code.InfoTable;

/** Parent masks in human terms: which of the parent's fields an edge demands. */
final class Masks {

    private Masks() {
    }

    /** {@code all} or {@code {0,1}}: the parent field numbers the mask demands. */
    static String describe(long mask) {
        if (mask == InfoTable.ALL_FIELDS) return "all";
        StringBuilder s = new StringBuilder("{");
        for (int bit = 0; bit < 64; bit++) {
            if ((mask >>> bit & 1) == 0) continue;
            if (s.length() > 1) s.append(',');
            s.append(bit);
        }
        return s.append('}').toString();
    }
}
