package dev.stg.core.ghc;

import dev.stg.core.diag.Diagnostics;
import dev.stg.core.syntax.SourceFile;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

class GhcDumpParserTest {

    static GhcDump parseFile(Path path) throws IOException {
        Diagnostics diags = new Diagnostics();
        Optional<GhcDump> dump = GhcDumpParser.parse(SourceFile.read(path), diags);
        assertThat(diags.render()).isEmpty();
        assertThat(dump).isPresent();
        return dump.get();
    }

    @TestFactory
    Stream<DynamicTest> everyCommittedDumpParses() {
        return GhcCorpus.dumps().stream().map(p -> DynamicTest.dynamicTest(p.getParent().getFileName() + "/" + p.getFileName(),
                () -> assertThat(parseFile(p).groups()).isNotEmpty()));
    }
}
