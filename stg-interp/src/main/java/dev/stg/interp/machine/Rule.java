package dev.stg.interp.machine;

/**
 * The rules of the eval/apply machine (Marlow and Peyton Jones, "Making a fast curry"). Every
 * step of the run loop fires exactly one; {@code --trace} prints its name.
 */
public enum Rule {
    LET("allocate the closures of a let/letrec group, bind them, continue with the body"),
    CASE_PUSH("push a case continuation holding the live variables, then evaluate the scrutinee"),
    CASE_OF_VALUE("the scrutinee is already a value: select an alternative without pushing a frame"),
    CASE_PRIM("case of a primop, literal or Int# variable: compute it in place and select an alternative"),
    KNOWN_CALL("saturated call of a statically known function: jump straight to its body"),
    EXACT_CALL("unknown function whose arity matches the arguments: enter its body"),
    PUSH_ARGS("unknown call: push the arguments in a frame and apply the function generically"),
    EVAL_VAR("evaluate a variable: enter the object it points to"),
    ENTER_THUNK("enter an updatable thunk: push an update frame and black-hole it"),
    ENTER_CLOSURE("enter a non-updatable closure with no parameters: run its body"),
    RETURN_VALUE("the object is already a value (constructor, function, PAP): return it"),
    RETURN_CON("allocate a constructor and return it"),
    RETURN_INT("return an Int# literal or variable"),
    PRIMOP("compute a primitive operation and return its Int# result"),
    JUMP("jump to a join point: its arguments go to its parameter slots, its body runs in the same frame"),
    RETURN_TUPLE("return an unboxed tuple's components in the return registers, allocating nothing"),
    CASE_RETURN("a value returns to a case frame: restore the saved variables and select an alternative"),
    UPDATE("a value returns to an update frame: the thunk becomes an indirection to it"),
    APPLY_EXACT("apply a function to exactly as many pending arguments as its arity"),
    APPLY_OVERSATURATED("call with the first arity arguments; the rest wait in a frame for the result"),
    BUILD_PAP("too few arguments: build a partial application and return it"),
    UNPACK_PAP("apply a partial application: its arguments go before the pending ones"),
    APPLY_THUNK("the function to apply is a thunk: evaluate it first, the arguments wait"),
    RETURN_TO_ARGS("a function value returns to pending arguments: apply it to them"),
    STOP("the value returns to the stop frame: this evaluation is complete");

    public final String description;

    Rule(String description) {
        this.description = description;
    }
}
