package org.recits.report.excel.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.Locale;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.recits.api.indicator.Unit;

/** What a figure looks like beside the others: by what it counts, aligned where numbers stand. */
class StylesTest {

    @Test
    void numeratorsAndDenominatorsByWhatTheyCount() throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            Styles st = new Styles(wb, new Texts(Locale.FRENCH));
            // people or sessions: whole, without ",00" (a count read « 5 483,00 »)
            assertThat(st.term(Fixtures.ATTENDANCE, true, 5483).getDataFormatString()).isEqualTo("[$-40C]#,##0");
            assertThat(st.term(Fixtures.ATTENDANCE, false, 6000).getDataFormatString()).isEqualTo("[$-40C]#,##0");
            // half days, a sum of scores: the decimals they have, no more
            assertThat(st.term(Fixtures.ATTENDANCE, true, 5483.5).getDataFormatString()).isEqualTo("[$-40C]#,##0.0");
            assertThat(st.term(Fixtures.DEMOCRACY, true, 20.25).getDataFormatString()).isEqualTo("[$-40C]#,##0.00");
            // the funding shares' amounts in euros, with their cents when they have some
            assertThat(st.term(Fixtures.COLL_SHARE, true, 60000).getDataFormatString())
                    .isEqualTo("[$-40C]#,##0\\ \"€\"");
            assertThat(st.term(Fixtures.COLL_SHARE, false, 100001.5).getDataFormatString())
                    .isEqualTo("[$-40C]#,##0.00\\ \"€\"");
        }
    }

    @Test
    void nDAndTheMaskStandWhereTheNumbersDo() throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            Styles st = new Styles(wb, new Texts(Locale.FRENCH));
            // in a figure's narrow column, wrapped rather than spilling over its neighbour
            assertThat(st.unit(Unit.PERCENT, "masqué (< 5 personnes)").getAlignment()).isEqualTo(HorizontalAlignment.RIGHT);
            assertThat(st.unit(Unit.PERCENT, "masqué (< 5 personnes)").getWrapText()).isTrue();
            assertThat(st.unit(Unit.PERCENT, 0.5).getWrapText()).isFalse();
            // the changes too: « 22 n/d » read as one figure when n/d stood left
            for (Unit u : Unit.values()) {
                assertThat(st.change(u, "n/d").getAlignment()).as(u.name()).isEqualTo(HorizontalAlignment.RIGHT);
            }
            assertThat(st.change(Unit.DAYS, 3.0).getAlignment()).isEqualTo(HorizontalAlignment.RIGHT);
            // Lisez-moi's counts and dates beside its texts
            assertThat(st.integerLeft.getAlignment()).isEqualTo(HorizontalAlignment.LEFT);
            assertThat(st.dateLeft.getAlignment()).isEqualTo(HorizontalAlignment.LEFT);
        }
    }
}
