package org.recits.ingest.survey.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import org.recits.api.data.Dataset;
import org.recits.api.data.Finding;
import org.recits.api.data.SourceFile.TableCount;
import org.recits.api.model.Coded;
import org.recits.api.model.Measure;
import org.recits.api.model.Role;
import org.recits.api.model.SourceRef;
import org.recits.api.model.SurveyAnswer;
import org.recits.api.model.Wave;
import org.recits.tabular.PersonalIds;
import org.recits.tabular.Headers;
import org.recits.tabular.Row;
import org.recits.tabular.Table;
import org.recits.tabular.Tables;
import org.recits.tabular.Values;

/**
 * Reads one survey export with its mapping file into survey answers, reporting every answer or
 * respondent it cannot use.
 *
 * <p>Over 400 lines because the wide and the long readers share how a row's identity (collectivité,
 * respondent, date, wave, role) is read and reported; the pure parts live in {@link Identifying},
 * {@link Answers} and {@link Unmapped}.
 */
final class SurveyReader {

    /** What was read, for tests and the ingestor. */
    record Result(Tool tool, TableCount count) {
    }

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
            if (mapping.file().isEmpty() && layout.tool() != Tool.LONG) {
                return new Result(layout.tool(), unmapped(t, survey, layout));
            }
            TableCount count;
            if (layout.tool() == Tool.LONG) {
                Iterator<Row> it = t.iterator();
                skip(it, layout.headerRows());
                Iterator<Line> rows = new Iterator<>() {
                    @Override
                    public boolean hasNext() {
                        return it.hasNext();
                    }

                    @Override
                    public Line next() {
                        Row r = it.next();
                        return new Line(r.line(), r.cells());
                    }
                };
                count = readLong(t.name(), survey, t.header(), rows, mapping, t);
            } else {
                count = readWide(t, survey, layout, mapping);
            }
            return new Result(layout.tool(), count);
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

    /** What identifies respondents, resolved once for the whole file. */
    private record Identity(Layout.Column collectivite, Layout.Column repondant, Layout.Column date,
            Layout.Column vague, Layout.Column role, String constCollectivite, LocalDate constDate, Wave constWave,
            String constRole) {
    }

    /** Skips the rows of a second header row (LimeSurvey's codes above its texts), as many as the layout says. */
    private static void skip(Iterator<?> rows, int headerRows) {
        for (int i = 0; i < headerRows && rows.hasNext(); i++) {
            rows.next();
        }
    }

    /**
     * What the parsing threads work out of a wide export's row: the row as this bundle reads it, and the pure
     * functions of its cells (collectivité, role, each question's score), through memos of their own. The rest (findings, dates, the answers
     * themselves) is done in file order by the thread that reads the rows.
     */
    private record Scores(Line row, Identifying.Read collectivite, Identifying.Read role, Scored[] answers) {
    }

    private TableCount readWide(Table t, String survey, Layout layout, Mapping mapping) {
        String table = t.name();
        Map<Mapping.Entry, Layout.Match> questions = new LinkedHashMap<>();
        Map<Field, Layout.Column> fields = new LinkedHashMap<>();
        Map<Field, Mapping.Entry> fieldRows = new LinkedHashMap<>();
        for (Mapping.Entry e : mapping.entries()) {
            Layout.Match m = layout.match(e.question());
            switch (m.kind()) {
                case NONE -> builder.finding(Finding.warning(mapping.file(), e.line(), "question", e.question(),
                        Messages.questionMissing(e.question(), table)));
                case AMBIGUOUS -> builder.finding(Finding.warning(mapping.file(), e.line(), "question", e.question(),
                        Messages.questionAmbiguous(e.question(), headers(m.columns()))));
                case COLUMN, OPTIONS -> {
                    if (e.field() != null) {
                        fields.put(e.field(), m.columns().get(0));
                        fieldRows.put(e.field(), e);
                    } else {
                        questions.put(e, m);
                    }
                }
            }
        }
        Identity id = identity(mapping, fields);
        boolean limeCodes = layout.tool() == Tool.LIMESURVEY || layout.tool() == Tool.GENERIC;
        // Scoring, dates, collectivités and roles are pure functions of the cell: remembered per column.
        List<Question> plan = new ArrayList<>(questions.size());
        questions.forEach((e, m) -> plan.add(new Question(e, m, cell -> new Scored(
                Answers.score(e, cell, layout.noAnswer(), limeCodes), cell.strip()))));
        // Each parsing thread scores the rows it parsed, with memos of its own (a Memo is not thread-safe):
        // at x1000 that is 20 M cells the reading thread no longer looks up, in the time it waited for rows.
        Supplier<Function<Row, Scores>> scoring = () -> {
            List<Memo<Scored>> scores = new ArrayList<>(plan.size());
            plan.forEach(q -> scores.add(new Memo<>(q.score())));
            Memo<Identifying.Read> collectivites = new Memo<>(
                    cell -> Identifying.collectivite(fieldRows.get(Field.COLLECTIVITE), cell));
            Memo<Identifying.Read> roles = new Memo<>(cell -> Identifying.role(fieldRows.get(Field.ROLE), cell));
            return r -> {
                Line row = new Line(r.line(), r.cells());
                Identifying.Read coll = id.collectivite() != null
                        ? collectivites.get(row.cell(id.collectivite().index())) : Identifying.Read.NONE;
                Identifying.Read role = id.role() != null && !row.cell(id.role().index()).isBlank()
                        ? roles.get(row.cell(id.role().index())) : new Identifying.Read(id.constRole(), null);
                Scored[] answers = new Scored[plan.size()];
                for (int i = 0; i < answers.length; i++) {
                    Layout.Match m = plan.get(i).match();
                    String cell = m.kind() == Layout.MatchKind.OPTIONS ? options(row, m.columns())
                            : row.cell(m.columns().get(0).index());
                    answers[i] = scores.get(i).get(cell);
                }
                return new Scores(row, coll, role, answers);
            };
        };
        // The date columns in order, once: not a list to box and walk per row.
        int[] dateCols = id.date() != null ? new int[] {id.date().index()}
                : layout.dateCols().stream().mapToInt(Integer::intValue).toArray();
        SurveyDates dates = new SurveyDates(table, mapping.file(), dateCols,
                java.util.Arrays.stream(dateCols).mapToObj(c -> layout.columns().get(c).header()).toList(),
                SurveyDates.toolName(layout.tool()), layout.monthFirst(), id.constDate(), id.date() != null);
        dates.look(t, layout.headerRows());
        long read = 0;
        long rejected = 0;
        // an e-mail or a name as respondent id: a stable pseudonym instead, one warning per column
        Map<Integer, PersonalIds> personal = new LinkedHashMap<>();
        long answersRejected = 0;
        Iterator<Table.Prepared<Scores>> rows = t.prepared(scoring);
        skip(rows, layout.headerRows());
        while (rows.hasNext()) {
            Scores scores = rows.next().value();
            Line row = scores.row(); // made where the row was scored
            if (row.blank()) {
                continue; // an empty line is no respondent (LimeSurvey ends some exports with one)
            }
            read++;
            if (scores.collectivite().problem() != null) {
                builder.finding(Finding.rejected(table, row.line(), id.collectivite().header(),
                        scores.collectivite().value(), scores.collectivite().problem()));
                rejected++;
                continue;
            }
            String coll = scores.collectivite().value();
            if (coll.isEmpty()) {
                coll = id.constCollectivite() == null ? "" : id.constCollectivite();
            }
            if (coll.isEmpty()) {
                builder.finding(Finding.rejected(table, row.line(),
                        id.collectivite() != null ? id.collectivite().header() : "collectivite", null,
                        Messages.rowNoCollectivite()));
                rejected++;
                continue;
            }
            String respondent = null;
            int respondentCol = -1;
            if (id.repondant() != null) {
                respondentCol = id.repondant().index();
                respondent = emptyToNull(row.cell(respondentCol));
            } else {
                for (int c : layout.respondentCols()) {
                    respondentCol = c;
                    respondent = emptyToNull(row.cell(c));
                    if (respondent != null) {
                        break;
                    }
                }
                if (respondent != null && layout.tool() == Tool.KOBO && respondent.startsWith("uuid:")) {
                    respondent = respondent.substring(5); // meta/instanceID holds "uuid:<_uuid>"
                }
            }
            if (respondent != null) {
                int col = respondentCol;
                respondent = personal.computeIfAbsent(col,
                        c -> new PersonalIds(table, layout.columns().get(c).header())).read(row.line(), respondent);
            }
            LocalDate date = dates.of(row, builder::finding);
            Wave wave = id.constWave();
            if (id.vague() != null) {
                String v = row.cell(id.vague().index());
                if (!v.isBlank()) {
                    wave = Identifying.wave(fieldRows.get(Field.VAGUE), v, why -> builder.finding(
                            Finding.warning(table, row.line(), id.vague().header(), v.strip(), why))).orElse(null);
                }
            }
            if (scores.role().problem() != null) {
                builder.finding(Finding.warning(table, row.line(), id.role().header(),
                        Text.clean(row.cell(id.role().index())), scores.role().problem()));
            }
            String role = emptyToNull(scores.role().value());
            // The row's shared fields are given once, not with each of its answers (20 M at x1000).
            Dataset.SurveyRow answers = builder.surveyRow(coll, survey, respondent, date, wave, role,
                    new SourceRef(table, row.line()));
            for (int i = 0; i < plan.size(); i++) {
                Mapping.Entry e = plan.get(i).entry();
                Layout.Match m = plan.get(i).match();
                Scored scored = scores.answers()[i];
                if (scored.outcome() instanceof Answers.Answer a) {
                    answers.answer(e.question(), e.measure(), a.score(), scored.raw());
                } else if (scored.outcome() instanceof Answers.Rejected r) {
                    String column = m.kind() == Layout.MatchKind.OPTIONS ? e.question() : m.columns().get(0).header();
                    builder.finding(Finding.rejected(table, row.line(), column, scored.raw(), r.reason()));
                    answersRejected++; // the respondent's row is kept: an answer, not a row
                }
            }
        }
        personal.values().forEach(p -> p.finding().ifPresent(builder::finding));
        dates.findings().forEach(builder::finding);
        return new TableCount(survey, read, read - rejected, rejected, answersRejected);
    }

    private Identity identity(Mapping mapping, Map<Field, Layout.Column> fields) {
        String coll = mapping.constant(Field.COLLECTIVITE).map(c -> Identifying.collectivite(c.value())).orElse(null);
        LocalDate date = null;
        Optional<Mapping.Constant> d = mapping.constant(Field.DATE);
        if (d.isPresent()) {
            try {
                date = parseDate(d.get().value(), false).orElse(null);
            } catch (IllegalArgumentException ex) {
                builder.finding(Finding.warning(mapping.file(), d.get().line(), "libelles", d.get().value(),
                        Messages.badConstant("date", d.get().value())));
            }
        }
        Wave wave = null;
        Optional<Mapping.Constant> w = mapping.constant(Field.VAGUE);
        if (w.isPresent()) {
            wave = Identifying.wave(w.get().value()).orElse(null);
            if (wave == null) {
                builder.finding(Finding.warning(mapping.file(), w.get().line(), "libelles", w.get().value(),
                        Messages.badConstant("vague", w.get().value())));
            }
        }
        String role = null;
        Optional<Mapping.Constant> r = mapping.constant(Field.ROLE);
        if (r.isPresent()) {
            Optional<Role> known = Identifying.role(r.get().value());
            role = known.map(Role::code).orElse(Text.clean(r.get().value()));
            if (known.isEmpty()) {
                builder.finding(Finding.warning(mapping.file(), r.get().line(), "libelles", r.get().value(),
                        Messages.rowUnknownRole(r.get().value())));
            }
        }
        return new Identity(fields.get(Field.COLLECTIVITE), fields.get(Field.REPONDANT), fields.get(Field.DATE),
                fields.get(Field.VAGUE), fields.get(Field.ROLE), coll, date, wave, role);
    }

    /** One question of a wide export: its mapping row, its column(s), what a cell of it scores. */
    private record Question(Mapping.Entry entry, Layout.Match match, Function<String, Scored> score) {
    }

    /** What one cell gives: the outcome, and the cell as kept in the answer (stripped). */
    private record Scored(Answers.Outcome outcome, String raw) {
    }

    /** A date cell read: the date (null when the parser finds none), or bad. */
    record ParsedDate(LocalDate date, boolean bad) {
        static ParsedDate of(String raw, boolean monthFirst) {
            try {
                return new ParsedDate(parseDate(raw, monthFirst).orElse(null), false);
            } catch (IllegalArgumentException ex) {
                return new ParsedDate(null, true);
            }
        }
    }

    /** Where {@code yyyy-MM-dd} has its digits. */
    private static final int[] DATE_DIGITS = {0, 1, 2, 3, 5, 6, 8, 9};

    /**
     * The date of an ISO date-time cell ({@code 2021-12-06T10:00:09.772+06:00}), read from its date part:
     * KoBo's {@code start} column has a new time on every row, which the memo of whole cells never hits,
     * while its days repeat. The date part parses as the whole cell does when the rest holds no line end
     * (the ISO pattern's {@code .*} stops at those). Null when the cell is not one (read it whole).
     */
    static ParsedDate dateOfDateTime(String raw, Memo<ParsedDate> dates) {
        if (raw.length() <= 10 || raw.charAt(4) != '-' || raw.charAt(7) != '-'
                || raw.charAt(10) != 'T' && raw.charAt(10) != ' ') {
            return null;
        }
        for (int i : DATE_DIGITS) {
            if (raw.charAt(i) < '0' || raw.charAt(i) > '9') {
                return null;
            }
        }
        for (int i = 11; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c == '\n' || c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029') {
                return null;
            }
        }
        ParsedDate d = dates.get(raw.substring(0, 10));
        // An impossible day (2021-02-30) goes through the other readers with the whole cell.
        return d.date() == null ? null : d;
    }

    /** Survey tools' date-times first, then whatever else the shared reader knows ({@code 30/01/20}…). */
    static Optional<LocalDate> parseDate(String raw, boolean monthFirst) {
        try {
            return Dates.parse(raw, monthFirst);
        } catch (IllegalArgumentException e) {
            return Optional.ofNullable(Values.date(raw));
        }
    }

    /** Selected options of a question split over columns, joined with "|" as lists are in docs/format.md. */
    private static String options(Line row, List<Layout.Column> columns) {
        List<String> chosen = new ArrayList<>();
        for (Layout.Column c : columns) {
            String v = row.cell(c.index()).strip();
            // KoBo writes 1/0 (or True/False), SurveyMonkey repeats the option's label when chosen
            if (!v.isEmpty() && !Answers.yesNo(v).equals(Optional.of(false))) {
                chosen.add(c.option());
            }
        }
        return String.join("|", chosen);
    }

    private TableCount readLong(String table, String survey, List<String> header, Iterator<Line> rows, Mapping mapping,
            Table whole) {
        Map<String, Integer> cols = new LinkedHashMap<>();
        for (int i = 0; i < header.size(); i++) {
            cols.putIfAbsent(Values.normalizeHeader(header.get(i)), i);
        }
        int cColl = cols.getOrDefault("collectivite", -1);
        int cResp = cols.getOrDefault("repondant", -1);
        int cDate = cols.getOrDefault("date", -1);
        int cQuestion = cols.getOrDefault("question", -1);
        int cAnswer = cols.getOrDefault("reponse", -1);
        int cWave = cols.getOrDefault("vague", -1);
        int cRole = cols.getOrDefault("role", -1);
        Identity id = identity(mapping, Map.of());
        // The format's own date column wins where it holds a real date; the mapping's constant fills the rest.
        SurveyDates dates = new SurveyDates(table, mapping.file(), cDate < 0 ? new int[0] : new int[] {cDate},
                cDate < 0 ? List.of() : List.of(header.get(cDate)), null, false, id.constDate(), true);
        dates.look(whole, 0);
        boolean hasMapping = !mapping.file().isEmpty();
        Set<String> seen = new LinkedHashSet<>();
        Set<String> warned = new LinkedHashSet<>();
        PersonalIds respondents = new PersonalIds(table, cResp < 0 ? "repondant" : header.get(cResp));
        long read = 0;
        long rejected = 0;
        while (rows.hasNext()) {
            Line row = rows.next();
            if (row.blank()) {
                continue;
            }
            read++;
            String coll = Identifying.collectivite(row.cell(cColl));
            if (coll.isEmpty() && id.constCollectivite() != null) {
                coll = id.constCollectivite();
            }
            if (coll.isEmpty()) {
                builder.finding(Finding.rejected(table, row.line(), header.get(cColl), null, Messages.rowNoCollectivite()));
                rejected++;
                continue;
            }
            String question = Text.clean(row.cell(cQuestion));
            String raw = row.cell(cAnswer).strip();
            if (question.isEmpty()) {
                builder.finding(Finding.rejected(table, row.line(), header.get(cQuestion), raw, Messages.longNoQuestion()));
                rejected++;
                continue;
            }
            Optional<Mapping.Entry> entry = mapping.measureFor(question);
            if (entry.isEmpty() && !hasMapping) {
                entry = namedAfterMeasure(row.line(), question);
            }
            if (entry.isEmpty()) {
                if (warned.add(Text.key(question))) {
                    builder.finding(Finding.warning(table, row.line(), header.get(cQuestion), question,
                            Messages.longUnmapped(question)));
                }
                continue;
            }
            seen.add(entry.get().key());
            Answers.Outcome o = Answers.score(entry.get(), raw, Set.of(), false);
            if (o instanceof Answers.Rejected r) {
                builder.finding(Finding.rejected(table, row.line(), header.get(cAnswer), raw, r.reason()));
                rejected++;
                continue;
            }
            if (o instanceof Answers.Answer a) {
                LocalDate date = dates.of(row, builder::finding);
                Wave wave = id.constWave();
                String v = row.cell(cWave);
                if (!v.isBlank()) {
                    wave = Identifying.wave(null, v, why -> builder.finding(
                            Finding.warning(table, row.line(), header.get(cWave), v.strip(), why))).orElse(null);
                }
                String role = id.constRole();
                if (!row.cell(cRole).isBlank()) {
                    Identifying.Read known = Identifying.role(null, row.cell(cRole));
                    role = known.value();
                    if (known.problem() != null) {
                        builder.finding(Finding.warning(table, row.line(), header.get(cRole), known.value(),
                                known.problem()));
                    }
                }
                builder.add(new SurveyAnswer(coll, survey, respondents.read(row.line(), emptyToNull(row.cell(cResp))),
                        date, wave, role, question,
                        entry.get().measure(), a.score(), raw, new SourceRef(table, row.line())));
            }
        }
        respondents.finding().ifPresent(builder::finding);
        dates.findings().forEach(builder::finding);
        for (Mapping.Entry e : mapping.measures()) {
            if (!seen.contains(e.key())) {
                builder.finding(Finding.warning(mapping.file(), e.line(), "question", e.question(),
                        Messages.questionMissing(e.question(), table)));
            }
        }
        return new TableCount(survey, read, read - rejected, rejected);
    }

    /** Without a mapping, a long-format question named {@code satisfaction} or {@code satisfaction:accueil} is on 1–5. */
    private static Optional<Mapping.Entry> namedAfterMeasure(long line, String question) {
        String head = question.contains(":") ? question.substring(0, question.indexOf(':')) : question;
        return Coded.find(Measure.class, Values.normalizeHeader(head))
                .map(m -> new Mapping.Entry(line, question, null, m, Scale.LIKERT5, false, Map.of()));
    }


    private static String emptyToNull(String s) {
        String t = Text.clean(s);
        return t.isEmpty() ? null : t;
    }

    private static String headers(List<Layout.Column> cols) {
        List<String> out = new ArrayList<>();
        for (Layout.Column c : cols) {
            out.add("« " + c.header() + " »");
        }
        return String.join(", ", out);
    }
}
