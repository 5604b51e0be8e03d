package org.recits.api.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.recits.api.data.Dataset;
import org.recits.api.data.SourceFile;
import org.recits.api.model.Collectivite;

/** The defaults an ingestor plugin inherits: no cross-file check, no kit. */
class IngestorTest {

    /** Reads nothing; only its defaults are under test. */
    private static final Ingestor MINIMAL = new Ingestor() {
        @Override
        public String id() {
            return "minimal";
        }

        @Override
        public boolean accepts(InputFile file) {
            return false;
        }

        @Override
        public List<SourceFile.TableCount> ingest(InputFile file, Dataset.Builder builder) {
            return List.of();
        }
    };

    @Test
    void theDefaultCrossCheckLeavesTheBuilderAsItWas() {
        Dataset.Builder b = Dataset.builder()
                .add(new Collectivite("metz", "Metz", null, null, null, null, null, null));
        Dataset before = b.build();
        MINIMAL.crossCheck(b, before);
        Dataset after = b.build();
        assertThat(after.collectivites()).isEqualTo(before.collectivites());
        assertThat(after.findings()).isEmpty();
        assertThat(after.sources()).isEmpty();
    }

    @Test
    void theDefaultKitWritesNothing(@TempDir Path folder) throws IOException {
        assertThat(MINIMAL.writeKit(folder, Locale.FRENCH)).isEmpty();
        try (var files = Files.list(folder)) {
            assertThat(files).isEmpty();
        }
    }
}
