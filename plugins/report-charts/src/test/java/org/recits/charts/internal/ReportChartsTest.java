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
        assertThat(title.fr()).isEqualTo("Taux de présence : programme, de 2019-T1 à 2020-T1");
        assertThat(title.in(Locale.ENGLISH)).isEqualTo("Attendance rate: programme, 2019-Q1 to 2020-Q1");
    }

    @Test
    void theScoresChartHasItsOwnTitle() {
        LocalizedText title = chart(Locale.ENGLISH, "valeurs-score").title();
        assertThat(title.fr()).isEqualTo("Les quatre valeurs par collectivité : scores moyens sur 5, 2020-T1");
        assertThat(title.in(Locale.ENGLISH)).isEqualTo("The four values by collectivité: mean scores out of 5, 2020-Q1");
    }

    @Test
    void theSourceLineNamesTheCodesAndTheReportsPeriod() {
        assertThat(chart(Locale.FRENCH, "tendance-part-attendance-rate").svg())
                .contains("Source : PART_ATTENDANCE_RATE — rapport 2020-T1");
        assertThat(chart(Locale.ENGLISH, "tendance-part-attendance-rate").svg())
                .contains("Source: PART_ATTENDANCE_RATE — report 2020-Q1");
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
        assertThat(de.svg()).contains("Partenaires").contains("rapport 2020-T1");
    }

    @Test
    void theChartsComeInTheSameOrderEachTime() {
        List<String> one = new ReportCharts(Fixtures.report(Fixtures.full(), Locale.FRENCH)).build().stream()
                .map(Chart::id).toList();
        List<String> two = new ReportCharts(Fixtures.report(Fixtures.full(), Locale.FRENCH)).build().stream()
                .map(Chart::id).toList();
        assertThat(one).isEqualTo(two).doesNotHaveDuplicates();
    }
}
