package org.recits.report.excel.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.recits.report.excel.internal.Fixtures.MUL;
import static org.recits.report.excel.internal.Fixtures.P;
import static org.recits.report.excel.internal.Fixtures.PROG;
import static org.recits.report.excel.internal.Fixtures.STR;
import static org.recits.report.excel.internal.Fixtures.T3;
import static org.recits.report.excel.internal.Fixtures.T4;
import static org.recits.report.excel.internal.Fixtures.obs;
import static org.recits.report.excel.internal.Fixtures.result;
import static org.recits.report.excel.internal.Fixtures.value;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.recits.api.indicator.ChartKind;
import org.recits.api.indicator.ChartRole;
import org.recits.api.indicator.IndicatorDefinition;
import org.recits.api.indicator.IndicatorRoles;
import org.recits.api.indicator.Planned;
import org.recits.api.indicator.TargetBand;
import org.recits.api.indicator.Unit;
import org.recits.api.indicator.ValueFamily;
import org.recits.api.model.LocalizedText;
import org.recits.api.model.Scope;
import org.recits.api.report.IndicatorResult;
import org.recits.api.report.Progress;
import org.recits.api.report.RenderContext;
import org.recits.api.report.Report;

/** The summary's columns follow the indicators' roles: a plugin's indicator is a headline one by saying so. */
class HeadlineRolesTest {

    @TempDir
    Path dir;

    /** A lab's own indicator, as a plugin outside the product declares it. */
    private static IndicatorDefinition immersion(IndicatorRoles roles) {
        return Fixtures.def("EX_IMMERSION_SHARE", "Part des jours en immersion", "Share of days in immersion",
                Unit.PERCENT, ValueFamily.QUALITE, TargetBand.NONE).withRoles(roles);
    }

    /** The report of the fixtures with the lab's indicator added, rendered; its summary sheet is read. */
    private XSSFWorkbook render(IndicatorRoles roles, String name) throws IOException {
        Report base = Fixtures.report(Locale.FRENCH);
        List<IndicatorResult> results = new ArrayList<>(base.results());
        for (Scope s : List.of(PROG, MUL, STR)) {
            results.add(result(immersion(roles), s, obs(T3, value(0.1, TargetBand.NONE)),
                    obs(T4, value(0.2, TargetBand.NONE)), obs(P, value(0.25, TargetBand.NONE))));
        }
        Report report = new Report(base.period(), base.previousPeriods(), base.scopes(), base.locale(),
                base.generatedOn(), results, base.data(), base.quotes(), base.plugins(), base.failures(),
                base.suppressionThreshold());
        Path out = Files.createDirectories(dir.resolve(name));
        Path file = out.resolve(new ExcelRenderer().render(report, new RenderContext(out, Progress.NONE)).get(0));
        return ExcelRendererTest.open(file);
    }

    /** The summary's second header row: the code over each indicator's column, "" over a planned value's. */
    private static List<String> codes(XSSFWorkbook wb) {
        Row row = wb.getSheet("Synthèse").getRow(1);
        List<String> codes = new ArrayList<>();
        for (int c = 2; c < row.getLastCellNum(); c++) {
            codes.add(row.getCell(c).getStringCellValue());
        }
        return codes;
    }

    private static List<String> chartTitles(XSSFWorkbook wb) {
        return wb.getSheet("Synthèse").getDrawingPatriarch().getCharts().stream()
                .map(c -> c.getTitleText().getString()).toList();
    }

    @Test
    void anIndicatorWithoutRoleIsNotOnTheSummary() throws IOException {
        try (XSSFWorkbook wb = render(IndicatorRoles.NONE, "none")) {
            assertThat(codes(wb)).containsExactly("PART_ATTENDANCE_RATE", "PROT_INTERVENTION_DAYS", "",
                    "FIN_COLLECTIVITE_SHARE", "FIN_PARTNER_SHARE", "VAL_DEMOCRATIE");
        }
    }

    @Test
    void aPluginsHeadlineIndicatorTakesItsRankAmongTheColumns() throws IOException {
        // Rank 3: after the attendance rate (2), before the intervention days (4).
        try (XSSFWorkbook wb = render(IndicatorRoles.NONE.withHeadline(3), "rank")) {
            assertThat(codes(wb)).containsExactly("PART_ATTENDANCE_RATE", "EX_IMMERSION_SHARE",
                    "PROT_INTERVENTION_DAYS", "", "FIN_COLLECTIVITE_SHARE", "FIN_PARTNER_SHARE", "VAL_DEMOCRATIE");
            // Its formula points at its own value on the indicators sheet: the programme's 25 %.
            assertThat(wb.getSheet("Synthèse").getRow(2).getCell(3).getNumericCellValue()).isEqualTo(0.25);
        }
    }

    @Test
    void aPlannedValueGetsItsColumnBesideTheIndicatorAndItsChart() throws IOException {
        IndicatorRoles roles = IndicatorRoles.NONE.withHeadline(20)
                .withPlanned(new Planned(0.2, LocalizedText.of("plan : 20 %", "plan: 20%")));
        try (XSSFWorkbook wb = render(roles, "planned")) {
            assertThat(codes(wb)).containsExactly("PART_ATTENDANCE_RATE", "PROT_INTERVENTION_DAYS", "",
                    "FIN_COLLECTIVITE_SHARE", "FIN_PARTNER_SHARE", "EX_IMMERSION_SHARE", "", "VAL_DEMOCRATIE");
            XSSFSheet sum = wb.getSheet("Synthèse");
            assertThat(sum.getRow(0).getCell(8).getStringCellValue()).isEqualTo("Cible (%)");
            // Planned per collectivité: on their rows, not on the programme's.
            assertThat(sum.getRow(2).getCell(8)).isNull();
            assertThat(sum.getRow(3).getCell(8).getNumericCellValue()).isEqualTo(0.2);
            assertThat(sum.getRow(4).getCell(8).getNumericCellValue()).isEqualTo(0.2);
            assertThat(chartTitles(wb)).contains("Part des jours en immersion par collectivité (cible\u00a0: "
                    + new Texts(Locale.FRENCH).percent(0.2) + ")");
        }
    }

    @Test
    void theFirstHeadlineIndicatorDrawnAsLinesHasTheChartsOverTime() throws IOException {
        // Rank 1, drawn as lines: before the attendance rate, so its charts replace the attendance's.
        IndicatorRoles roles = IndicatorRoles.NONE.withHeadline(1)
                .withChart(ChartRole.of(ChartKind.LINES, "immersion", null));
        try (XSSFWorkbook wb = render(roles, "lines")) {
            assertThat(chartTitles(wb)).contains("Part des jours en immersion par collectivité",
                    "Part des jours en immersion du programme au fil des trimestres")
                    .doesNotContain("Taux de présence par collectivité");
        }
    }
}
