package org.recits.report.excel.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.apache.poi.ss.util.CellReference;
import org.junit.jupiter.api.Test;
import org.recits.api.report.IndicatorResult;
import org.recits.api.report.Report;

/** The column models: each table's columns declared once, in the order the sheet and the CSV show them. */
class ColumnModelTest {

    private static final Texts FR = new Texts(Locale.FRENCH);
    private static final Texts EN = new Texts(Locale.ENGLISH);

    @Test
    void indicatorsColumnsInBothLanguages() {
        assertThat(TableColumn.headers(IndicatorColumn.class, FR)).containsExactly("Famille", "Code", "Indicateur",
                "Périmètre", "Période", "Début", "Fin", "Valeur", "Unité", "Numérateur", "Dénominateur",
                "n (personnes)", "IC 95\u00a0% bas", "IC 95\u00a0% haut", "Cible", "Statut", "Note / raison",
                "Période du rapport", "Clé (code|périmètre|période)");
        assertThat(TableColumn.headers(IndicatorColumn.class, EN)).containsExactly("Family", "Code", "Indicator",
                "Scope", "Period", "Start", "End", "Value", "Unit", "Numerator", "Denominator", "n (people)",
                "95% CI low", "95% CI high", "Target", "Status", "Note / reason", "Report period",
                "Key (code|scope|period)");
        // The key is for the sheet's formulas: the CSV export ends before it.
        assertThat(IndicatorColumn.csvCount()).isEqualTo(IndicatorColumn.KEY.index()).isEqualTo(IndicatorColumn.count() - 1);
    }

    @Test
    void theColumnsOthersReferToAreWhereTheyPointTo() {
        // The summary's formulas and the defined names point at column H, the status colours at column P.
        assertThat(CellReference.convertNumToColString(IndicatorColumn.VALUE.index())).isEqualTo("H");
        assertThat(CellReference.convertNumToColString(IndicatorColumn.STATUS.index())).isEqualTo("P");
        for (IndicatorColumn c : IndicatorColumn.values()) {
            assertThat(IndicatorColumn.at(c.index())).isSameAs(c);
        }
        assertThat(IndicatorColumn.count()).isEqualTo(IndicatorColumn.values().length);
    }

    @Test
    void aRowsCellsFallInTheirColumns() {
        Report report = Fixtures.report(Locale.FRENCH);
        IndicatorResult attendance = report.results().get(0);
        Object[] cells = IndicatorTable.cells(attendance, attendance.current(), true, report, FR);
        assertThat(cells).hasSize(IndicatorColumn.count());
        assertThat(cells[IndicatorColumn.CODE.index()]).isEqualTo("PART_ATTENDANCE_RATE");
        assertThat(cells[IndicatorColumn.START.index()]).isEqualTo(LocalDate.of(2020, 1, 1));
        assertThat(cells[IndicatorColumn.VALUE.index()]).isEqualTo(0.75);
        assertThat(cells[IndicatorColumn.NUMERATOR.index()]).isEqualTo(90.0);
        assertThat(cells[IndicatorColumn.DENOMINATOR.index()]).isEqualTo(120.0);
        assertThat(cells[IndicatorColumn.POPULATION.index()]).isEqualTo(12);
        assertThat(cells[IndicatorColumn.REPORT_PERIOD.index()]).isEqualTo("oui");
        assertThat(cells[IndicatorColumn.KEY.index()]).isEqualTo("PART_ATTENDANCE_RATE|programme|2020-T1");
    }

    @Test
    void widthsAreOnePerColumn() {
        int[] widths = TableColumn.widths(IndicatorColumn.class);
        assertThat(widths).hasSize(IndicatorColumn.count());
        assertThat(Arrays.stream(widths).min().getAsInt()).isPositive();
        assertThat(widths[IndicatorColumn.NOTE.index()]).isEqualTo(IndicatorColumn.NOTE.header().width());
    }

    @Test
    void aRecordsTableHasItsHeadersInBothLanguagesAndOneCellPerColumn() {
        RecordTable<?> sessions = RecordTables.of(Fixtures.report(Locale.FRENCH)).tables().stream()
                .filter(t -> t.key().equals("sessions")).findFirst().orElseThrow();
        assertThat(sessions.headers(FR)).containsExactly("Collectivité", "Identifiant", "Date", "Jours", "Type",
                "Lieu", "Cas pratiques", "Travail labo", "Source");
        assertThat(sessions.headers(EN)).containsExactly("Collectivité", "Id", "Date", "Days", "Type", "Place",
                "Practical cases", "Lab work", "Source");
        assertThat(sessions.widths()).hasSize(9);
        List<List<Object>> rows = new ArrayList<>();
        sessions.forEachRow(0, Long.MAX_VALUE, cells -> rows.add(Arrays.asList(cells.clone())));
        // Fixtures.data's one session, typed: a date, a number, codes as in the files, no empty text
        assertThat(rows).containsExactly(Arrays.asList("mulhouse", "S1", LocalDate.of(2020, 1, 14), 2.0, "session",
                null, null, "non", "sessions.csv:2"));
    }
}
