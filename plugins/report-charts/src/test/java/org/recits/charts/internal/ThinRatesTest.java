package org.recits.charts.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.recits.api.indicator.Detail;
import org.recits.api.indicator.IndicatorDefinition;
import org.recits.api.indicator.IndicatorValue;
import org.recits.api.indicator.TargetBand;
import org.recits.api.indicator.Unit;
import org.recits.api.indicator.ValueFamily;
import org.recits.api.model.LocalizedText;
import org.recits.api.report.IndicatorResult;
import org.recits.api.report.Observation;
import org.recits.api.report.Report;
import org.recits.charts.Chart;

/** A rate on one session is drawn like any other: the chart must say it rests on n = 1. */
class ThinRatesTest {

    @Test
    void aRateOnOneSessionIsNamedWithItsN() {
        IndicatorDefinition att = Fixtures.def("PART_ATTENDANCE_RATE", "Taux de présence", "Attendance rate",
                Unit.PERCENT, ValueFamily.PARTICIPATION, Fixtures.ATTENDANCE_BAND);
        IndicatorValue one = IndicatorValue.ratio(1, 1, Fixtures.ATTENDANCE_BAND, null)
                .withDetail(Detail.sampleSize(1, LocalizedText.of("sessions comptées", "counted sessions")));
        IndicatorValue many = IndicatorValue.ratio(40, 50, Fixtures.ATTENDANCE_BAND, null)
                .withDetail(Detail.sampleSize(12, LocalizedText.of("sessions comptées", "counted sessions")));
        List<IndicatorResult> results = List.of(
                Fixtures.result(att, Fixtures.PROG, new Observation(Fixtures.P, one, false)),
                Fixtures.result(att, Fixtures.MUL, new Observation(Fixtures.P, one, false)),
                Fixtures.result(att, Fixtures.PAR, new Observation(Fixtures.P, many, false)));
        for (Locale l : List.of(Locale.FRENCH, Locale.ENGLISH)) {
            Report r = new Report(Fixtures.P, Fixtures.P.previous(4),
                    List.of(Fixtures.PROG, Fixtures.MUL, Fixtures.PAR), l, Fixtures.P.end(), results, Fixtures.data(),
                    List.of(), List.of(), List.of(), 5);
            List<Chart> charts = new JFreeChartService().charts(r);
            String byCollectivite = charts.stream().filter(c -> c.id().equals("assiduite")).findFirst().orElseThrow().svg();
            String trend = charts.stream().filter(c -> c.id().equals("tendance-part-attendance-rate")).findFirst()
                    .orElseThrow().svg();
            if (l == Locale.FRENCH) {
                // Many lines: the thin points are hollow, the footnote says what that means.
                assertThat(byCollectivite).contains("marqueur creux\u00a0: moins de 5 sessions ou réponses")
                        .doesNotContain("n\u00a0=\u00a012");
                // One line: the footnote also names them with their n.
                assertThat(trend).contains("(T1 2020\u00a0: n\u00a0=\u00a01)");
            } else {
                assertThat(byCollectivite).contains("hollow marker: fewer than 5 sessions or answers");
                assertThat(trend).contains("(Q1 2020: n = 1)");
            }
        }
    }
}
