package org.recits.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import org.junit.jupiter.api.Test;

/**
 * docs/indicateurs.md is generated from the shipped indicators' definitions; this fails as soon as a
 * definition changes without the page being regenerated, so the catalogue never drifts from the code.
 */
class CatalogueIT {

    private static final String REFRESH = "mvn -q -DskipTests install && "
            + "distribution/target/recits/recits indicators --markdown > docs/indicateurs.md";

    @Test
    void theCatalogueIsWhatTheShippedIndicatorsSay() throws Exception {
        Distribution.Run run = Distribution.inProcess(Distribution.folder(), "indicators", "--markdown");
        assertThat(run.code()).as(run.err()).isZero();
        assertThat(run.out()).startsWith("# Catalogue des indicateurs").contains("`PART_ATTENDANCE_RATE`");

        Path doc = Paths.get("").toAbsolutePath().getParent().resolve("docs/indicateurs.md");
        String committed = Files.exists(doc) ? Files.readString(doc, StandardCharsets.UTF_8) : "";
        assertThat(committed)
                .as("docs/indicateurs.md differs from the indicators' definitions; refresh it from the repository root with:%n  %s%n",
                        REFRESH)
                .isEqualTo(run.out());
    }
}
