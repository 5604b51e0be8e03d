package org.recits.ingest.survey.internal;

import java.util.List;
import java.util.Set;
import org.recits.api.data.Finding;
import org.recits.api.model.LocalizedText;

/**
 * What to tell a lab whose survey export has no mapping file beside it: that none of its answers is read,
 * which file to create, and its first lines, drafted from the export's own header (Récits has no command
 * that writes a mapping: guessing what each question measures is the lab's call).
 */
final class Unmapped {

    /** Tool columns that are no question: ids, dates, progress, network, KoBo and SurveyMonkey metadata. */
    private static final Set<String> META = Set.of("id", "response id", "submitdate", "date submitted", "lastpage",
            "last page", "startlanguage", "start language", "seed", "token", "startdate", "date started", "datestamp",
            "date last action", "ipaddr", "ip address", "refurl", "referrer url", "start", "end", "today", "deviceid",
            "subscriberid", "simserial", "phonenumber", "username", "respondent id", "collector id", "start date",
            "end date", "email address", "first name", "last name", "custom data 1", "sid", "serial", "uid", "time",
            "draft", "horodateur", "timestamp", "horodatage");

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
            if (layout.respondentCols().contains(c.index()) || layout.dateCols().contains(c.index())) {
                continue;
            }
            String h = Text.clean(c.header());
            if (h.isEmpty() || h.startsWith("_") || h.startsWith("meta/") || META.contains(Text.key(h))) {
                continue;
            }
            return h;
        }
        return null;
    }

    /** A CSV cell: quoted when it holds a comma, a quote or a line end. */
    private static String csv(String cell) {
        String one = cell.replace('\n', ' ').replace('\r', ' ');
        return one.contains(",") || one.contains("\"") ? "\"" + one.replace("\"", "\"\"") + "\"" : one;
    }

    /** The cells of a header line, split on its most frequent separator outside quotes. */
    static List<String> cells(String line) {
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
        List<String> out = new java.util.ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char ch = line.charAt(i);
            if (ch == '"') {
                quoted = !quoted;
            } else if (ch == sep && !quoted) {
                out.add(cell.toString());
                cell.setLength(0);
            } else {
                cell.append(ch);
            }
        }
        out.add(cell.toString());
        return out;
    }
}
