package dev.stg.core.nest;

/**
 * The identity of one binder occurrence (a parameter, let/letrec or case binder). Two uses of a
 * name denote the same variable exactly when they resolve to the same BinderId: names alone
 * cannot tell, since an inner binder may shadow an outer one of the same name.
 */
final class BinderId {

    private final String name;

    BinderId(String name) {
        this.name = name;
    }

    @Override
    public String toString() {
        return name + "@" + Integer.toHexString(System.identityHashCode(this));
    }
}
