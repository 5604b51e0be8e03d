package org.recits.report.excel.internal;

import java.text.NumberFormat;
import java.util.List;
import java.util.stream.Collectors;
import org.recits.api.data.SourceFile;
import org.recits.api.report.Report;

/**
 * The {@code Lisez-moi} sheet: what the workbook is, its period and scopes, how to read its colours, masks,
 * n/d, formats, formulas and names, its records tables (rows, Excel table, split, what they leave out and
 * how respondents are named), the counts of rows read, kept and rejected, the data licence, and the list of
 * sheets. Written last, when the records are counted.
 */
final class ReadMeSheet {

    private ReadMeSheet() {
    }

    static void write(Rows r, Report report, Texts tx, Styles st, RecordTables records, int maxRowsPerSheet) {
        r.sheet().setColumnWidth(0, 28 * 256);
        r.sheet().setColumnWidth(1, 100 * 256);
        String label = report.period().label(tx.locale());
        int n = report.suppressionThreshold();
        r.row().text(0, tx.get("readme.title", label), st.title);
        r.skip();
        line(r, st, tx.get("readme.purpose"), tx.get("readme.purpose.text"));
        line(r, st, tx.get("readme.period"), label);
        r.row().text(0, tx.get("readme.start"), st.label);
        r.date(1, report.period().start()).setCellStyle(st.dateLeft);
        r.row().text(0, tx.get("readme.end"), st.label);
        r.date(1, report.period().end()).setCellStyle(st.dateLeft);
        line(r, st, tx.get("readme.trend.periods"), report.previousPeriods().stream()
                .map(p -> p.label(tx.locale())).collect(Collectors.joining(", ")));
        line(r, st, tx.get("readme.scopes"), report.scopes().stream()
                .map(s -> s.isProgramme() ? tx.scope(s) + tx.get("readme.scopes.programme") : s.isLab() ? tx.get("readme.scopes.lab", s.id())
                        : report.data().collectivite(s.collectivite()).map(c -> s.id() + " (" + tx.name(c, report.period()) + ")")
                                .orElse(s.id()))
                .collect(Collectors.joining(" ; ")));
        r.row().text(0, tx.get("readme.generated.on"), st.label);
        r.date(1, report.generatedOn()).setCellStyle(st.dateLeft);
        line(r, st, tx.get("readme.colours"), tx.get("readme.colours.text"));
        r.row().text(0, tx.get("readme.suppression.threshold"), st.label);
        r.number(1, n, st.integerLeft);
        line(r, st, tx.get("readme.small.numbers"), tx.get("readme.small.numbers.text", String.valueOf(n),
                tx.suppressed(n)));
        line(r, st, tx.notAvailable(), tx.get("readme.na.text"));
        line(r, st, tx.get("readme.formats"), tx.get("readme.formats.text"));
        line(r, st, tx.summary(), tx.get("readme.summary.text", tx.indicators()));
        String limit = integer(tx, maxRowsPerSheet);
        List<RecordTable<?>> tables = records.tables();
        for (RecordTable<?> t : tables) {
            long rows = t.count();
            int sheets = DataSheets.count(rows, maxRowsPerSheet - 1);
            String split = sheets <= 1 ? ""
                    : tx.get("readme.records.split", String.valueOf(sheets), t.sheet(tx, 1), t.sheet(tx, 2), limit,
                            t.table(tx, 1), t.table(tx, 2));
            line(r, st, t.sheet(tx, 1), tx.get("readme.records.rows", integer(tx, rows),
                    t.word(tx, "text"), t.table(tx, 1), rows) + split);
        }
        RecordTables.Excluded left = records.excluded();
        line(r, st, tx.get("readme.records.excluded"), tx.get("readme.records.excluded.text",
                integer(tx, left.textAnswers()), integer(tx, left.weatherComments()),
                integer(tx, left.quotesWithoutConsent()), left.textAnswers(), left.weatherComments(),
                left.quotesWithoutConsent()));
        line(r, st, tx.get("readme.records.masked"), tx.get("readme.records.masked.text",
                integer(tx, left.maskedAnswers()), String.valueOf(n), tx.suppressed(n), left.maskedAnswers(),
                integer(tx, left.maskedActivity()), left.maskedActivity()));
        line(r, st, tx.get("readme.records.outside"), tx.get("readme.records.outside.text",
                integer(tx, left.outsideAnswers()), integer(tx, left.outsideActivity()), "", left.outsideAnswers(),
                left.outsideActivity()));
        line(r, st, tx.get("readme.records.respondents"), tx.get("readme.records.respondents.text")
                + (report.data().pseudonyms().isExample() ? tx.get("readme.records.respondents.example") : ""));
        // Rows, answers and findings are different things, each counted and named apart (as `recits check` does).
        List<SourceFile> sources = report.data().sources();
        long rejected = report.data().rejectedCount();
        count(r, st, tx.get("readme.rows.read"), sources.stream().mapToLong(SourceFile::rowsRead).sum());
        count(r, st, tx.get("readme.rows.kept"), sources.stream().mapToLong(SourceFile::rowsKept).sum());
        count(r, st, tx.get("readme.rows.rejected"), sources.stream().mapToLong(SourceFile::rowsRejected).sum());
        count(r, st, tx.get("readme.answers.rejected.in.kept.rows"),
                sources.stream().mapToLong(SourceFile::answersRejected).sum());
        count(r, st, tx.get("readme.rejection.findings"), rejected);
        count(r, st, tx.get("readme.warnings"), report.data().findings().size() - rejected);
        line(r, st, tx.get("readme.data.licence"), tx.get("readme.data.licence.text"));
        r.skip();
        r.row().text(0, tx.get("readme.sheets"), st.title);
        line(r, st, tx.summary(), tx.get("readme.sheets.summary"));
        line(r, st, tx.comparisons(), tx.get("readme.sheets.comparisons"));
        line(r, st, tx.indicators(), tx.get("readme.sheets.indicators"));
        line(r, st, tx.trends(), tx.get("readme.sheets.trends"));
        line(r, st, tx.definitions(), tx.get("readme.sheets.definitions"));
        line(r, st, tx.quality(), tx.get("readme.sheets.quality"));
        line(r, st, tx.provenance(), tx.get("readme.sheets.provenance"));
        for (RecordTable<?> t : tables) {
            line(r, st, t.sheet(tx, 1), tx.get("readme.sheets.records", t.table(tx, 1)));
        }
    }

    private static String integer(Texts tx, long n) {
        return NumberFormat.getIntegerInstance(tx.locale()).format(n);
    }

    private static void count(Rows r, Styles st, String key, long value) {
        r.row().text(0, key, st.label);
        r.number(1, value, st.integerLeft);
    }

    private static void line(Rows r, Styles st, String key, String value) {
        r.row().text(0, key, st.label);
        r.text(1, value, st.wrap);
    }
}
