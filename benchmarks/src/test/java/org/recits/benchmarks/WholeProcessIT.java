package org.recits.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * CI smoke test of the whole-process benchmark at ×1: run.sh completes, every run exits 0, and the
 * Python and DuckDB baselines' figures equal Récits' (compare.py exits 1 on any difference). Times nothing.
 */
class WholeProcessIT {

    @Test
    void runnerCompletesAndBothBaselinesAgreeWithRecits() throws Exception {
        Path out = Path.of("target", "it-run-1").toAbsolutePath();
        Process p = new ProcessBuilder("bash", "run.sh", "--scale", "1", "--out", out.toString())
                .redirectErrorStream(true).redirectOutput(Path.of("target", "it-run-1.log").toFile()).start();
        assertThat(p.waitFor(10, TimeUnit.MINUTES)).isTrue();
        String log = Files.readString(Path.of("target", "it-run-1.log"), StandardCharsets.UTF_8);
        assertThat(p.exitValue()).as(log).isZero();
        String results = Files.readString(out.resolve("results.md"), StandardCharsets.UTF_8);
        assertThat(results).contains("| Récits `recits report` |", "| Python baseline", "| DuckDB baseline", "| parse only")
                .containsPattern("cross-check: [1-9][0-9]* figures compared, 0 differences; "
                        + "DuckDB: [1-9][0-9]* figures compared, 0 differences");
        assertThat(out.resolve("recits").resolve("recits-2021-T1.xlsx")).isRegularFile();
    }
}
