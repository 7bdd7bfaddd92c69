package dev.stg.interp.machine;

import dev.stg.core.Frontend;
import dev.stg.core.syntax.SourceFile;
import dev.stg.interp.run.ProgramRunner;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A machine stays usable after a fault: evaluating again on it gives the same answer, not a stale state. */
class MachineFaultTest {

    @Test
    void aThunkUnderEvaluationWhenAFaultStruckIsNotLeftBlackholed() {
        String text = "t = \\ => case /# 1# 0# of { r -> Int# r };\nmain = \\ => t;\n";
        List<SourceFile> sources = List.of(new SourceFile("fault.stg", text));
        Machine machine = ProgramRunner.load(Frontend.load(sources, Optional.empty()), ProgramRunner.Settings.defaults());
        for (int attempt = 0; attempt < 2; attempt++) {
            assertThatThrownBy(() -> machine.evaluateGlobal("t"))
                    .isInstanceOf(RuntimeFault.class)
                    .hasMessage("division by zero at fault.stg:1:10");
        }
    }
}
