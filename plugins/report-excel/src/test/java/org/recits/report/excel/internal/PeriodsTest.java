package org.recits.report.excel.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.recits.report.excel.internal.Fixtures.ATTENDANCE;
import static org.recits.report.excel.internal.Fixtures.P;
import static org.recits.report.excel.internal.Fixtures.PCT_BAND;
import static org.recits.report.excel.internal.Fixtures.PROG;
import static org.recits.report.excel.internal.Fixtures.T3;
import static org.recits.report.excel.internal.Fixtures.T4;
import static org.recits.report.excel.internal.Fixtures.obs;
import static org.recits.report.excel.internal.Fixtures.result;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.recits.api.data.Dataset;
import org.recits.api.indicator.Detail;
import org.recits.api.indicator.IndicatorValue;
import org.recits.api.model.Collectivite;
import org.recits.api.model.LocalizedText;
import org.recits.api.model.Scope;
import org.recits.api.report.IndicatorResult;
import org.recits.api.report.Progress;
import org.recits.api.report.RenderContext;
import org.recits.api.report.Report;

/** The workbook names collectivités outside their programme's dates and shows thin rates as thin. */
class PeriodsTest {

    private static final Scope MUL = Scope.of("mulhouse");
    private static final Scope BEL = Scope.of("belrive");

    private static Report report(Locale locale) {
        Dataset data = Dataset.builder()
                .add(new Collectivite("belrive", "Ville de Belrive", "commune", "transfo", LocalDate.of(2016, 6, 14),
                        LocalDate.of(2018, 2, 14), null, null))
                .add(new Collectivite("mulhouse", "Mulhouse", "commune", "transfo", null, null, null, null))
                .build();
        IndicatorValue oneSession = IndicatorValue.ratio(1, 1, PCT_BAND, null).withPopulation(6)
                .withDetail(Detail.sampleSize(1, LocalizedText.of("sessions comptées", "counted sessions")));
        IndicatorValue ended = IndicatorValue.notComputable(LocalizedText.of("programme achevé le 14 février 2018",
                "programme ended on 14 February 2018"), PCT_BAND);
        List<IndicatorResult> results = new ArrayList<>();
        results.add(result(ATTENDANCE, PROG, obs(T3, oneSession), obs(T4, oneSession), obs(P, oneSession)));
        results.add(result(ATTENDANCE, BEL, obs(T3, ended), obs(T4, ended), obs(P, ended)));
        results.add(result(ATTENDANCE, MUL, obs(T3, oneSession), obs(T4, oneSession), obs(P, oneSession)));
        return new Report(P, List.of(T3, T4), List.of(PROG, BEL, MUL), locale, P.end(), results, data, List.of(),
                List.of(), List.of(), 5);
    }

    private static XSSFWorkbook render(Path dir, Locale locale) throws Exception {
        List<Path> files = new ExcelRenderer().render(report(locale), new RenderContext(dir, Progress.NONE));
        try (InputStream in = Files.newInputStream(dir.resolve(files.get(0)))) {
            return new XSSFWorkbook(in);
        }
    }

    private static List<String> column(XSSFSheet sheet, int col) {
        List<String> out = new ArrayList<>();
        for (Row row : sheet) {
            out.add(row.getCell(col) == null ? "" : row.getCell(col).toString());
        }
        return out;
    }

    @Test
    void anEndedCollectivitéIsNamedAsEndedInTheSummaryAndTheReadMe(@TempDir Path dir) throws Exception {
        try (XSSFWorkbook wb = render(dir, Locale.FRENCH)) {
            assertThat(column(wb.getSheet("Synthèse"), 1)).contains("Ville de Belrive (programme achevé le 14/02/2018)", "Mulhouse");
            assertThat(column(wb.getSheet("Comparaisons"), ComparisonsSheet.NAME))
                    .contains("Ville de Belrive (programme achevé le 14/02/2018)", "Mulhouse");
            assertThat(column(wb.getSheet("Lisez-moi"), 1))
                    .anyMatch(s -> s.contains("belrive (Ville de Belrive (programme achevé le 14/02/2018))"));
        }
    }

    @Test
    void aRateOnOneSessionSaysSoFirstInItsNote(@TempDir Path dir) throws Exception {
        try (XSSFWorkbook wb = render(dir, Locale.FRENCH)) {
            List<String> notes = column(wb.getSheet("Indicateurs"), IndicatorColumn.NOTE.index());
            assertThat(notes).filteredOn(s -> s.startsWith("Peu de données\u00a0: n\u00a0=\u00a01 (moins de 5)"))
                    .hasSize(6); // programme and Mulhouse, three periods each
            assertThat(notes).anyMatch(s -> s.contains("sessions comptées\u00a0: 1"));
        }
        try (XSSFWorkbook wb = render(dir.resolve("en").toFile().mkdirs() ? dir.resolve("en") : dir, Locale.ENGLISH)) {
            assertThat(column(wb.getSheet("Indicators"), IndicatorColumn.NOTE.index()))
                    .anyMatch(s -> s.startsWith("Little data: n = 1 (fewer than 5)"));
            assertThat(column(wb.getSheet("Summary"), 1)).contains("Ville de Belrive (programme ended on 2018-02-14)");
        }
    }

    @Test
    void aThinRateCarriesItsNInTheSummaryToo(@TempDir Path dir) throws Exception {
        try (XSSFWorkbook wb = render(dir, Locale.FRENCH)) {
            List<String> notes = new ArrayList<>();
            for (Row row : wb.getSheet("Synthèse")) {
                row.forEach(cell -> {
                    if (cell.getCellComment() != null) {
                        notes.add(row.getCell(0) + " " + cell.getCellComment().getString().getString());
                    }
                });
            }
            // the programme and Mulhouse rest on one session; Belrive's n/d has no figure to call thin
            assertThat(notes).hasSize(2).allMatch(n -> n.endsWith("Peu de données\u00a0: n\u00a0=\u00a01 (moins de 5)"))
                    .noneMatch(n -> n.startsWith("belrive"));
        }
    }
}
