package dev.stg.interp.dump;

import dev.stg.interp.machine.Machine;
import dev.stg.interp.machine.MachineObserver;
import dev.stg.interp.machine.RuntimeFault;

import java.util.List;

/** Several observers as one: the machine has a single observer slot. */
final class Observers implements MachineObserver {

    private final List<MachineObserver> observers;

    Observers(List<MachineObserver> observers) {
        this.observers = List.copyOf(observers);
    }

    @Override
    public void afterCollection(Machine machine, long[] registers, int[] liveSlots) {
        for (MachineObserver observer : observers) observer.afterCollection(machine, registers, liveSlots);
    }

    @Override
    public void onFault(Machine machine, RuntimeFault fault) {
        for (MachineObserver observer : observers) observer.onFault(machine, fault);
    }

    @Override
    public long nextCollectionStep(Machine machine) {
        long next = Long.MAX_VALUE;
        for (MachineObserver observer : observers) next = Math.min(next, observer.nextCollectionStep(machine));
        return next;
    }
}
