package dev.stg.core.nest;

/**
 * The closure whose body the pass is in: {@code self}, and the names in scope at the start of
 * its body before its parameters ({@code atEntry}). A nested-entry head is resolved by the
 * checker first among the body's own binders, so a candidate parent's name must not have been
 * rebound between {@code atEntry} and the site of the closure being built.
 */
record Current(Holder self, Names atEntry) {

    /** Whether the head {@code name} still means what it meant at the start of the body. */
    boolean headVisibleAt(String name, Names site) {
        return site.lookup(name) == atEntry.lookup(name);
    }
}
