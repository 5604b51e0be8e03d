package org.recits.ingest.survey.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import org.recits.api.data.Dataset;
import org.recits.api.data.Finding;
import org.recits.api.data.SourceFile.TableCount;
import org.recits.api.model.LocalizedText;
import org.recits.api.text.Bilingual;
import org.recits.tabular.Headers;
import org.recits.tabular.Row;
import org.recits.tabular.Table;
import org.recits.tabular.TableFindings;
import org.recits.tabular.Tables;
import org.recits.tabular.Values;

/**
 * Reads one survey export with its mapping file into survey answers, reporting every answer or
 * respondent it cannot use: opens it, finds its header and layout, and hands it to the reader of its shape
 * ({@link WideExportReader}, {@link LongExportReader}; what identifies respondents is read by {@link Identity}
 * for both).
 */
final class SurveyReader {

    /** What was read, for tests and the ingestor: the tool, the rows, and what the export was recognised as. */
    record Result(Tool tool, TableCount count, LocalizedText recognised) {
    }

    private static final Bilingual TEXTS = Bilingual.of(SurveyReader.class);

    private final Dataset.Builder builder;

    SurveyReader(Dataset.Builder builder) {
        this.builder = builder;
    }

    /** Reads a mapping file; its own findings go to the builder. */
    Mapping mapping(Path file, String name) throws IOException {
        try (Table t = Tables.csv(file, name)) {
            List<Line> rows = new ArrayList<>();
            for (Row r : t) {
                rows.add(new Line(r.line(), r.cells()));
            }
            Mapping m = MappingReader.read(t.name(), t.header(), Values::normalizeHeader, rows);
            m.findings().forEach(builder::finding);
            return m;
        }
    }

    /**
     * @param export  the export (.csv, or .xlsx whose first sheet is read)
     * @param name    its name relative to the data folder
     * @param mapping its mapping, or {@link Mapping#none()} for a long-format file without one
     */
    Result read(Path export, String name, Mapping mapping) throws IOException {
        String survey = surveyName(name);
        try (Table opened = open(export, name)) {
            Table t = opened;
            Layout layout = detect(t, mapping);
            Row header = layout.tool() == Tool.GENERIC || layout.tool() == Tool.TWO_ROW_HEADER
                    ? headerBelowTitle(opened, layout, mapping) : null;
            if (header != null) {
                t = Headers.from(opened, header);
                layout = detect(t, mapping);
                builder.finding(Finding.warning(t.name(), header.line(), null, title(opened),
                        Headers.belowTitle(opened.headerLine(), header.line())));
            }
            TableFindings.windows1252Lines(t).ifPresent(builder::finding);
            if (mapping.file().isEmpty() && layout.tool() != Tool.LONG) {
                TableCount count = unmapped(t, survey, layout);
                TableFindings.cutRows(t).ifPresent(builder::finding);
                return new Result(layout.tool(), count, TEXTS.get("recognised.unmapped", LayoutWords.of(layout)));
            }
            TableCount count = layout.tool() == Tool.LONG
                    ? new LongExportReader(builder).read(t, survey, layout.headerRows(), mapping)
                    : new WideExportReader(builder).read(t, survey, layout, mapping);
            TableFindings.cutRows(t).ifPresent(builder::finding);
            LocalizedText recognised = mapping.file().isEmpty() ? LayoutWords.of(layout)
                    : TEXTS.get("recognised.mapped", LayoutWords.of(layout));
            return new Result(layout.tool(), count, recognised);
        }
    }

    /** An export without its mapping: one whole-file finding that says what to write; its respondents are counted, none kept. */
    private TableCount unmapped(Table t, String survey, Layout layout) {
        long respondents = 0;
        Iterator<Row> it = t.iterator();
        skip(it, layout.headerRows());
        while (it.hasNext()) {
            if (!new Line(0, it.next().cells()).blank()) {
                respondents++;
            }
        }
        builder.finding(Unmapped.finding(t.name(), layout, respondents));
        return new TableCount(survey, respondents, 0, respondents);
    }

    static Layout detect(Table t, Mapping mapping) {
        List<Line> ahead = new ArrayList<>();
        for (Row r : t.head(2)) {
            ahead.add(new Line(r.line(), r.cells()));
        }
        return Layout.detect(t.header(), ahead, mapping);
    }

    /**
     * A title above the header of an export no tool signature recognised (a hand-edited export): the row
     * among the first {@link Headers#ROWS} that finds strictly more of the mapping's questions than the
     * first row does (or is the long format's header), or null when the first row is the header.
     */
    private static Row headerBelowTitle(Table t, Layout first, Mapping mapping) {
        if (mapping.entries().isEmpty()) {
            return null;
        }
        Row best = null;
        int found = first.matched(mapping);
        for (Row r : Headers.candidates(t)) {
            if (r.line() == t.headerLine()) {
                continue;
            }
            Layout l = detect(Headers.from(t, r), mapping);
            int n = l.tool() == Tool.LONG ? Integer.MAX_VALUE : l.matched(mapping);
            if (n > found) {
                best = r;
                found = n;
            }
        }
        return best;
    }

    /** The first non-blank cell of the first row, cut short: what the title says. */
    private static String title(Table t) {
        for (String c : t.header()) {
            String s = c.strip();
            if (!s.isEmpty()) {
                return s.length() > 80 ? s.substring(0, 79) + "…" : s;
            }
        }
        return null;
    }

    static Table open(Path export, String name) throws IOException {
        if (name.toLowerCase(Locale.ROOT).endsWith(".xlsx")) {
            List<String> sheets = Tables.sheets(export);
            if (sheets.isEmpty()) {
                throw new IOException("no sheet");
            }
            // KoBo puts the main form first and repeat groups after; other tools write one sheet
            return Tables.sheet(export, name + "#" + sheets.get(0), sheets.get(0));
        }
        return Tables.csv(export, name);
    }

    /** The export's name without extension, folders kept: {@code enquetes/satisfaction}. */
    static String surveyName(String name) {
        int slash = name.lastIndexOf('/');
        int dot = name.lastIndexOf('.');
        return dot > slash + 1 ? name.substring(0, dot) : name;
    }

    /** Skips the rows of a second header row (LimeSurvey's codes above its texts), as many as the layout says. */
    static void skip(Iterator<?> rows, int headerRows) {
        for (int i = 0; i < headerRows && rows.hasNext(); i++) {
            rows.next();
        }
    }
}
