package org.recits.ingest.survey.internal;

import java.time.LocalDate;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.recits.api.data.Dataset;
import org.recits.api.data.Finding;
import org.recits.api.data.SourceFile.TableCount;
import org.recits.api.model.Coded;
import org.recits.api.model.Measure;
import org.recits.api.model.SourceRef;
import org.recits.api.model.SurveyAnswer;
import org.recits.api.model.Wave;
import org.recits.tabular.FindingValues;
import org.recits.tabular.PersonalIds;
import org.recits.tabular.Row;
import org.recits.tabular.RunawayQuote;
import org.recits.tabular.TableFindings;
import org.recits.tabular.Table;
import org.recits.tabular.Values;

/**
 * Reads a long export (one answer a row: collectivite, repondant, date, question, reponse, vague, role) into
 * survey answers; its mapping, when there is one, says which questions measure what.
 */
final class LongExportReader {

    private final Dataset.Builder builder;

    LongExportReader(Dataset.Builder builder) {
        this.builder = builder;
    }

    /**
     * @param t          the export, its header read
     * @param survey     the survey's name
     * @param headerRows rows below the header that are not answers
     * @param mapping    its mapping, or {@link Mapping#none()}
     */
    TableCount read(Table t, String survey, int headerRows, Mapping mapping) {
        Iterator<Row> it = t.iterator();
        SurveyReader.skip(it, headerRows);
        String table = t.name();
        List<String> header = t.header();
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
        Identity id = Identity.of(mapping, Map.of(), builder::finding);
        // The format's own date column wins where it holds a real date; the mapping's constant fills the rest.
        SurveyDates dates = new SurveyDates(table, mapping.file(), cDate < 0 ? new int[0] : new int[] {cDate},
                cDate < 0 ? List.of() : List.of(header.get(cDate)), null, false, id.constDate(), true);
        dates.look(t, 0);
        boolean hasMapping = !mapping.file().isEmpty();
        Set<String> seen = new LinkedHashSet<>();
        Set<String> warned = new LinkedHashSet<>();
        PersonalIds respondents = new PersonalIds(table, cResp < 0 ? "repondant" : header.get(cResp),
                builder.pseudonyms());
        long read = 0;
        long rejected = 0;
        while (it.hasNext()) {
            Row r = it.next();
            Line row = new Line(r.line(), r.cells());
            if (row.blank()) {
                continue;
            }
            read++;
            RunawayQuote runaway = RunawayQuote.in(r, t);
            if (runaway != null) {
                // the rows it swallowed are answers of the file: counted as read, and rejected with it
                read += runaway.swallowed();
                rejected += 1 + runaway.swallowed();
                builder.finding(TableFindings.runawayQuote(t, runaway));
                continue;
            }
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
                builder.finding(FindingValues.ofLabel(
                        Finding.rejected(table, row.line(), header.get(cQuestion), raw, Messages.longNoQuestion())));
                rejected++;
                continue;
            }
            Optional<Mapping.Entry> entry = mapping.measureFor(question);
            if (entry.isEmpty() && !hasMapping) {
                entry = namedAfterMeasure(row.line(), question);
            }
            if (entry.isEmpty()) {
                if (warned.add(Text.key(question))) {
                    builder.finding(FindingValues.showing(Finding.warning(table, row.line(), header.get(cQuestion),
                            question, Messages.longUnmapped(question)), FindingValues.cut(question)));
                }
                continue;
            }
            seen.add(entry.get().key());
            Answers.Outcome o = Answers.score(entry.get(), raw, Set.of(), false);
            if (o instanceof Answers.Rejected rej) {
                builder.finding(FindingValues.ofLabel(
                        Finding.rejected(table, row.line(), header.get(cAnswer), raw, rej.reason())));
                rejected++;
                continue;
            }
            if (o instanceof Answers.Answer a) {
                LocalDate date = dates.of(row, builder::finding);
                Wave wave = id.constWave();
                String v = row.cell(cWave);
                if (!v.isBlank()) {
                    wave = Identifying.wave(null, v, why -> builder.finding(FindingValues.ofLabel(
                            Finding.warning(table, row.line(), header.get(cWave), v.strip(), why)))).orElse(null);
                }
                String role = id.constRole();
                if (!row.cell(cRole).isBlank()) {
                    Identifying.Read known = Identifying.role(null, row.cell(cRole));
                    role = known.value();
                    if (known.problem() != null) {
                        builder.finding(FindingValues.ofLabel(Finding.warning(table, row.line(), header.get(cRole),
                                known.value(), known.problem())));
                    }
                }
                builder.add(new SurveyAnswer(coll, survey,
                        respondents.read(row.line(), Identity.emptyToNull(row.cell(cResp))), date, wave, role,
                        question, entry.get().measure(), a.score(), raw, new SourceRef(table, row.line())));
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
}
