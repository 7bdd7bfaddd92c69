package dev.stg.interp.difftest;

import java.util.List;

/**
 * The generator's types. STG is untyped, but a program that mixes Int# and pointers in one
 * variable is not one the machine promises to run, so the generator keeps every program typed:
 * Int#, a boxed integer {@code I n}, a finite list of boxed integers, or a curried function.
 */
sealed interface Type {

    Type INT = new Base("Int#");
    Type BOX = new Base("I");
    Type LIST = new Base("List");

    /** Types of data the machine prints fully: what {@code main} may return. */
    List<Type> PRINTABLE = List.of(INT, BOX, LIST);

    /** Types a constructor field, case scrutinee or thunk can have. */
    List<Type> BOXED_DATA = List.of(BOX, LIST);

    record Base(String name) implements Type {
        @Override
        public String toString() {
            return name;
        }
    }

    /** A function of {@code params} giving {@code result}, which may itself be a function (over-saturation). */
    record Fun(List<Type> params, Type result) implements Type {
        public Fun {
            params = List.copyOf(params);
        }

        /** The type after applying {@code count} arguments, or null if this type takes fewer. */
        Type afterApplying(int count) {
            if (count < params.size()) return new Fun(params.subList(count, params.size()), result);
            if (count == params.size()) return result;
            return result instanceof Fun rest ? rest.afterApplying(count - params.size()) : null;
        }

        /** The type of the {@code index}-th argument of a curried application. */
        Type argument(int index) {
            if (index < params.size()) return params.get(index);
            return ((Fun) result).argument(index - params.size());
        }

        /** How many arguments this type can take, counting through function results. */
        int maxArguments() {
            return params.size() + (result instanceof Fun rest ? rest.maxArguments() : 0);
        }

        @Override
        public String toString() {
            return params + " -> " + result;
        }
    }
}
