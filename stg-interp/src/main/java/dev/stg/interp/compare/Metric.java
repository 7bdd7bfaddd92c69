package dev.stg.interp.compare;

import java.util.function.ToLongFunction;

/** The rows of {@code stg compare}'s table and the keys of its JSON, in that order. */
public enum Metric {
    STEPS("steps", m -> m.stats().steps),
    ALLOC_WORDS("allocWords", m -> m.stats().allocWords),
    ALLOC_OBJECTS("allocObjects", m -> m.stats().allocObjects),
    FV_STORES("fvStores", m -> m.stats().fvStores),
    FV_LOADS("fvLoads", m -> m.stats().fvLoads),
    PARENT_HOPS("parentHops", m -> m.stats().parentHops),
    CLOSURES_NESTED("closuresNested", m -> m.census().nested()),
    MAX_RESIDENCY_WORDS("maxResidencyWords", m -> m.stats().maxResidencyWords),
    SAME_STEP_RESIDENCY_WORDS("sameStepResidencyWords", Measurement::sameStepResidencyWords),
    GC_COPIED_WORDS("gcCopiedWords", m -> m.stats().gcCopiedWords),
    TIME_NANOS("timeNanos", Measurement::medianNanos);

    private final String key;
    private final ToLongFunction<Measurement> value;

    Metric(String key, ToLongFunction<Measurement> value) {
        this.key = key;
        this.value = value;
    }

    public String key() {
        return key;
    }

    public long of(Measurement measurement) {
        return value.applyAsLong(measurement);
    }

    /** {@code measurement}'s value over {@code flat}'s; NaN when flat's is 0 (and the other not). */
    public double ratio(Measurement measurement, Measurement flat) {
        long mine = of(measurement);
        long base = of(flat);
        if (base == 0) return mine == 0 ? 1.0 : Double.NaN;
        return (double) mine / base;
    }
}
