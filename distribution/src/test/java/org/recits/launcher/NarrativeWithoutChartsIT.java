package org.recits.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The narrative does not need the charts bundle: Felix started with every shipped bundle but
 * report-charts resolves the narrative (its import of the charts package is optional) and writes the
 * narrative without figures, and the run succeeds.
 */
class NarrativeWithoutChartsIT {

    @TempDir
    Path tmp;

    @Test
    void theNarrativeIsWrittenWithoutFiguresWhenTheChartsBundleIsAbsent() throws IOException {
        Path home = Distribution.copyTo(tmp.resolve("recits"));
        List<Path> charts;
        try (Stream<Path> s = Files.list(home.resolve("bundles"))) {
            charts = s.filter(p -> p.getFileName().toString().startsWith("recits-report-charts-")).toList();
        }
        assertThat(charts).hasSize(1);
        Files.delete(charts.get(0));

        Path out = tmp.resolve("sortie");
        Distribution.Run run = Distribution.inProcess(home, "demo", "--out", out.toString());
        assertThat(run.code()).as(run.err()).isZero();
        assertThat(out.resolve("graphiques")).doesNotExist();

        Path html;
        Path docx;
        try (Stream<Path> s = Files.list(out)) {
            List<Path> files = s.toList();
            html = files.stream().filter(p -> p.getFileName().toString().matches("recit-.*\\.html")).findFirst()
                    .orElseThrow();
            docx = files.stream().filter(p -> p.getFileName().toString().matches("recit-.*\\.docx")).findFirst()
                    .orElseThrow();
        }
        String text = Files.readString(html);
        assertThat(text).contains("En bref").contains("Les quatre valeurs").doesNotContain("<svg").doesNotContain("<figure");
        try (ZipFile zip = new ZipFile(docx.toFile())) {
            assertThat(zip.stream().map(e -> e.getName())).noneMatch(n -> n.startsWith("word/media/"));
        }
        // the PDF too, from the narrative bundle's own PDFBox: no picture in it
        Path pdf = out.resolve(html.getFileName().toString().replace(".html", ".pdf"));
        assertThat(pdf).isNotEmptyFile();
        assertThat(new String(Files.readAllBytes(pdf), java.nio.charset.StandardCharsets.ISO_8859_1))
                .startsWith("%PDF-").doesNotContain("/Subtype /Image");

        // The same product with its charts bundle puts figures in the narrative: the test above is not vacuous.
        Path withCharts = tmp.resolve("avec");
        Distribution.Run full = Distribution.inProcess(Distribution.folder(), "demo", "--out", withCharts.toString());
        assertThat(full.code()).as(full.err()).isZero();
        try (Stream<Path> s = Files.list(withCharts)) {
            Path fullHtml = s.filter(p -> p.getFileName().toString().matches("recit-.*\\.html")).findFirst().orElseThrow();
            assertThat(Files.readString(fullHtml)).contains("<svg").contains("<figure");
        }
    }
}
