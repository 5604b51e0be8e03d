package org.recits.example.immersion;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.recits.testkit.FelixHarness;
import org.recits.testkit.ReportFiles;

/** The built jar inside a real Felix framework with the product's bundles, through the testkit. */
class ImmersionShareIT {

    @TempDir
    Path out;

    private final FelixHarness recits = FelixHarness.ofBundles(Paths.get(System.getProperty("recits.bundles")))
            .withPlugin(Paths.get(System.getProperty("plugin.jar")));

    @Test
    void theIndicatorIsListed() {
        FelixHarness.Run run = recits.run("indicators");
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("EX_IMMERSION_SHARE").contains("Part des jours en immersion");
    }

    @Test
    void itsFiguresReachTheWorkbookAndItsSentencesTheNarrative() throws Exception {
        FelixHarness.Run run = recits.run("report", "--data", Paths.get("src/test/resources/donnees").toString(),
                "--period", "2020-T1", "--out", out.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();

        List<Map<String, Object>> rows = ReportFiles.indicatorRows(out.resolve("recits-2020-T1.xlsx")).stream()
                .filter(r -> "EX_IMMERSION_SHARE".equals(r.get("Code")))
                .filter(r -> "oui".equals(r.get("Période du rapport")))
                .toList();
        // the same figures as the unit test computes from the same files
        assertThat(rows).filteredOn(r -> "metz".equals(r.get("Périmètre")))
                .singleElement().satisfies(r -> assertThat((Double) r.get("Valeur")).isEqualTo(0.25));
        assertThat(rows).filteredOn(r -> "programme".equals(r.get("Périmètre")))
                .singleElement().satisfies(r -> assertThat((Double) r.get("Valeur")).isCloseTo(1.0 / 6,
                        org.assertj.core.data.Offset.offset(1e-9)));

        String html = Files.readString(ReportFiles.find(out, "recit-", ".html"));
        // The narrative sets French typography on a plugin's sentences too: a no-break space before « % ».
        assertThat(html).contains("25\u00a0% des jours d’intervention se sont passés en immersion");
    }
}
