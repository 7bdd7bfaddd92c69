package dev.stg.interp.code;

/**
 * A compiled join point: a local continuation of the body that binds it. Its parameters are
 * slots of that body's register frame; its body runs there. The body is set after the jumps
 * to it are compiled, since a joinrec's body jumps to itself.
 */
public final class JoinPoint {

    public final String name;
    public final int[] paramSlots;
    private Code body;

    JoinPoint(String name, int[] paramSlots) {
        this.name = name;
        this.paramSlots = paramSlots;
    }

    void setBody(Code body) {
        this.body = body;
    }

    public Code body() {
        return body;
    }
}
