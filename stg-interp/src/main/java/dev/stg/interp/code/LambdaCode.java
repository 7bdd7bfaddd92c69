package dev.stg.interp.code;

/**
 * The compiled body of a lambda-form. On entry the node is in slot 0 and the parameters in
 * slots 1..arity; then {@link #loadSlots} are filled from {@link #loadOperands} in order:
 * ancestor pointers of nested entries (one parent hop each, {@link #hops} of them) and, with
 * the eager access strategy, every free variable.
 */
public final class LambdaCode {

    public final InfoTable info;
    public final int arity;
    /**
     * The argument-frame shape of the parameters' kinds (pointer or Int#). Shapes are interned
     * by layout, so an unknown call passes the kinds the function expects exactly when its
     * frame's shape is this very table: one comparison.
     */
    public final InfoTable params;
    /** Per parameter: {@link InfoTable#INT}, PTR, or {@link #ANY_KIND} when the body never mentions it. */
    public final byte[] paramKinds;
    public static final byte ANY_KIND = -1;
    private Code body;
    private int[] loadSlots;
    private int[] loadOperands;
    private int hops;

    LambdaCode(InfoTable info, int arity, InfoTable params, byte[] paramKinds) {
        this.info = info;
        this.arity = arity;
        this.params = params;
        this.paramKinds = paramKinds;
        info.attach(this);
    }

    void setBody(Code body, int[] loadSlots, int[] loadOperands, int hops) {
        this.body = body;
        this.loadSlots = loadSlots;
        this.loadOperands = loadOperands;
        this.hops = hops;
    }

    public Code body() {
        return body;
    }

    public int[] loadSlots() {
        return loadSlots;
    }

    public int[] loadOperands() {
        return loadOperands;
    }

    public int hops() {
        return hops;
    }
}
