package dev.stg.core.gen;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.nio.file.Files;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class FnFamilyTest {

    @ParameterizedTest(name = "f{0} is the program gen_fn.py wrote to samples/nested")
    @ValueSource(ints = {4, 20, 50})
    void generatesTheSampleProgramsWithoutTheirHeaderComment(int n) throws IOException {
        String sample = Files.readString(Samples.folder().orElseThrow().resolve("nested/f" + n + ".stg"));
        String withoutComments = sample.lines().filter(line -> !line.startsWith("--"))
                .collect(Collectors.joining("\n", "", "\n"));

        assertThat(FnFamily.source(n)).isEqualTo(withoutComments);
    }

    @Test
    void expectsTheListOfTheArgumentsFedToTheLevels() throws IOException {
        assertThat(FnFamily.expectedOutput(3)).isEqualTo("Cons (Int# 0#) (Cons (Int# 1#) (Cons (Int# 2#) Nil))");
        assertThat(FnFamily.expectedOutput(20) + "\n")
                .isEqualTo(Files.readString(Samples.folder().orElseThrow().resolve("nested/f20.out")));
    }

    @Test
    void rejectsADepthBelowOne() {
        assertThatThrownBy(() -> FnFamily.source(0)).hasMessage("f_n needs n >= 1, not 0");
    }
}
