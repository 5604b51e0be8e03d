package org.recits.ingest.survey.internal;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.osgi.service.component.annotations.Component;
import org.recits.api.ingest.MappingDraft;
import org.recits.api.ingest.MappingDrafter;
import org.recits.api.text.Messages;
import org.recits.tabular.Row;
import org.recits.tabular.Table;
import org.recits.tabular.Values;

/**
 * {@code recits mapping EXPORT}: reads a survey export as the ingestor would (tool, layout, columns), and drafts
 * its {@code NAME.mapping.csv}: identifying columns recognised by their names, each question's scale guessed
 * from its answers ({@link ScaleGuess}), a measure proposed from its words ({@link MeasureWords}) and marked as a
 * proposal in a {@code remarque} column the reader ignores; a question it cannot place is left as {@code texte},
 * with no measure, which the reader lists but does not read.
 */
@Component(service = MappingDrafter.class)
public final class MappingDrafts implements MappingDrafter {

    /** Distinct answers kept per column: enough to tell a scale, to check that the draft reads each of them. */
    private static final int MAX_DISTINCT = 4096;
    /** Answers shown per question in the console and the remarks. */
    private static final int SHOWN = 6;

    private static final Map<Field, Set<String>> FIELD_NAMES = Map.of(
            Field.COLLECTIVITE, Set.of("collectivite", "coll", "commune", "ville", "city", "municipalite",
                    "municipality", "territoire", "collectivity", "local authority"),
            Field.VAGUE, Set.of("vague", "wave", "moment", "phase", "temps de mesure"),
            Field.ROLE, Set.of("role", "profil", "fonction", "statut", "profile"),
            Field.DATE, Set.of("date", "date de reponse", "response date"),
            Field.REPONDANT, Set.of("repondant", "respondent", "respondent id", "identifiant", "participant"));

    @Override
    public Optional<MappingDraft> draft(Path export, Locale locale) throws IOException {
        String name = export.getFileName().toString();
        String lower = name.toLowerCase(Locale.ROOT);
        if (lower.endsWith(SurveyIngestor.MAPPING_SUFFIX) || !lower.endsWith(".csv") && !lower.endsWith(".xlsx")) {
            return Optional.empty();
        }
        Messages words = Messages.of(MappingDrafts.class, "mapping", locale);
        String mappingName = SurveyReader.surveyName(name) + SurveyIngestor.MAPPING_SUFFIX;
        try (Table t = SurveyReader.open(export, name)) {
            Layout layout = SurveyReader.detect(t, Mapping.none());
            Draft d = layout.tool() == Tool.LONG ? longFormat(t, layout, words) : wide(t, layout, words);
            return Optional.of(new MappingDraft(d.recognised, d.lines, mappingName, d.csv()));
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    /** The draft's rows and console lines as they are made. */
    private static final class Draft {
        final Messages words;
        final List<List<String>> rows = new ArrayList<>();
        final List<String> lines = new ArrayList<>();
        String recognised;

        Draft(Messages words) {
            this.words = words;
        }

        void row(String question, String measure, String scale, boolean inverse, String labels, String remark) {
            rows.add(List.of(question, measure, scale, inverse ? "oui" : "", labels, remark));
        }

        /** UTF-8 with a BOM (a French Excel opens it right), {@code ;}, every cell the reader needs. */
        String csv() {
            StringWriter out = new StringWriter().append('\uFEFF');
            CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(';').setRecordSeparator("\r\n").build();
            try (CSVPrinter p = new CSVPrinter(out, format)) {
                p.printRecord("question", "mesure", "echelle", "inverse", "libelles", words.get("remark.column"));
                for (List<String> r : rows) {
                    p.printRecord(r);
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return out.toString();
        }
    }

    /** The distinct answers of one column (or of one question of a long export), as they are read. */
    private static final class Seen {
        final Set<String> distinct = new LinkedHashSet<>();
        boolean complete = true;

        void add(String cell) {
            String c = Text.clean(cell);
            if (c.isEmpty() || !complete || distinct.contains(c)) {
                return;
            }
            if (distinct.size() == MAX_DISTINCT) {
                complete = false;
                distinct.clear();
                return;
            }
            distinct.add(c);
        }
    }

    private static Draft wide(Table t, Layout layout, Messages words) {
        Draft d = new Draft(words);
        List<Layout.Column> cols = layout.columns();
        List<Seen> seen = new ArrayList<>();
        cols.forEach(c -> seen.add(new Seen()));
        long respondents = 0;
        Iterator<Row> it = t.iterator();
        for (int i = 0; i < layout.headerRows() && it.hasNext(); i++) {
            it.next();
        }
        while (it.hasNext()) {
            Line row = new Line(0, it.next().cells());
            if (row.blank()) {
                continue;
            }
            respondents++;
            for (int i = 0; i < cols.size(); i++) {
                seen.get(i).add(row.cell(i));
            }
        }
        d.recognised = words.get("recognised", LayoutWords.of(layout).in(words.locale()), layout.headerRows() + 1,
                respondents, cols.size());
        boolean limeCodes = layout.tool() == Tool.LIMESURVEY || layout.tool() == Tool.GENERIC;
        Map<Field, Layout.Column> fields = new LinkedHashMap<>();
        for (Layout.Column c : cols) {
            Optional<Field> f = field(c, layout, seen.get(c.index()));
            if (f.isPresent() && !fields.containsKey(f.get()) && name(layout, c) != null) {
                fields.put(f.get(), c);
            }
        }
        if (!fields.containsKey(Field.COLLECTIVITE)) {
            String placeholder = words.get("placeholder.collectivite");
            d.row("*", Field.COLLECTIVITE.code(), "", false, placeholder, words.get("remark.constant"));
            d.lines.add(words.get("line.constant", placeholder));
        }
        fields.forEach((f, c) -> d.row(name(layout, c), f.code(), "", false, "", words.get("remark.field")));
        for (Layout.Column c : cols) {
            Field f = fields.entrySet().stream().filter(e -> e.getValue() == c).map(Map.Entry::getKey).findFirst()
                    .orElse(null);
            String shown = oneLine(c.header());
            if (f != null) {
                d.lines.add(words.get("line.field", shown, f.code()));
            } else if (!Unmapped.isQuestion(layout, c)) {
                d.lines.add(words.get("line.tool", shown));
            } else if (name(layout, c) == null) {
                d.lines.add(words.get("line.unnamed", shown));
            } else {
                question(d, name(layout, c), seen.get(c.index()), layout.noAnswer(), limeCodes);
            }
        }
        return d;
    }

    private static Draft longFormat(Table t, Layout layout, Messages words) {
        Draft d = new Draft(words);
        List<String> header = t.header();
        int q = -1;
        int a = -1;
        for (int i = 0; i < header.size(); i++) {
            String k = Values.normalizeHeader(header.get(i));
            q = q < 0 && k.equals("question") ? i : q;
            a = a < 0 && k.equals("reponse") ? i : a;
        }
        Map<String, Seen> questions = new LinkedHashMap<>();
        long lines = 0;
        for (Row r : t) {
            Line row = new Line(r.line(), r.cells());
            if (row.blank()) {
                continue;
            }
            lines++;
            String question = Text.clean(row.cell(q));
            if (!question.isEmpty()) {
                questions.computeIfAbsent(question, k -> new Seen()).add(row.cell(a));
            }
        }
        d.recognised = words.get("recognised.long", LayoutWords.of(layout).in(words.locale()), lines, questions.size());
        // the long format names its collectivité, respondent, date, wave and role columns itself
        questions.forEach((question, seen) -> question(d, question, seen, Set.of(), false));
        return d;
    }

    /** One question's row and line: its scale from its answers, its measure from its words. */
    private static void question(Draft d, String question, Seen seen, Set<String> noAnswer, boolean limeCodes) {
        Messages w = d.words;
        ScaleGuess.Guess g = ScaleGuess.guess(seen.distinct, seen.complete, noAnswer, limeCodes);
        String shown = oneLine(question);
        if (seen.complete && seen.distinct.isEmpty()) {
            d.row(question, "", Scale.TEXTE.code(), false, "", w.get("remark.empty"));
            d.lines.add(w.get("line.texte", shown, w.get("seen", w.get("line.empty"))));
            return;
        }
        if (!g.scale().scored()) {
            String answers = seen.complete && seen.distinct.size() <= ScaleGuess.MAX_LABELS
                    ? w.get("seen", sample(w, List.copyOf(seen.distinct)))
                    : seen.complete ? w.get("many", seen.distinct.size()) : w.get("many", MAX_DISTINCT);
            if (g.scale() == Scale.NOMBRE) {
                d.row(question, "", Scale.NOMBRE.code(), false, "", w.get("remark.texte", answers));
                d.lines.add(w.get("line.unplaced", shown, Scale.NOMBRE.code(), answers));
            } else {
                d.row(question, "", Scale.TEXTE.code(), false, "", w.get("remark.texte", answers));
                d.lines.add(w.get("line.texte", shown, answers));
            }
            return;
        }
        String labels = g.labels().entrySet().stream().map(e -> e.getKey() + "=" + e.getValue())
                .collect(Collectors.joining("|"));
        String labelsShown = g.labels().isEmpty() ? w.get("seen", sample(w, List.copyOf(seen.distinct)))
                : w.get("seen", sample(w, List.copyOf(g.labels().keySet())));
        Optional<MeasureWords.Proposal> p = MeasureWords.propose(question);
        if (p.isEmpty()) {
            String scale = g.scale().code() + (labels.isEmpty() ? "" : " " + labels);
            d.row(question, "", Scale.TEXTE.code(), false, "", w.get("remark.unplaced", scale));
            d.lines.add(w.get("line.unplaced", shown, g.scale().code(), labelsShown));
            return;
        }
        boolean inverse = MeasureWords.negative(question);
        d.row(question, p.get().measure().code(), g.scale().code(), inverse, labels,
                w.get("remark.measure", p.get().word()) + (inverse ? w.get("remark.inverse") : ""));
        d.lines.add(w.get("line.measure", shown, g.scale().code(), labelsShown, p.get().measure().code(),
                p.get().word(), inverse ? w.get("line.inverse") : ""));
    }

    /** The first answers, and how many more. */
    private static String sample(Messages w, List<String> answers) {
        String first = String.join(", ", answers.subList(0, Math.min(SHOWN, answers.size())));
        return answers.size() <= SHOWN ? first : w.get("seen.more", first, answers.size() - SHOWN);
    }

    /**
     * The identifying field a column is, by its name (its last KoBo path segment too) and, for a wave or a role,
     * by its answers being all of that vocabulary; a tool's own id and date columns are the tool's.
     */
    private static Optional<Field> field(Layout.Column c, Layout layout, Seen seen) {
        if (!Unmapped.isQuestion(layout, c) || !seen.complete || seen.distinct.isEmpty()) {
            return Optional.empty();
        }
        String h = c.header();
        Set<String> keys = new java.util.HashSet<>(List.of(Text.key(h), Text.key(h.substring(h.lastIndexOf('/') + 1))));
        for (Map.Entry<Field, Set<String>> e : FIELD_NAMES.entrySet()) {
            if (keys.stream().noneMatch(e.getValue()::contains)) {
                continue;
            }
            boolean fits = switch (e.getKey()) {
                case VAGUE -> seen.distinct.stream().allMatch(v -> Identifying.wave(v).isPresent());
                case ROLE -> seen.distinct.stream().allMatch(v -> Identifying.role(null, v).problem() == null);
                case DATE -> layout.dateCols().isEmpty();
                case REPONDANT -> layout.respondentCols().isEmpty();
                case COLLECTIVITE -> true;
            };
            if (fits) {
                return Optional.of(e.getKey());
            }
        }
        return Optional.empty();
    }

    /**
     * How the mapping names a column so that the reader finds that column alone: its header, else one of its
     * aliases (a LimeSurvey code, a KoBo last segment); null when none does (two columns with one header).
     */
    private static String name(Layout layout, Layout.Column c) {
        List<String> candidates = new ArrayList<>();
        candidates.add(oneLine(c.header()));
        candidates.addAll(c.aliases());
        for (String n : candidates) {
            Layout.Match m = layout.match(n);
            if (m.kind() == Layout.MatchKind.COLUMN && m.columns().get(0).index() == c.index()) {
                return n;
            }
        }
        return null;
    }

    /** A header over several lines (LimeSurvey) on one line: the reader compares them loosely anyway. */
    private static String oneLine(String s) {
        return Text.clean(s).replaceAll("\\s*[\\r\\n]+\\s*", " ");
    }
}
