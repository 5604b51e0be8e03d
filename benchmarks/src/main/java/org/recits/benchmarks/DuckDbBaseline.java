package org.recits.benchmarks;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * The second baseline, what a data engineer would reach for: DuckDB computing PART_ACTIVE_AMBASSADORS,
 * PART_ATTENDANCE_RATE, PROT_INTERVENTION_DAYS, FIN_COLLECTIVITE_SHARE and QUAL_SESSION_SATISFACTION in SQL from
 * the same CSV files, for each collectivité and the programme, for a quarter and the four before it, exactly as
 * {@code baseline/baseline.py} (the pandas baseline) does. It writes the figures only, as a CSV file
 * ({@code code;scope;period;value}, {@code n/d} when not defined) that {@code compare.py} checks: no workbook, no
 * records sheet, no chart, no narrative, no check of the files beyond what the SQL needs.
 *
 * <p>{@code DuckDbBaseline --data DIR --period 2021-T1 --out FILE.csv}
 *
 * <p>DuckDB reads UTF-8 (and Latin-1, which is not Windows-1252): the Windows-1252 files are transcoded to
 * UTF-8 first, in a temporary folder, within the timed run. The survey exports are read for their
 * satisfaction questions only, the one measure the five indicators use.
 */
public final class DuckDbBaseline {

    private static final String[] CODES = {"PART_ACTIVE_AMBASSADORS", "PART_ATTENDANCE_RATE", "PROT_INTERVENTION_DAYS",
        "FIN_COLLECTIVITE_SHARE", "QUAL_SESSION_SATISFACTION"};

    /** The dates docs/format.md accepts: 2020-01-30, 30/01/2020, 30.01.2020, 30/01/20 (first ten characters). */
    private static final String DATE_MACRO = """
            CREATE MACRO d(s) AS (CASE
              WHEN length(left(trim(s), 10)) = 10 THEN coalesce(try_strptime(left(trim(s), 10), '%Y-%m-%d'),
                try_strptime(left(trim(s), 10), '%d/%m/%Y'), try_strptime(left(trim(s), 10), '%d.%m.%Y'))
              WHEN length(trim(s)) = 8 THEN try_strptime(trim(s), '%d/%m/%y') END)::DATE""";

    private DuckDbBaseline() {
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> a = new LinkedHashMap<>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            a.put(args[i], args[i + 1]);
        }
        Path data = Path.of(a.get("--data"));
        String period = a.get("--period");
        Path out = Path.of(a.get("--out"));
        Path scratch = Files.createTempDirectory("duckdb-baseline");
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:"); Statement st = c.createStatement()) {
            st.execute(DATE_MACRO);
            st.execute("CREATE MACRO num(s) AS TRY_CAST(replace(trim(s), ',', '.') AS DOUBLE)");
            load(st, "participants", data.resolve("participants.csv"), scratch);
            load(st, "sessions_raw", data.resolve("sessions.csv"), scratch);
            load(st, "presences_raw", data.resolve("presences.csv"), scratch);
            load(st, "financements_raw", data.resolve("financements.csv"), scratch);
            load(st, "collectivites_raw", data.resolve("collectivites.csv"), scratch);
            st.execute(SCRATCH_TABLES);
            st.execute(satisfaction(st, data.resolve("enquetes"), scratch));
            st.execute(quarters(period));
            write(out, figures(st), period);
        } finally {
            try (Stream<Path> files = Files.walk(scratch)) {
                for (Path p : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            }
        }
    }

    /** The activity tables typed once, as baseline.py types its data frames. */
    private static final String SCRATCH_TABLES = """
            CREATE TABLE amb AS SELECT collectivite, participant, d(date_entree) AS date_entree,
              d(date_sortie) AS date_sortie FROM participants WHERE lower(trim(role)) = 'ambassadeur';
            CREATE TABLE sess AS SELECT * FROM (SELECT collectivite, session, d(date_debut) AS date_debut,
              num(jours) AS jours, coalesce(nullif(trim(type), ''), 'session') AS type FROM sessions_raw)
              WHERE date_debut IS NOT NULL AND jours IS NOT NULL;
            CREATE TABLE counted AS SELECT * FROM sess WHERE type IN ('session', 'immersion');
            CREATE TABLE fin AS SELECT * FROM (SELECT collectivite, trim(type) AS type, num(montant_eur) AS montant,
              d(date) AS date FROM financements_raw) WHERE montant IS NOT NULL;
            CREATE TABLE colls AS SELECT collectivite, d(date_debut) AS date_debut, d(date_fin) AS date_fin
              FROM collectivites_raw;
            CREATE TABLE ids AS SELECT collectivite FROM colls UNION SELECT collectivite FROM participants
              UNION SELECT collectivite FROM sess;
            CREATE TABLE att AS SELECT c.collectivite, c.date_debut,
              least(coalesce(num(p.jours_presents), c.jours), c.jours) AS present
              FROM presences_raw p JOIN counted c ON p.collectivite = c.collectivite AND p.session = c.session
              JOIN amb a ON p.collectivite = a.collectivite AND p.participant = a.participant
              WHERE (a.date_entree IS NULL OR a.date_entree <= c.date_debut)
                AND (a.date_sortie IS NULL OR a.date_sortie > c.date_debut);
            CREATE TABLE slots AS SELECT c.collectivite, c.date_debut, c.jours FROM counted c
              JOIN amb a ON c.collectivite = a.collectivite
              WHERE (a.date_entree IS NULL OR a.date_entree <= c.date_debut)
                AND (a.date_sortie IS NULL OR a.date_sortie > c.date_debut);
            """;

    /** Per quarter and collectivité, the sums the five indicators are made of. */
    private static final String PER_COLLECTIVITE = """
            WITH
              n_amb AS (SELECT q.label, a.collectivite, count(*) AS v FROM q JOIN amb a
                ON (a.date_entree IS NULL OR a.date_entree <= q.e) AND (a.date_sortie IS NULL OR a.date_sortie > q.e)
                GROUP BY ALL),
              days AS (SELECT q.label, c.collectivite, sum(c.jours) AS v FROM q JOIN counted c ON c.date_debut <= q.e
                GROUP BY ALL),
              present AS (SELECT q.label, t.collectivite, sum(t.present) AS v FROM q JOIN att t
                ON t.date_debut BETWEEN q.s AND q.e GROUP BY ALL),
              possible AS (SELECT q.label, t.collectivite, sum(t.jours) AS v FROM q JOIN slots t
                ON t.date_debut BETWEEN q.s AND q.e GROUP BY ALL),
              f AS (SELECT q.label, f.collectivite, sum(CASE WHEN f.type = 'collectivite' THEN f.montant ELSE 0 END) AS own,
                sum(f.montant) AS total FROM q JOIN fin f ON f.date IS NULL OR f.date <= q.e GROUP BY ALL),
              sat AS (SELECT q.label, s.collectivite, sum(s.score) AS total, count(*) AS n FROM q JOIN satisfaction s
                ON s.date BETWEEN q.s AND q.e GROUP BY ALL),
              sess_p AS (SELECT DISTINCT q.label, c.collectivite FROM q JOIN counted c ON c.date_debut BETWEEN q.s AND q.e),
              sess_upto AS (SELECT DISTINCT q.label, c.collectivite FROM q JOIN counted c ON c.date_debut <= q.e),
              ended AS (SELECT DISTINCT q.label, c.collectivite FROM q JOIN colls c ON c.date_fin < q.s OR c.date_debut > q.e)
            SELECT q.label, i.collectivite,
              coalesce(n_amb.v, 0), coalesce(days.v, 0), coalesce(present.v, 0), coalesce(possible.v, 0),
              coalesce(f.own, 0), coalesce(f.total, 0), coalesce(sat.total, 0), coalesce(sat.n, 0),
              i.collectivite IN (SELECT collectivite FROM amb), sess_p.collectivite IS NOT NULL,
              sess_upto.collectivite IS NOT NULL, ended.collectivite IS NOT NULL
            FROM q CROSS JOIN ids i
              LEFT JOIN n_amb USING (label, collectivite) LEFT JOIN days USING (label, collectivite)
              LEFT JOIN present USING (label, collectivite) LEFT JOIN possible USING (label, collectivite)
              LEFT JOIN f USING (label, collectivite) LEFT JOIN sat USING (label, collectivite)
              LEFT JOIN sess_p USING (label, collectivite) LEFT JOIN sess_upto USING (label, collectivite)
              LEFT JOIN ended USING (label, collectivite)
            ORDER BY q.label, i.collectivite""";

    /** One collectivité's sums in one quarter (the programme's are the sums of these). */
    private record Sums(double ambassadors, double days, double present, double possible, double own, double total,
            double scores, double answers, boolean hasAmbassadors, boolean sessionsIn, boolean sessionsUpTo,
            boolean ended) {
    }

    private static Map<String, Map<String, Sums>> figures(Statement st) throws SQLException {
        Map<String, Map<String, Sums>> out = new TreeMap<>();
        try (ResultSet r = st.executeQuery(PER_COLLECTIVITE)) {
            while (r.next()) {
                out.computeIfAbsent(r.getString(1), k -> new TreeMap<>()).put(r.getString(2), new Sums(r.getDouble(3),
                        r.getDouble(4), r.getDouble(5), r.getDouble(6), r.getDouble(7), r.getDouble(8), r.getDouble(9),
                        r.getDouble(10), r.getBoolean(11), r.getBoolean(12), r.getBoolean(13), r.getBoolean(14)));
            }
        }
        return out;
    }

    /** The report's quarter and the four before it, as table {@code q(label, s, e)}. */
    private static String quarters(String period) {
        String[] p = period.split("-T");
        LocalDate first = LocalDate.of(Integer.parseInt(p[0]), 3 * Integer.parseInt(p[1]) - 2, 1);
        List<String> rows = new ArrayList<>();
        for (int i = 4; i >= 0; i--) {
            LocalDate s = first.minusMonths(3L * i);
            LocalDate e = s.plusMonths(3).minusDays(1);
            rows.add("('%d-T%d', DATE '%s', DATE '%s')".formatted(s.getYear(), (s.getMonthValue() + 2) / 3, s, e));
        }
        return "CREATE TABLE q(label VARCHAR, s DATE, e DATE); INSERT INTO q VALUES " + String.join(", ", rows);
    }

    /** The indicators of every scope as baseline.py decides them, then written one per line. */
    private static void write(Path out, Map<String, Map<String, Sums>> byQuarter, String period) throws IOException {
        try (Writer w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
            w.write("code;scope;period;value;numerator;denominator;report_period\n");
            for (Map.Entry<String, Map<String, Sums>> q : byQuarter.entrySet()) {
                Map<String, Sums> colls = q.getValue();
                List<String> scopes = new ArrayList<>(List.of("programme"));
                scopes.addAll(colls.keySet());
                for (String scope : scopes) {
                    List<Sums> in = scope.equals("programme") ? List.copyOf(colls.values()) : List.of(colls.get(scope));
                    String[] v = new String[CODES.length];
                    double amb = 0;
                    boolean anyAmb = false;
                    double days = 0;
                    double present = 0;
                    double possible = 0;
                    double own = 0;
                    double total = 0;
                    double scores = 0;
                    double answers = 0;
                    boolean sessIn = false;
                    boolean sessUpTo = false;
                    for (Sums s : in) {
                        if (!s.ended()) {
                            amb += s.ambassadors();
                            anyAmb |= s.hasAmbassadors();
                        }
                        days += s.days();
                        present += s.present();
                        possible += s.possible();
                        own += s.own();
                        total += s.total();
                        scores += s.scores();
                        answers += s.answers();
                        sessIn |= s.sessionsIn();
                        sessUpTo |= s.sessionsUpTo();
                    }
                    v[0] = anyAmb ? figure(amb, null, null) : null;
                    v[1] = sessIn && possible > 0 ? figure(present / possible, present, possible) : null;
                    v[2] = sessUpTo ? figure(days, null, null) : null;
                    v[3] = total > 0 ? figure(own / total, own, total) : null;
                    v[4] = answers > 0 ? figure(scores / answers, scores, answers) : null;
                    for (int i = 0; i < CODES.length; i++) {
                        w.write(CODES[i] + ";" + scope + ";" + q.getKey() + ";" + (v[i] == null ? "n/d;;" : v[i]) + ";"
                                + (q.getKey().equals(period) ? "oui" : "non") + "\n");
                    }
                }
            }
        }
    }

    private static String figure(double value, Double numerator, Double denominator) {
        return Double.toString(value) + ";" + (numerator == null ? "" : numerator) + ";"
                + (denominator == null ? "" : denominator);
    }

    /**
     * Loads one activity file as table {@code name}, its columns named as baseline.py's {@code key} names them
     * (case, accents, spaces and dashes ignored), every cell as text.
     */
    private static void load(Statement st, String name, Path file, Path scratch) throws IOException, SQLException {
        Path csv = utf8(file, scratch);
        Dialect d = Dialect.of(csv);
        List<String> columns = columns(st, csv, d);
        StringBuilder select = new StringBuilder();
        for (String c : columns) {
            select.append(select.length() == 0 ? "" : ", ").append(ident(c)).append(" AS ").append(ident(key(c)));
        }
        st.execute("CREATE TABLE " + name + " AS SELECT " + select + " FROM " + reader(csv, d));
    }

    /** The file itself when it is UTF-8, else a UTF-8 copy in {@code scratch}. */
    private static Path utf8(Path file, Path scratch) throws IOException {
        Dialect d = Dialect.of(file);
        if (d.charset().equals(StandardCharsets.UTF_8)) {
            return file;
        }
        Path copy = scratch.resolve(file.getFileName());
        Files.writeString(copy, Files.readString(file, d.charset()), StandardCharsets.UTF_8);
        return copy;
    }

    private static String reader(Path csv, Dialect d) {
        return "read_csv(" + literal(csv.toString()) + ", delim = " + literal(String.valueOf(d.separator()))
                + ", header = true, all_varchar = true, quote = '\"')";
    }

    private static List<String> columns(Statement st, Path csv, Dialect d) throws SQLException {
        List<String> out = new ArrayList<>();
        try (ResultSet r = st.executeQuery("DESCRIBE SELECT * FROM " + reader(csv, d))) {
            while (r.next()) {
                out.add(r.getString(1));
            }
        }
        return out;
    }

    /**
     * Table {@code satisfaction(collectivite, date, score)}: every satisfaction answer of {@code enquetes/},
     * scored 1–5 as baseline.py's {@code survey_scores} scores it.
     */
    private static String satisfaction(Statement st, Path folder, Path scratch) throws IOException, SQLException {
        List<Path> mappings;
        try (Stream<Path> list = Files.list(folder)) {
            mappings = list.filter(p -> p.getFileName().toString().endsWith(".mapping.csv")).sorted().toList();
        }
        List<String> selects = new ArrayList<>();
        int n = 0;
        for (Path mapping : mappings) {
            String name = mapping.getFileName().toString();
            Path export = utf8(mapping.resolveSibling(name.substring(0, name.length() - ".mapping.csv".length()) + ".csv"),
                    scratch);
            String table = "mapping" + n;
            load(st, table, utf8(mapping, scratch), scratch);
            Map<String, String> constants = new TreeMap<>();
            Map<String, String> columns = new TreeMap<>();
            List<String[]> questions = new ArrayList<>();
            try (ResultSet r = st.executeQuery("SELECT coalesce(mesure, ''), coalesce(question, ''), coalesce(libelles, ''), "
                    + "coalesce(echelle, ''), coalesce(inverse, '') FROM " + table)) {
                while (r.next()) {
                    String measure = r.getString(1);
                    String question = r.getString(2);
                    if (question.equals("*")) {
                        constants.put(measure, r.getString(3));
                    } else {
                        columns.put(measure, question);
                        if (measure.equals("satisfaction")) {
                            questions.add(new String[] {question, r.getString(3), r.getString(4), r.getString(5)});
                        }
                    }
                }
            }
            if (questions.isEmpty()) {
                n++;
                continue;
            }
            String answers = "answers" + n;
            String coll = columns.containsKey("collectivite") ? ident(columns.get("collectivite"))
                    : literal(constants.get("collectivite"));
            String date = columns.containsKey("date") ? "d(" + ident(columns.get("date")) + ")" : "NULL::DATE";
            StringBuilder cols = new StringBuilder(coll + " AS collectivite, " + date + " AS date");
            for (int i = 0; i < questions.size(); i++) {
                cols.append(", trim(").append(ident(questions.get(i)[0])).append(") AS q").append(i);
            }
            st.execute("CREATE TABLE " + answers + " AS SELECT " + cols + " FROM " + reader(export, Dialect.of(export)));
            for (int i = 0; i < questions.size(); i++) {
                selects.add("SELECT collectivite, date, " + score(questions.get(i)) + " AS score FROM (SELECT collectivite, date, "
                        + value("q" + i, questions.get(i)[1]) + " AS v FROM " + answers + ")");
            }
            n++;
        }
        return "CREATE TABLE satisfaction AS SELECT * FROM (" + String.join(" UNION ALL ", selects)
                + ") WHERE score IS NOT NULL";
    }

    /** An answer's number: its label mapped when the question has labels, else the cell read as a number. */
    private static String value(String column, String labels) {
        if (labels.isEmpty()) {
            return "TRY_CAST(" + column + " AS DOUBLE)";
        }
        StringBuilder c = new StringBuilder("TRY_CAST(CASE " + column);
        for (String part : labels.split("\\|")) {
            int eq = part.lastIndexOf('=');
            c.append(" WHEN ").append(literal(part.substring(0, eq))).append(" THEN ").append(literal(part.substring(eq + 1)));
        }
        return c.append(" END AS DOUBLE)").toString();
    }

    /** The 1–5 score of an answer's number {@code v}: the scale checked and stretched, inverted if asked. */
    private static String score(String[] question) {
        String scale = question[2];
        int low = scale.equals("nps") ? 0 : 1;
        int high = switch (scale) {
            case "likert4" -> 4;
            case "likert7" -> 7;
            case "nps" -> 10;
            default -> 5;
        };
        String valid = "CASE WHEN v BETWEEN " + low + " AND " + high + " AND v = round(v) THEN v END";
        String scored = scale.equals("likert5") ? valid : "1.0 + (" + valid + " - " + low + ") * 4.0 / " + (high - low);
        return question[3].equals("oui") ? "6.0 - (" + scored + ")" : scored;
    }

    /** baseline.py's {@code key}: header names compare case-, accent- and space-insensitively. */
    static String key(String text) {
        String s = Normalizer.normalize(text.replace("\ufeff", "").strip(), Normalizer.Form.NFD)
                .replaceAll("\\p{Mn}", "").toLowerCase(Locale.ROOT);
        return String.join("_", s.replace('-', ' ').replace('_', ' ').trim().split("\\s+"));
    }

    private static String ident(String name) {
        return '"' + name.replace("\"", "\"\"") + '"';
    }

    private static String literal(String text) {
        return "'" + text.replace("'", "''") + "'";
    }
}
