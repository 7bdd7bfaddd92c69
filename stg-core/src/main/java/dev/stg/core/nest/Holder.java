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

    /**
     * What a closure built in a join point's body sees as its enclosing closure: nothing it can
     * point to. The join point has no heap object, and its free-variable list stays flat, so the
     * closure the join point runs in (and anything that closure reaches) is not at hand there:
     * naming it would make the join point's body use a name its own list does not hold. With no
     * fields it reaches nothing, so the chooser never picks it: a join point is never a parent.
     */
    static Holder joinPoint(String name, BinderId id) {
        return new Holder(name, id, false, false, List.of());
    }

    boolean mayBeParent(NestingOptions options) {
        return !constructorLayout && (!updatable || options.thunkParents());
    }

    /**
     * A sibling is built before q and may be evaluated before q is: a thunk sibling may already
     * be updated when q stores its pointer, and reading q's variables through it then read the
     * value's words (nfib, measured: a wrong answer). An enclosing thunk is still under evaluation
     * while its children are built, so only a parent can be a thunk.
     */
    boolean mayBeSibling(NestingOptions options) {
        return !updatable && mayBeParent(options);
    }
}
