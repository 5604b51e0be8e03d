package org.recits.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.recits.launcher.broken.BrokenPlugins;
import org.recits.testkit.ReportFiles;

/**
 * Issue 7's promise to plugin authors, end to end with the real bundles: a jar copied into
 * {@code plugins/} takes part in the next run (listed, in the workbook, in the narrative), and a broken
 * one is named and does not stop the report.
 */
class PluginDropInIT extends ProductCopy {

    @Test
    void aDroppedPluginIsInTheListTheWorkbookAndTheNarrative() throws IOException {
        Distribution.Run before = Distribution.inProcess(home, "indicators");
        assertThat(before.out()).doesNotContain("EX_IMMERSION_SHARE");

        dropExample();
        Distribution.Run listed = Distribution.inProcess(home, "indicators");
        assertThat(listed.out()).contains("EX_IMMERSION_SHARE");

        Path out = tmp.resolve("sortie");
        Distribution.Run run = Distribution.inProcess(home, "demo", "--out", out.toString());
        assertThat(run.code()).as(run.err()).isZero();
        List<String> codes = ReportFiles.indicatorCodes(xlsx(out));
        // one row per scope and period, like every shipped indicator
        assertThat(codes).contains("EX_IMMERSION_SHARE", "PART_ATTENDANCE_RATE");
        assertThat(codes.stream().filter("EX_IMMERSION_SHARE"::equals).count())
                .isEqualTo(codes.stream().filter("PART_ATTENDANCE_RATE"::equals).count());
        String html = Files.readString(ReportFiles.find(out, "recit-", ".html"));
        assertThat(html).contains("EX_IMMERSION_SHARE").contains("des jours d’intervention se sont passés en immersion");
    }

    @Test
    void brokenPluginsAreNamedAndTheReportIsStillWritten() throws Exception {
        dropExample();
        BrokenPlugins.throwingInCompute(home.resolve("plugins/greffon-bogue.jar"));
        BrokenPlugins.builtAgainstApi2(home.resolve("plugins/greffon-api2.jar"));
        Path out = tmp.resolve("sortie");

        // as a user runs it (a process): the engine's messages go to standard error
        Distribution.Run run = Distribution.script(home, tmp, "demo", "--out", out.toString());

        assertThat(run.code()).as(run.out() + run.err()).isEqualTo(4);
        // throws in compute: named by indicator and bundle, with the exception's message
        assertThat(run.err()).contains("Greffon en échec\u00a0: EX_BROKEN").contains("org.example.throwing")
                .contains("division par zéro");
        // built against an API this product does not provide: named by file and bundle, with the versions
        assertThat(run.err()).contains("Greffon en échec\u00a0: greffon-api2.jar (org.example.api2 1.0.0)")
                .contains("org.recits.api.indicator");
        // everything else is written, the working plugin included
        List<String> codes = ReportFiles.indicatorCodes(xlsx(out));
        assertThat(codes).contains("PART_ATTENDANCE_RATE", "EX_IMMERSION_SHARE").doesNotContain("EX_BROKEN");
        assertThat(ReportFiles.find(out, "recit-", ".html")).isNotEmptyFile();
        assertThat(ReportFiles.find(out, "recit-", ".docx")).isNotEmptyFile();
        assertThat(out.resolve("graphiques")).isNotEmptyDirectory();
    }

    private void dropExample() throws IOException {
        Path jar;
        try (Stream<Path> s = Files.list(Paths.get(System.getProperty("recits.itPlugins")))) {
            jar = s.filter(p -> p.getFileName().toString().endsWith(".jar")).findFirst().orElseThrow();
        }
        Files.copy(jar, home.resolve("plugins").resolve(jar.getFileName()));
    }

    private static Path xlsx(Path out) throws IOException {
        return ReportFiles.find(out, "recits-", ".xlsx");
    }
}
