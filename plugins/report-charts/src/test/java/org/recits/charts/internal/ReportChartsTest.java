package org.recits.charts.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.recits.api.model.LocalizedText;
import org.recits.charts.Chart;

/** The words of the charts ReportCharts builds, from its message bundles, one quirk per test. */
class ReportChartsTest {

    private static Chart chart(Locale locale, String id) {
        return new ReportCharts(Fixtures.report(Fixtures.full(), locale)).build().stream()
                .filter(c -> c.id().equals(id)).findFirst().orElseThrow();
    }

    @Test
    void aTitleKeepsBothLanguagesWhateverTheReportsLanguage() {
        LocalizedText title = chart(Locale.FRENCH, "tendance-part-attendance-rate").title();
        assertThat(title.fr()).isEqualTo("Taux de présence\u00a0: programme, du 1er trimestre 2019 au 1er trimestre 2020");
        assertThat(title.in(Locale.ENGLISH)).isEqualTo("Attendance rate: programme, from Q1 2019 to Q1 2020");
    }

    @Test
    void theScoresChartHasItsOwnTitle() {
        LocalizedText title = chart(Locale.ENGLISH, "valeurs-score").title();
        assertThat(title.fr()).isEqualTo("Les quatre valeurs par collectivité\u00a0: scores moyens sur 5, 1er trimestre 2020");
        assertThat(title.in(Locale.ENGLISH)).isEqualTo("The four values by local authority: mean scores out of 5, Q1 2020");
    }

    @Test
    void periodsAreSaidInWordsNotAsTheFileNamesCode() {
        // An élu reads « 1er trimestre 2020 » in the prose: the charts say it the same way (PeriodWords).
        for (Locale l : List.of(Locale.FRENCH, Locale.ENGLISH)) {
            for (Chart c : new ReportCharts(Fixtures.report(Fixtures.full(), l)).build()) {
                assertThat(c.svg()).as(c.id()).doesNotContainPattern("\\d{4}-[TQ]\\d");
                assertThat(c.title().fr() + c.title().in(Locale.ENGLISH)).as(c.id())
                        .doesNotContainPattern("\\d{4}-[TQ]\\d");
                assertThat(c.table()).as(c.id()).allSatisfy(row -> assertThat(String.join(" ", row))
                        .doesNotContainPattern("\\d{4}-[TQ]\\d"));
            }
        }
    }

    @Test
    void noIndicatorCodeIsDrawnInTheImage() {
        // Before, « Source : PART_ATTENDANCE_RATE — rapport 2020-T1 » under every chart: the narrative's
        // numbered notes trace the figures, a code in an image helps no reader.
        for (Locale l : List.of(Locale.FRENCH, Locale.ENGLISH)) {
            for (String id : List.of("tendance-part-attendance-rate", "valeurs-score")) {
                assertThat(chart(l, id).svg()).doesNotContain("PART_ATTENDANCE_RATE").doesNotContain("Source")
                        .doesNotContainPattern("[A-Z]{2,}_[A-Z_]{3,}");
            }
        }
    }

    @Test
    void theNotesAreInTheReportsLanguage() {
        String en = chart(Locale.ENGLISH, "valeurs-score").svg();
        assertThat(en).contains("“withheld”: fewer than 5 people, to protect small groups").contains(">n/a<")
                .doesNotContain("masqué").doesNotContain(">n/d<");
        assertThat(chart(Locale.ENGLISH, "tendance-part-attendance-rate").svg()).contains("target: ")
                .doesNotContain("cible");
    }

    @Test
    void anotherLanguageThanEnglishGivesFrench() {
        Chart de = chart(Locale.GERMAN, "financement");
        assertThat(de.svg()).contains("Partenaires");
        assertThat(chart(Locale.GERMAN, "tendance-part-attendance-rate").table().get(5).get(0)).isEqualTo("T1 2020");
    }

    @Test
    void theChartsComeInTheSameOrderEachTime() {
        List<String> one = new ReportCharts(Fixtures.report(Fixtures.full(), Locale.FRENCH)).build().stream()
                .map(Chart::id).toList();
        List<String> two = new ReportCharts(Fixtures.report(Fixtures.full(), Locale.FRENCH)).build().stream()
                .map(Chart::id).toList();
        assertThat(one).isEqualTo(two).doesNotHaveDuplicates();
    }

    @Test
    void everyChartGivesItsFiguresAsATableWrittenAsItsLabels() {
        for (Chart c : new ReportCharts(Fixtures.report(Fixtures.full(), Locale.FRENCH)).build()) {
            assertThat(c.table()).as(c.id()).hasSizeGreaterThan(1);
            int columns = c.table().get(0).size();
            assertThat(c.table()).as(c.id()).allSatisfy(row -> assertThat(row).hasSize(columns));
            assertThat(c.table().get(0).get(0)).isEmpty();
        }
        // the programme's attendance, a row per quarter, values as percentages
        List<List<String>> t = chart(Locale.FRENCH, "tendance-part-attendance-rate").table();
        assertThat(t).extracting(row -> row.get(0)).containsExactly("", "T1 2019", "T2 2019", "T3 2019", "T4 2019",
                "T1 2020");
        assertThat(String.join(" ", t.get(5))).contains("%");
        assertThat(chart(Locale.ENGLISH, "tendance-part-attendance-rate").table().get(5).get(0)).isEqualTo("Q1 2020");
    }
}
