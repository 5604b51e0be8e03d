package org.recits.ingest.survey.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import org.recits.api.data.Dataset;
import org.recits.api.data.Finding;
import org.recits.api.data.SourceFile.TableCount;
import org.recits.api.model.SourceRef;
import org.recits.api.model.Wave;
import org.recits.tabular.FindingValues;
import org.recits.tabular.PersonalIds;
import org.recits.tabular.Row;
import org.recits.tabular.RunawayQuote;
import org.recits.tabular.TableFindings;
import org.recits.tabular.Table;

/**
 * Reads a wide export (one respondent a row, one question a column or a column per option) through its
 * mapping into survey answers: the hot path of a big programme, its rows scored on the parsing threads.
 */
final class WideExportReader {

    private final Dataset.Builder builder;

    WideExportReader(Dataset.Builder builder) {
        this.builder = builder;
    }

    /**
     * What the parsing threads work out of a wide export's row: the row as this bundle reads it, and the pure
     * functions of its cells (collectivité, role, each question's score), through memos of their own. The rest (findings, dates, the answers
     * themselves) is done in file order by the thread that reads the rows.
     */
    private record Scores(Line row, Identifying.Read collectivite, Identifying.Read role, Scored[] answers) {
    }

    /**
     * @param t       the export, its header read
     * @param survey  the survey's name
     * @param layout  what the header says of the tool and its columns
     * @param mapping its mapping
     */
    TableCount read(Table t, String survey, Layout layout, Mapping mapping) {
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
        Identity id = Identity.of(mapping, fields, builder::finding);
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
                Arrays.stream(dateCols).mapToObj(c -> layout.columns().get(c).header()).toList(),
                SurveyDates.toolName(layout.tool()), layout.monthFirst(), id.constDate(), id.date() != null);
        dates.look(t, layout.headerRows());
        long read = 0;
        long rejected = 0;
        // an e-mail or a name as respondent id: its keyed pseudonym instead, one warning per column
        Map<Integer, PersonalIds> personal = new LinkedHashMap<>();
        long answersRejected = 0;
        Iterator<Table.Prepared<Scores>> rows = t.prepared(scoring);
        SurveyReader.skip(rows, layout.headerRows());
        while (rows.hasNext()) {
            Table.Prepared<Scores> prepared = rows.next();
            Scores scores = prepared.value();
            Line row = scores.row(); // made where the row was scored
            if (row.blank()) {
                continue; // an empty line is no respondent (LimeSurvey ends some exports with one)
            }
            read++;
            RunawayQuote runaway = RunawayQuote.in(prepared.row(), t);
            if (runaway != null) {
                // the rows it swallowed are respondents of the file: counted as read, and rejected with it
                read += runaway.swallowed();
                rejected += 1 + runaway.swallowed();
                builder.finding(TableFindings.runawayQuote(t, runaway));
                continue;
            }
            if (scores.collectivite().problem() != null) {
                builder.finding(FindingValues.ofLabel(Finding.rejected(table, row.line(), id.collectivite().header(),
                        scores.collectivite().value(), scores.collectivite().problem())));
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
                respondent = Identity.emptyToNull(row.cell(respondentCol));
            } else {
                for (int c : layout.respondentCols()) {
                    respondentCol = c;
                    respondent = Identity.emptyToNull(row.cell(c));
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
                        c -> new PersonalIds(table, layout.columns().get(c).header(), builder.pseudonyms()))
                        .read(row.line(), respondent);
            }
            LocalDate date = dates.of(row, builder::finding);
            Wave wave = id.constWave();
            if (id.vague() != null) {
                String v = row.cell(id.vague().index());
                if (!v.isBlank()) {
                    wave = Identifying.wave(fieldRows.get(Field.VAGUE), v, why -> builder.finding(FindingValues.ofLabel(
                            Finding.warning(table, row.line(), id.vague().header(), v.strip(), why)))).orElse(null);
                }
            }
            if (scores.role().problem() != null) {
                builder.finding(FindingValues.ofLabel(Finding.warning(table, row.line(), id.role().header(),
                        Text.clean(row.cell(id.role().index())), scores.role().problem())));
            }
            String role = Identity.emptyToNull(scores.role().value());
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
                    builder.finding(FindingValues.ofLabel(
                            Finding.rejected(table, row.line(), column, scored.raw(), r.reason())));
                    answersRejected++; // the respondent's row is kept: an answer, not a row
                }
            }
        }
        personal.values().forEach(p -> p.finding().ifPresent(builder::finding));
        dates.findings().forEach(builder::finding);
        return new TableCount(survey, read, read - rejected, rejected, answersRejected);
    }

    /** One question of a wide export: its mapping row, its column(s), what a cell of it scores. */
    private record Question(Mapping.Entry entry, Layout.Match match, Function<String, Scored> score) {
    }

    /** What one cell gives: the outcome, and the cell as kept in the answer (stripped). */
    private record Scored(Answers.Outcome outcome, String raw) {
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

    private static String headers(List<Layout.Column> cols) {
        List<String> out = new ArrayList<>();
        for (Layout.Column c : cols) {
            out.add("« " + c.header() + " »");
        }
        return String.join(", ", out);
    }
}
