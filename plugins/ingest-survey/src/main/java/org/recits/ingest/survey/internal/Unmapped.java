package org.recits.ingest.survey.internal;

import java.util.List;
import java.util.Set;
import org.recits.api.data.Finding;
import org.recits.api.model.LocalizedText;

/**
 * What to tell a lab whose survey export has no mapping file beside it: that none of its answers is read,
 * which file to create, and its first lines, drafted from the export's own header ({@link MappingDrafts} writes
 * a whole draft on request, its measures proposals: what each question measures is the lab's call).
 */
final class Unmapped {

    /** Tool columns that are no question: ids, dates, progress, network, KoBo and SurveyMonkey metadata. */
    private static final Set<String> META = Set.of("id", "response id", "submitdate", "date submitted", "lastpage",
            "last page", "startlanguage", "start language", "seed", "token", "startdate", "date started", "datestamp",
            "date last action", "ipaddr", "ip address", "refurl", "referrer url", "start", "end", "today", "deviceid",
            "subscriberid", "simserial", "phonenumber", "username", "respondent id", "collector id", "start date",
            "end date", "email address", "first name", "last name", "custom data 1", "sid", "serial", "uid", "time",
            "draft", "horodateur", "timestamp", "horodatage");

    private static final java.util.regex.Pattern CODE_DOT = java.util.regex.Pattern.compile("^([A-Za-z_][A-Za-z0-9_]*)\\.\\s");

    private Unmapped() {
    }

    /**
     * The whole-file finding for an export without mapping.
     *
     * @param file        the export's name as shown in findings
     * @param layout      how it is laid out (its tool, its columns)
     * @param respondents how many respondents it holds, none of whom is read
     */
    static Finding finding(String file, Layout layout, long respondents) {
        int slash = file.lastIndexOf('/');
        String base = file.substring(slash + 1, file.lastIndexOf('.') > slash ? file.lastIndexOf('.') : file.length());
        String mapping = base + SurveyIngestor.MAPPING_SUFFIX;
        String question = firstQuestion(layout);
        LocalizedText why = Messages.noMapping(layout.tool().label(), respondents, mapping,
                question == null ? "Votre question" : csv(question));
        return Finding.rejected(file, 0, null, null, why);
    }

    /** The first column that is a question rather than the tool's own data. */
    static String firstQuestion(Layout layout) {
        for (Layout.Column c : layout.columns()) {
            if (isQuestion(layout, c)) {
                return Text.clean(c.header());
            }
        }
        return null;
    }

    /** Whether a column may be a question: not the tool's id, date or metadata, not a header left empty. */
    static boolean isQuestion(Layout layout, Layout.Column c) {
        if (layout.respondentCols().contains(c.index()) || layout.dateCols().contains(c.index())) {
            return false;
        }
        String h = Text.clean(c.header());
        java.util.regex.Matcher code = CODE_DOT.matcher(h); // LimeSurvey "lastpage. Last page" headings
        return !(h.isEmpty() || h.startsWith("_") || h.startsWith("meta/") || META.contains(Text.key(h))
                || code.find() && META.contains(Text.key(code.group(1))));
    }

    /** A CSV cell: quoted when it holds a comma, a quote or a line end. */
    private static String csv(String cell) {
        String one = cell.replace('\n', ' ').replace('\r', ' ');
        return one.contains(",") || one.contains("\"") ? "\"" + one.replace("\"", "\"\"") + "\"" : one;
    }

    /**
     * The first records of a text, split on the first line's most frequent separator outside quotes;
     * a quoted cell may hold line ends (LimeSurvey headers over several lines).
     */
    static List<List<String>> rows(String text, int max) {
        int eol = 0;
        boolean q = false;
        while (eol < text.length() && (q || text.charAt(eol) != '\n' && text.charAt(eol) != '\r')) {
            q ^= text.charAt(eol) == '"';
            eol++;
        }
        char sep = separator(text.substring(0, eol));
        List<List<String>> out = new java.util.ArrayList<>();
        List<String> row = new java.util.ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < text.length() && out.size() < max; i++) {
            char ch = text.charAt(i);
            if (ch == '"') {
                quoted = !quoted;
            } else if (ch == sep && !quoted) {
                row.add(cell.toString());
                cell.setLength(0);
            } else if ((ch == '\n' || ch == '\r') && !quoted) {
                if (ch == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                row.add(cell.toString());
                cell.setLength(0);
                out.add(row);
                row = new java.util.ArrayList<>();
            } else {
                cell.append(ch);
            }
        }
        if (out.size() < max && (cell.length() > 0 || !row.isEmpty())) {
            row.add(cell.toString());
            out.add(row);
        }
        return out;
    }

    private static char separator(String line) {
        char sep = ',';
        int best = -1;
        for (char c : new char[] {',', ';', '\t'}) {
            int n = 0;
            boolean quoted = false;
            for (int i = 0; i < line.length(); i++) {
                char ch = line.charAt(i);
                if (ch == '"') {
                    quoted = !quoted;
                } else if (ch == c && !quoted) {
                    n++;
                }
            }
            if (n > best) {
                best = n;
                sep = c;
            }
        }
        return sep;
    }
}
