package dev.stg.interp.code;

/**
 * Where a variable's value is found, packed in an int so the run loop reads operands without
 * allocating or dispatching virtually. The top four bits are the kind:
 * <ul>
 *   <li>{@code LOCAL}: a slot of the register file (parameters, let and case binders, node, loaded fields);</li>
 *   <li>{@code FIELD}: word {@code offset} of the object whose pointer is in slot {@code base}:
 *       a free variable read through the node or through a cached ancestor (an access path);</li>
 *   <li>{@code GLOBAL}: the address of a static closure;</li>
 *   <li>{@code CONST}: an Int# literal, by index in the program's constant pool.</li>
 * </ul>
 */
public final class Operand {

    public static final int LOCAL = 0;
    public static final int FIELD = 1;
    public static final int GLOBAL = 2;
    public static final int CONST = 3;

    private static final int PAYLOAD = (1 << 28) - 1;
    private static final int MAX_BASE = (1 << 14) - 1;

    private Operand() {
    }

    public static int local(int slot) {
        return checked(slot, PAYLOAD) | LOCAL << 28;
    }

    public static int field(int baseSlot, int offset) {
        return FIELD << 28 | checked(baseSlot, MAX_BASE) << 14 | checked(offset, MAX_BASE);
    }

    public static int global(int address) {
        return GLOBAL << 28 | checked(address, PAYLOAD);
    }

    public static int constant(int index) {
        return CONST << 28 | checked(index, PAYLOAD);
    }

    public static int kind(int operand) {
        return operand >>> 28;
    }

    /** LOCAL: the slot; GLOBAL: the address; CONST: the pool index. */
    public static int payload(int operand) {
        return operand & PAYLOAD;
    }

    public static int base(int operand) {
        return operand >>> 14 & MAX_BASE;
    }

    public static int offset(int operand) {
        return operand & MAX_BASE;
    }

    /** The register slot this operand reads, or -1: what liveness and frame saving track. */
    public static int slotRead(int operand) {
        return switch (kind(operand)) {
            case LOCAL -> payload(operand);
            case FIELD -> base(operand);
            default -> -1;
        };
    }

    private static int checked(int value, int max) {
        if (value < 0 || value > max) {
            throw new IllegalArgumentException("operand out of range: " + value + " > " + max);
        }
        return value;
    }
}
