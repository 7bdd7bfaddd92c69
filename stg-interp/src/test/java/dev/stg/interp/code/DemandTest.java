package dev.stg.interp.code;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Demands are the child's paths through its parent; a union grows only where an edge adds. */
class DemandTest {

    private static Demand through(long mask, int field, Demand beyond) {
        Demand[] subs = new Demand[8];
        subs[field] = beyond;
        return Demand.of(mask, subs);
    }

    @Test
    void aUnionThatAddsNothingIsTheSameDemand() {
        Demand ab = Demand.of(0b11);
        assertThat(Demand.union(ab, Demand.of(0b01))).isSameAs(ab);
        assertThat(Demand.union(Demand.of(0b01), ab)).isSameAs(ab);
    }

    @Test
    void aUnionJoinsTheFieldsAndThePathsBeyond() {
        Demand viaFirst = through(0b01, 0, Demand.of(0b100));
        Demand viaFirstToo = through(0b11, 0, Demand.of(0b010));
        Demand both = Demand.union(viaFirst, viaFirstToo);
        assertThat(both).hasToString("{0:{1,2},1}");
    }

    @Test
    void theHoldersOwnEdgeCoversEveryChildsPath() {
        Demand own = Demand.of(0b1);
        Demand path = through(0b1, 0, Demand.of(0b10));
        assertThat(Demand.union(path, own)).isSameAs(own);
        assertThat(Demand.union(own, path)).isSameAs(own);
    }

    @Test
    void aGrandparentUsedAsAValueStaysWholeWhateverTheHoldersOwnEdgeSays() {
        Demand called = through(0b1, 0, Demand.ALL);
        assertThat(Demand.union(Demand.of(0b1), called)).hasToString("{0:all}");
        assertThat(Demand.union(called, Demand.of(0b1))).isSameAs(called);
    }

    @Test
    void allAbsorbsEveryDemand() {
        assertThat(Demand.union(through(0b1, 0, Demand.of(0b1)), Demand.ALL)).isSameAs(Demand.ALL);
        assertThat(Demand.of(InfoTable.ALL_FIELDS)).isSameAs(Demand.ALL);
    }
}
