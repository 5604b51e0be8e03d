package org.recits.ingest.survey.internal;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How an export is laid out: which tool wrote it, how many rows its header takes, what each column is
 * called (and may be called in a mapping file), and where the tool keeps the respondent's id and date.
 *
 * @param tool           the recognised tool
 * @param headerRows     data rows after the first that are header rows too (second header row, Framaforms)
 * @param columns        every column, in order
 * @param respondentCols columns holding the respondent's id, the first non-empty one wins (LimeSurvey token, then id)
 * @param dateCols       columns holding the answer date, the first non-empty one wins
 * @param monthFirst     whether the tool writes dates month first (01/15/2018)
 * @param noAnswer       loose keys the tool writes for "not answered"
 */
record Layout(Tool tool, int headerRows, List<Column> columns, List<Integer> respondentCols, List<Integer> dateCols,
        boolean monthFirst, Set<String> noAnswer) {

    /**
     * @param index   0-based
     * @param header  as shown in findings (the two header rows merged as "question [sub-question]")
     * @param full    loose key of the header
     * @param aliases other loose keys a mapping may use: LimeSurvey code, KoBo last path segment, a sub-question alone
     * @param parents loose keys of the question this column is one option of (KoBo {@code q/option}, SurveyMonkey
     *                multi-select), empty otherwise
     * @param option  the option's name when parents is not empty
     */
    record Column(int index, String header, String full, Set<String> aliases, Set<String> parents, String option) {
    }

    /** How a mapping question was found among the columns. */
    enum MatchKind { NONE, COLUMN, OPTIONS, AMBIGUOUS }

    record Match(MatchKind kind, List<Column> columns) {
    }

    /** LimeSurvey "code. text" headings: {@code Ag2[SQ002]. Agreement…}, {@code id. Response ID}. */
    private static final Pattern CODE_DOT_TEXT = Pattern.compile("^\\s*([A-Za-z_][A-Za-z0-9_]*(?:\\[[^\\]\\s]*\\])*)\\.\\s");
    /** LimeSurvey full-text headings numbered by the tool: {@code 12 - How satisfied…}. */
    private static final Pattern NUMBERED = Pattern.compile("^\\s*\\d+\\s+-\\s+(.+)$", Pattern.DOTALL);

    private static final Set<String> LIME_ID = Set.of("id", "response id", "id de la reponse", "id de reponse");
    private static final Set<String> LIME_TOKEN = Set.of("token", "jeton", "code d acces");
    private static final Set<String> LIME_SUBMIT = Set.of("submitdate", "date submitted", "date de soumission",
            "date d envoi");
    private static final Set<String> LIME_DATESTAMP = Set.of("datestamp", "date last action",
            "date de la derniere action");
    private static final Set<String> LIME_START = Set.of("startdate", "date started", "date de debut");
    private static final Set<String> LIME_OTHER = Set.of("lastpage", "last page", "derniere page", "startlanguage",
            "start language", "langue de depart", "seed", "graine", "ipaddr", "ip address", "adresse ip", "refurl",
            "referrer url", "url de provenance");
    private static final Set<String> GOOGLE_FIRST = Set.of("horodateur", "timestamp", "horodatage", "marca temporal",
            "zeitstempel", "carimbo de data hora", "informazioni cronologiche");
    private static final Set<String> RESPONSE = Set.of("response", "open ended response", "reponse", "reponse ouverte",
            "antwort", "respuesta");
    private static final Set<String> LONG = Set.of("collectivite", "repondant", "question", "reponse");

    /** Whether a header is the generic long format's: collectivite, repondant, (date,) question, reponse. */
    static boolean isLong(List<String> header) {
        Set<String> keys = new LinkedHashSet<>();
        header.forEach(h -> keys.add(Text.key(h)));
        return keys.containsAll(LONG);
    }

    /**
     * Recognises the tool and lays the columns out.
     *
     * @param header  the first row
     * @param ahead   the next rows (at least two when the file has them), to find second header rows
     * @param mapping to settle a doubtful second header row by which reading matches more questions
     */
    static Layout detect(List<String> header, List<Line> ahead, Mapping mapping) {
        List<String> keys = header.stream().map(Text::key).toList();
        Set<String> lower = new LinkedHashSet<>();
        header.forEach(h -> lower.add(Text.clean(h).toLowerCase(java.util.Locale.ROOT)));

        if (isLong(header)) {
            return simple(Tool.LONG, header, List.of(), List.of(), false, Set.of());
        }
        // Framaforms (Drupal Webform): title and group rows may come before the row of Serial/SID/Time…
        for (int r = 0; r <= Math.min(2, ahead.size()); r++) {
            List<String> cells = r == 0 ? header : ahead.get(r - 1).cells();
            Set<String> ks = new LinkedHashSet<>();
            cells.forEach(c -> ks.add(Text.key(c)));
            if (ks.contains("sid") && (ks.contains("uid") || ks.contains("draft") || ks.contains("brouillon")
                    || ks.contains("serial"))) {
                return framaforms(header, ahead, r);
            }
        }
        if (lower.contains("_uuid") || lower.contains("_submission_time") || lower.contains("__version__")
                || lower.contains("meta/instanceid") || (lower.contains("_id") && lower.contains("_index"))) {
            return kobo(header);
        }
        if (!keys.isEmpty() && GOOGLE_FIRST.contains(keys.get(0))) {
            return simple(Tool.GOOGLE_FORMS, header, List.of(), List.of(0), keys.get(0).equals("timestamp"), Set.of());
        }
        Line second = ahead.isEmpty() ? null : ahead.get(0);
        if (second != null && (second.cells().stream().anyMatch(c -> RESPONSE.contains(Text.key(c)))
                || (keys.size() > 1 && keys.get(0).equals("respondent id") && keys.get(1).equals("collector id")))) {
            Layout l = twoRows(Tool.SURVEYMONKEY, header, second);
            return l.withMeta(List.of(l.find(Set.of("respondent id"))),
                    List.of(l.find(Set.of("end date")), l.find(Set.of("start date"))), true, Set.of());
        }
        if (limeMetaCount(header) >= 2) {
            return lime(header);
        }
        if (second != null && looksLikeSecondHeader(header, second)) {
            Layout two = twoRows(Tool.TWO_ROW_HEADER, header, second);
            Layout one = simple(Tool.GENERIC, header, List.of(), List.of(), false, Set.of());
            return one.matched(mapping) > two.matched(mapping) ? one : two;
        }
        return simple(Tool.GENERIC, header, List.of(), List.of(), false, Set.of());
    }

    /** A first row with gaps that a second row fills: questions spanning their sub-questions. */
    private static boolean looksLikeSecondHeader(List<String> header, Line second) {
        if (header.isEmpty() || header.get(0).isBlank() || second.blank()) {
            return false;
        }
        boolean gap = false;
        for (int i = 1; i < header.size(); i++) {
            if (header.get(i).isBlank()) {
                gap = true;
                if (second.cell(i).isBlank()) {
                    return false;
                }
            }
        }
        return gap;
    }

    private static int limeMetaCount(List<String> header) {
        int n = 0;
        for (String h : header) {
            for (String k : List.of(Text.key(h), limeCode(h))) {
                if (LIME_ID.contains(k) || LIME_TOKEN.contains(k) || LIME_SUBMIT.contains(k)
                        || LIME_DATESTAMP.contains(k) || LIME_START.contains(k) || LIME_OTHER.contains(k)) {
                    n++;
                    break;
                }
            }
        }
        return n;
    }

    private static String limeCode(String h) {
        Matcher m = CODE_DOT_TEXT.matcher(h);
        return m.find() ? Text.key(m.group(1)) : "";
    }

    private static Layout lime(List<String> header) {
        List<Column> cols = new ArrayList<>();
        for (int i = 0; i < header.size(); i++) {
            String h = header.get(i);
            Set<String> aliases = new LinkedHashSet<>();
            String code = limeCode(h);
            if (!code.isEmpty()) {
                aliases.add(code);
            }
            Matcher n = NUMBERED.matcher(h);
            if (n.matches()) {
                aliases.add(Text.key(n.group(1)));
            }
            cols.add(new Column(i, h, Text.key(h), aliases, Set.of(), null));
        }
        Layout l = new Layout(Tool.LIMESURVEY, 0, cols, List.of(), List.of(), false, Set.of());
        // the token pairs a respondent's waves; the response id is only unique within one export
        return l.withMeta(List.of(l.find(LIME_TOKEN), l.find(LIME_ID)),
                List.of(l.find(LIME_SUBMIT), l.find(LIME_DATESTAMP), l.find(LIME_START)), false, Set.of("n a"));
    }

    private static Layout kobo(List<String> header) {
        List<Column> cols = new ArrayList<>();
        for (int i = 0; i < header.size(); i++) {
            String h = header.get(i);
            String c = Text.clean(h);
            List<String> path = List.of(c.split("/", -1));
            if (path.size() == 1 && c.indexOf('.') > 0 && !c.contains(" ")) {
                path = List.of(c.split("\\.", -1)); // group.question, another KoBo grouping style
            }
            Set<String> aliases = new LinkedHashSet<>();
            Set<String> parents = new LinkedHashSet<>();
            String option = null;
            if (path.size() > 1) {
                aliases.add(Text.key(path.get(path.size() - 1)));
                parents.add(Text.key(String.join("/", path.subList(0, path.size() - 1))));
                parents.add(Text.key(path.get(path.size() - 2)));
                option = path.get(path.size() - 1);
            }
            cols.add(new Column(i, h, Text.key(h), aliases, parents, option));
        }
        Layout l = new Layout(Tool.KOBO, 0, cols, List.of(), List.of(), false, Set.of());
        return l.withMeta(List.of(l.findRaw("_uuid"), l.findRaw("meta/instanceid"), l.findRaw("_id")),
                List.of(l.findRaw("_submission_time"), l.findRaw("end"), l.findRaw("start")), false, Set.of());
    }

    private static Layout framaforms(List<String> header, List<Line> ahead, int headerRow) {
        List<String> labels = headerRow == 0 ? header : ahead.get(headerRow - 1).cells();
        List<String> groups = headerRow == 0 ? List.of() : headerRow == 1 ? header : ahead.get(0).cells();
        List<Column> cols = new ArrayList<>();
        String group = "";
        int width = Math.max(header.size(), labels.size());
        for (int i = 0; i < width; i++) {
            String label = i < labels.size() ? labels.get(i) : "";
            String g = i < groups.size() ? Text.clean(groups.get(i)) : "";
            if (!g.isEmpty()) {
                group = g;
            }
            Set<String> aliases = new LinkedHashSet<>();
            Set<String> parents = new LinkedHashSet<>();
            if (!group.isEmpty()) {
                aliases.add(Text.key(group + " [" + label + "]"));
                parents.add(Text.key(group));
            }
            cols.add(new Column(i, label, Text.key(label), aliases, parents, parents.isEmpty() ? null : label));
        }
        Layout l = new Layout(Tool.FRAMAFORMS, headerRow, cols, List.of(), List.of(), false, Set.of());
        int time = l.find(Set.of("time"));
        return l.withMeta(List.of(l.find(Set.of("sid"))), List.of(time >= 0 ? time : l.find(Set.of("heure", "date"))),
                time >= 0, Set.of());
    }

    private static Layout twoRows(Tool tool, List<String> header, Line second) {
        List<Column> cols = new ArrayList<>();
        String top = "";
        int width = Math.max(header.size(), second.cells().size());
        for (int i = 0; i < width; i++) {
            String h = i < header.size() ? header.get(i) : "";
            boolean starts = !h.isBlank();
            if (starts) {
                top = h;
            }
            String sub = second.cell(i);
            boolean single = sub.isBlank() || RESPONSE.contains(Text.key(sub));
            String name = single ? top : Text.clean(top) + " [" + Text.clean(sub) + "]";
            Set<String> aliases = new LinkedHashSet<>();
            Set<String> parents = new LinkedHashSet<>();
            if (!single) {
                aliases.add(Text.key(sub));
                parents.add(Text.key(top));
            }
            cols.add(new Column(i, name, Text.key(name), aliases, parents, single ? null : Text.clean(sub)));
        }
        return new Layout(tool, 1, cols, List.of(), List.of(), false, Set.of());
    }

    private static Layout simple(Tool tool, List<String> header, List<Integer> respondent, List<Integer> date,
            boolean monthFirst, Set<String> noAnswer) {
        List<Column> cols = new ArrayList<>();
        for (int i = 0; i < header.size(); i++) {
            String h = header.get(i);
            Set<String> aliases = new LinkedHashSet<>();
            String code = limeCode(h); // "code. text" headings are not only LimeSurvey's
            if (!code.isEmpty()) {
                aliases.add(code);
            }
            cols.add(new Column(i, h, Text.key(h), aliases, Set.of(), null));
        }
        return new Layout(tool, 0, cols, respondent, date, monthFirst, noAnswer);
    }

    private Layout withMeta(List<Integer> respondent, List<Integer> date, boolean monthFirst, Set<String> noAnswer) {
        return new Layout(tool, headerRows, columns, respondent.stream().filter(i -> i >= 0).toList(),
                date.stream().filter(i -> i >= 0).toList(), monthFirst, noAnswer);
    }

    /** The first column whose header or alias is one of these loose keys, or −1. */
    int find(Set<String> names) {
        for (Column c : columns) {
            if (names.contains(c.full())) {
                return c.index();
            }
        }
        for (Column c : columns) {
            if (c.aliases().stream().anyMatch(names::contains)) {
                return c.index();
            }
        }
        return -1;
    }

    /** The column whose header is exactly this (KoBo's own column names, compared in lower case). */
    private int findRaw(String name) {
        for (Column c : columns) {
            if (Text.clean(c.header()).toLowerCase(java.util.Locale.ROOT).equals(name)) {
                return c.index();
            }
        }
        return -1;
    }

    /**
     * Finds a mapping question: by the whole header first, then by an alias (code, last path segment,
     * sub-question), then as the question whose options are split over several columns.
     */
    Match match(String question) {
        String k = Text.key(question);
        if (k.isEmpty()) {
            return new Match(MatchKind.NONE, List.of());
        }
        List<Column> full = columns.stream().filter(c -> c.full().equals(k)).toList();
        if (full.size() == 1) {
            return new Match(MatchKind.COLUMN, full);
        }
        if (full.size() > 1) {
            return new Match(MatchKind.AMBIGUOUS, full);
        }
        List<Column> alias = columns.stream().filter(c -> c.aliases().contains(k)).toList();
        if (alias.size() == 1) {
            return new Match(MatchKind.COLUMN, alias);
        }
        if (alias.size() > 1) {
            return new Match(MatchKind.AMBIGUOUS, alias);
        }
        List<Column> options = columns.stream().filter(c -> c.parents().contains(k)).toList();
        if (!options.isEmpty()) {
            return new Match(MatchKind.OPTIONS, options);
        }
        return new Match(MatchKind.NONE, List.of());
    }

    /** How many of the mapping's questions this layout finds, to choose between two readings of a header. */
    int matched(Mapping mapping) {
        int n = 0;
        for (Mapping.Entry e : mapping.entries()) {
            MatchKind k = match(e.question()).kind();
            if (k == MatchKind.COLUMN || k == MatchKind.OPTIONS) {
                n++;
            }
        }
        return n;
    }
}
