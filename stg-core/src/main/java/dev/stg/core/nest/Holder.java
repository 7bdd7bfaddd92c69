package dev.stg.core.nest;

import java.util.List;

/**
 * A closure that may hold variables for others: its name, binder, kind and (rewritten) fields.
 *
 * @param constructorLayout a non-updatable closure {@code \(x y) -> Con x y}, which the machine
 *                          allocates as the constructor itself: its fields are the constructor's
 *                          arguments, so it can neither be a parent nor hold a parent pointer
 */
record Holder(String name, BinderId id, boolean updatable, boolean constructorLayout, List<Field> fields) {

    Holder {
        fields = List.copyOf(fields);
    }

    boolean mayBeParent(NestingOptions options) {
        return !constructorLayout && (!updatable || options.thunkParents());
    }
}
