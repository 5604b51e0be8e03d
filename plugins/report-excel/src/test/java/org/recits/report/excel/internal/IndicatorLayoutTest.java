package org.recits.report.excel.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Where the indicators sheet's rows fall, worked out before they are written (Fixtures' rows 2–55). */
class IndicatorLayoutTest {

    private final IndicatorLayout layout = IndicatorLayout.of(Fixtures.report(Locale.FRENCH), new Texts(Locale.FRENCH));

    @Test
    void eachIndicatorsRowsAreContiguousInReportOrder() {
        assertThat(layout.definitions().keySet()).containsExactly("PART_ATTENDANCE_RATE", "PROT_INTERVENTION_DAYS",
                "PROT_LAB_WORK_START", "FIN_COLLECTIVITE_SHARE", "FIN_PARTNER_SHARE", "VAL_DEMOCRATIE");
        int next = 1;
        for (int[] span : layout.span().values()) {
            assertThat(span[0]).isEqualTo(next);
            assertThat(span[1] - span[0] + 1).isEqualTo(9); // 3 scopes × 3 periods
            next = span[1] + 1;
        }
        assertThat(layout.lastRow()).isEqualTo(54);
    }

    @Test
    void theCurrentRowOfEachScopeComesAfterItsTrendPeriods() {
        assertThat(layout.current().get("PART_ATTENDANCE_RATE")).containsEntry(Fixtures.PROG, 3)
                .containsEntry(Fixtures.MUL, 6).containsEntry(Fixtures.STR, 9);
    }

    @Test
    void theCurrentValueIsWhatTheValueCellHolds() {
        assertThat(layout.currentValue().get("PART_ATTENDANCE_RATE").get(Fixtures.PROG)).isEqualTo(0.75);
        assertThat(layout.currentValue().get("PROT_LAB_WORK_START").get(Fixtures.STR)).isEqualTo("n/d");
        assertThat(layout.currentValue().get("VAL_DEMOCRATIE").get(Fixtures.STR))
                .isEqualTo("masqué (< 5 personnes)");
    }
}
