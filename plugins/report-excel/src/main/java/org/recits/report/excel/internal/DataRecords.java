package org.recits.report.excel.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Consumer;
import org.recits.api.data.Dataset;
import org.recits.api.data.SurveyAnswerCursor;
import org.recits.api.model.Attendance;
import org.recits.api.model.Coded;
import org.recits.api.model.Collectivite;
import org.recits.api.model.Funding;
import org.recits.api.model.GroupWeather;
import org.recits.api.model.Measure;
import org.recits.api.model.Participant;
import org.recits.api.model.PracticalCase;
import org.recits.api.model.Scope;
import org.recits.api.model.Session;
import org.recits.api.model.SourceRef;
import org.recits.api.model.Wave;

/**
 * The dataset's records in long format, one row per record × field, for pivot tables.
 *
 * <p>Anonymised: participants appear under their pseudonymous ids only; free texts that may name
 * people are left out (verbatims, weather comments, text answers to surveys, the extra columns a lab
 * added to its files).
 */
final class DataRecords {

    /**
     * One field of one record.
     *
     * @param type   record type ({@code session}, {@code presence}…), as in the file names of docs/format.md
     * @param collectivite the collectivité's id
     * @param id     the record's id (or key)
     * @param date   the record's main date, or null
     * @param field  the field's name as in docs/format.md
     * @param text   the value when it is a word, else null
     * @param number the value when it is a number, else null
     * @param day    the value when it is a date, else null
     * @param source file and line the record was read from
     */
    record Field(String type, String collectivite, String id, LocalDate date, String field, String text,
            Double number, LocalDate day, String source) {
    }

    private final Dataset data;
    /** The survey answers summed per month, or null when they are written one by one. */
    private final CompletableFuture<List<Monthly>> monthly;
    private long count = -1;

    private DataRecords(Dataset data) {
        this.data = data;
        this.monthly = data.surveyAnswers(Scope.programme()).size() > DETAILED_ANSWERS_MAX
                ? CompletableFuture.supplyAsync(() -> monthly(data.surveyAnswerCursor(Scope.programme())),
                        DataRecords::onThreadOfItsOwn)
                : CompletableFuture.completedFuture(null);
    }

    /**
     * The sums' own thread, named: not the common pool, which the whole framework shares (and which, on two
     * processors, runs each task on a new nameless thread anyway).
     */
    private static void onThreadOfItsOwn(Runnable task) {
        Thread t = new Thread(task, "recits-excel monthly sums");
        t.setDaemon(true);
        t.start();
    }

    /**
     * The records of {@code data}, its survey answers summed per month once here (when they are many),
     * so that counting them, the workbook and the CSV export do not walk the answers again. The sums
     * are made on a thread of their own while the caller goes on (at x1000 they take seconds, beside the
     * workbook's other sheets); the first {@link #count} or {@link #forEach} waits for them.
     */
    static DataRecords of(Dataset data) {
        return new DataRecords(data);
    }

    private List<Monthly> monthly() {
        try {
            return monthly.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            if (e.getCause() instanceof Error err) {
                throw err;
            }
            throw e;
        }
    }

    /** The columns of the records table, in the sheet and in its CSV export. */
    static String[] headers(Texts tx) {
        return new String[] {tx.t("Type", "Record type"), tx.t("Collectivité", "Collectivité"),
            tx.t("Identifiant", "Id"), "Date", tx.t("Champ", "Field"), tx.t("Valeur (texte)", "Value (text)"),
            tx.t("Valeur (nombre)", "Value (number)"), tx.t("Valeur (date)", "Value (date)"),
            tx.t("Source", "Source")};
    }

    /** Number of rows {@link #forEach} gives, so the read-me can announce the split before streaming. */
    long count() {
        if (count < 0) {
            Walk w = new Walk(f -> { }, Long.MAX_VALUE, Long.MAX_VALUE); // passes every field, makes none
            walk(w);
            count = w.at;
        }
        return count;
    }

    void forEach(Consumer<Field> out) {
        walk(new Walk(out, 0, Long.MAX_VALUE));
    }

    /**
     * The fields {@code from} (inclusive) to {@code to} of {@link #forEach}'s, in the same order: the fields
     * before are passed without being made, and the walk stops after the last (a records sheet's slice).
     */
    void forEach(long from, long to, Consumer<Field> out) {
        walk(new Walk(out, from, to));
    }

    /** A walk over the fields: where it is, and the slice it gives. */
    private static final class Walk {
        final Consumer<Field> out;
        final long from;
        final long to;
        /** Fields passed so far, given or not. */
        long at;

        Walk(Consumer<Field> out, long from, long to) {
            this.out = out;
            this.from = from;
            this.to = to;
        }

        boolean done() {
            return at >= to;
        }
    }

    private void walk(Walk out) {
        Scope all = Scope.programme();
        for (Collectivite c : data.collectivites()) {
            if (out.done()) {
                return;
            }
            Emitter e = new Emitter(out, "collectivite", c.id(), c.id(), c.dateDebut(), c.source());
            e.text("nom", c.nom());
            e.text("type", c.type());
            e.text("programme", c.programme());
            e.day("date_debut", c.dateDebut());
            e.day("date_fin", c.dateFin());
        }
        for (Participant p : data.participants(all)) {
            if (out.done()) {
                return;
            }
            Emitter e = new Emitter(out, "participant", p.collectivite(), p.id(), p.dateEntree(), p.source());
            e.text("role", p.role());
            e.text("direction", p.direction());
            e.text("categorie", p.categorie());
            e.day("date_entree", p.dateEntree());
            e.day("date_sortie", p.dateSortie());
        }
        for (Session s : data.sessions(all)) {
            if (out.done()) {
                return;
            }
            Emitter e = new Emitter(out, "session", s.collectivite(), s.id(), s.dateDebut(), s.source());
            e.number("jours", s.jours());
            e.text("type", s.type());
            e.text("cas", s.cas().isEmpty() ? null : String.join(";", s.cas()));
            e.text("travail_labo", s.travailLabo() ? "oui" : "non");
        }
        for (Attendance a : data.attendance(all)) {
            if (out.done()) {
                return;
            }
            Emitter e = new Emitter(out, "presence", a.collectivite(), a.session() + "/" + a.participant(), null,
                    a.source());
            e.text("session", a.session());
            e.text("participant", a.participant());
            e.number("jours_presents", a.joursPresents());
        }
        for (PracticalCase k : data.cases(all)) {
            if (out.done()) {
                return;
            }
            Emitter e = new Emitter(out, "cas", k.collectivite(), k.id(), k.dateDebut(), k.source());
            e.text("titre", k.titre());
            e.text("thematique", k.thematique());
            e.text("service_porteur", k.servicePorteur());
            e.text("methodes", k.methodes().isEmpty() ? null : String.join(";", k.methodes()));
            e.day("date_debut", k.dateDebut());
            e.day("date_fin", k.dateFin());
            e.text("statut", k.statut());
            e.text("pertinence", k.pertinence());
            e.text("faisabilite", k.faisabilite());
            e.text("coherence", k.coherence());
        }
        for (Funding f : data.funding(all)) {
            if (out.done()) {
                return;
            }
            Emitter e = new Emitter(out, "financement", f.collectivite(), f.financeur(), f.date(), f.source());
            e.text("financeur", f.financeur());
            e.text("type", f.type());
            e.number("montant_eur", f.montantEur().doubleValue());
            e.day("date", f.date());
            e.text("objet", f.objet());
        }
        for (GroupWeather w : data.weather(all)) {
            if (out.done()) {
                return;
            }
            Emitter e = new Emitter(out, "meteo", w.collectivite(), w.session(), null, w.source());
            e.text("participant", w.participant());
            e.number("score", (double) w.score());
        }
        List<Monthly> sums = monthly();
        if (sums != null) {
            for (Monthly m : sums) {
                if (out.done()) {
                    return;
                }
                m.emit(out);
            }
            return;
        }
        SurveyAnswerCursor a = data.surveyAnswerCursor(all);
        while (!out.done() && a.next()) {
            String respondent = a.respondent();
            Emitter e = new Emitter(out, "reponse", a.collectivite(),
                    respondent == null ? a.survey() : a.survey() + "/" + respondent, a.date(), a.source());
            e.text("questionnaire", a.survey());
            e.text("vague", a.wave());
            e.text("role", a.role());
            e.text("question", a.question());
            e.text("mesure", a.measure());
            // Only scored answers: free-text answers may name people.
            e.number("score", a.score());
        }
    }

    /**
     * Above this many survey answers the records sheets hold them summed per month instead of one by
     * one: six rows per answer would need 120 M rows (115 sheets) for a consolidated programme's 20 M
     * answers, which no spreadsheet opens. Activity records always stay detailed.
     */
    static final int DETAILED_ANSWERS_MAX = 200_000;

    /**
     * One {@code reponses-mois} record: the scored answers of one collectivité, questionnaire, question,
     * measure, wave, role, month of the answer's date and file, their number and the sum of their scores,
     * from which any monthly, quarterly or yearly mean can be recomputed (not the respondent counts, nor a
     * daily range).
     */
    static final class Monthly {
        final Response response;
        final String question;
        final Measure kind;
        final String measure;
        double answers;
        double sum;
        /** The record of the same response part and question with another measure, if any. */
        Monthly other;
        /**
         * The record's id, made on the first walk: the records are walked several times per render. Two
         * records sheets walking at once may both make it; they make the same string.
         */
        private String id;

        Monthly(Response response, String question, Measure kind) {
            this.response = response;
            this.question = question;
            this.kind = kind;
            this.measure = kind.code();
        }

        String collectivite() {
            return response.collectivite;
        }

        String survey() {
            return response.survey;
        }

        String question() {
            return question;
        }

        String measure() {
            return measure;
        }

        String wave() {
            return response.wave;
        }

        String role() {
            return response.role;
        }

        /** {@code yyyy-MM}, or empty for answers without a date. */
        String month() {
            return response.month();
        }

        String file() {
            return response.file;
        }

        double answers() {
            return answers;
        }

        double sum() {
            return sum;
        }

        void emit(Walk out) {
            String month = response.month();
            if (id == null) {
                id = response.survey + "/" + question + (month.isEmpty() ? "" : "/" + month);
            }
            Emitter e = new Emitter(out, "reponses-mois", response.collectivite, id, response.day,
                    response.source());
            e.text("questionnaire", response.survey);
            e.text("vague", response.wave);
            e.text("role", response.role);
            e.text("question", question);
            e.text("mesure", measure);
            e.number("reponses", answers);
            e.number("score_somme", sum);
        }
    }

    /**
     * What the answers of one response share in a {@link Monthly} key (all but question and measure), with
     * the records of its questions: the per-answer work is then one lookup by question.
     */
    static final class Response {
        /** Positions remembered per row: more than a questionnaire's questions. */
        static final int POSITIONS = 512;

        final String collectivite;
        final String survey;
        final String wave;
        final String role;
        /** The first day of the answers' month, or null for answers without a date. */
        final LocalDate day;
        final String file;
        /** Made when the response is kept ({@link #add}): most responses made are only keys to look up. */
        Map<String, Monthly> byQuestion;
        /**
         * The record the k-th answer of a respondent's row went to: rows of one questionnaire list their
         * questions in the same order, so this usually finds the record without hashing the question.
         */
        private Monthly[] byPosition;
        /**
         * Made for kept responses only, on first use: a key is built each time the cursor moves to another
         * response (a million times at x1000), and parsing or formatting there cost more than the sums.
         * Two records sheets may both make the source at once; they make the same string.
         */
        private String month;
        private String source;

        Response(String collectivite, String survey, String wave, String role, LocalDate day, String file) {
            this.collectivite = collectivite;
            this.survey = survey;
            this.wave = wave;
            this.role = role;
            this.day = day;
            this.file = file;
        }

        /** {@code yyyy-MM}, or empty without a date. */
        String month() {
            if (month == null) {
                month = day == null ? "" : day.toString().substring(0, 7);
            }
            return month;
        }

        /** The file, as a record's source. */
        String source() {
            if (source == null) {
                source = new SourceRef(file, 0).toString();
            }
            return source;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Response r && Objects.equals(collectivite, r.collectivite)
                    && Objects.equals(survey, r.survey) && wave.equals(r.wave) && role.equals(r.role)
                    && Objects.equals(day, r.day) && Objects.equals(file, r.file);
        }

        @Override
        public int hashCode() {
            // Objects.hash's varargs array, once per answer's response change, was a million arrays at x1000
            int h = Objects.hashCode(collectivite);
            h = 31 * h + Objects.hashCode(survey);
            h = 31 * h + wave.hashCode();
            h = 31 * h + role.hashCode();
            h = 31 * h + Objects.hashCode(day);
            return 31 * h + Objects.hashCode(file);
        }

        /** Adds the answer at {@code position} in its respondent's row (or past {@link #POSITIONS}: any). */
        void add(int position, String question, Measure measure, double score) {
            if (byPosition == null) {
                byQuestion = new HashMap<>();
                byPosition = new Monthly[8];
            }
            Monthly m = position < byPosition.length ? byPosition[position] : null;
            if (m == null || m.question != question || m.kind != measure) {
                m = find(question, measure);
                if (position < POSITIONS) {
                    if (position >= byPosition.length) {
                        byPosition = Arrays.copyOf(byPosition, Math.min(POSITIONS, 2 * position + 1));
                    }
                    byPosition[position] = m;
                }
            }
            m.answers++;
            m.sum += score;
        }

        private Monthly find(String question, Measure measure) {
            Monthly m = byQuestion.get(question);
            if (m == null) {
                m = new Monthly(this, question, measure);
                byQuestion.put(question, m);
            } else {
                while (m.kind != measure) {
                    if (m.other == null) {
                        m.other = new Monthly(this, question, measure);
                    }
                    m = m.other;
                }
            }
            return m;
        }
    }

    /** Order of the {@code reponses-mois} records. */
    static final Comparator<Monthly> ORDER = Comparator.comparing(Monthly::collectivite)
            .thenComparing(Monthly::survey).thenComparing(Monthly::question).thenComparing(Monthly::month)
            .thenComparing(Monthly::measure).thenComparing(Monthly::wave).thenComparing(Monthly::role)
            .thenComparing(Monthly::file);

    /**
     * The scored answers summed per {@link Monthly} key, in {@link #ORDER}. Each sum adds the scores in the
     * cursor's order. The cursor's values are shared instances and consecutive answers of one response
     * share everything but question, measure and score, so the {@link Response} is looked up only when one
     * of those changes by identity (and found by value then).
     */
    static List<Monthly> monthly(SurveyAnswerCursor a) {
        Map<Response, Response> responses = new HashMap<>();
        Response current = null;
        String respondent = null;
        int position = 0;
        String collectivite = null;
        String survey = null;
        Wave wave = null;
        String role = null;
        LocalDate date = null;
        String file = null;
        while (a.next()) {
            // The answer's position in its respondent's row, counted over all its answers.
            String r0 = a.respondent();
            position = r0 == respondent ? position + 1 : 0;
            respondent = r0;
            Double score = a.score();
            if (score == null) {
                continue; // free text may name people
            }
            String c = a.collectivite();
            String s = a.survey();
            Wave w = a.wave();
            String r = a.role();
            LocalDate d = a.date();
            String f = a.source().file();
            if (current == null || c != collectivite || s != survey || w != wave || r != role || d != date
                    || f != file) {
                Response key = new Response(c, s, w == null ? "" : w.code(), r == null ? "" : r,
                        d == null ? null : d.withDayOfMonth(1), f);
                current = responses.computeIfAbsent(key, k -> k);
                collectivite = c;
                survey = s;
                wave = w;
                role = r;
                date = d;
                file = f;
            }
            current.add(position, a.question(), a.measure(), score);
        }
        List<Monthly> all = new ArrayList<>();
        for (Response r : responses.values()) {
            for (Monthly m : r.byQuestion.values()) {
                for (; m != null; m = m.other) {
                    all.add(m);
                }
            }
        }
        all.sort(ORDER);
        return all;
    }

    /** Emits the fields of one record, skipping empty ones; makes only those of the walk's slice. */
    private static final class Emitter {
        private final Walk out;
        private final String type;
        private final String collectivite;
        private final String id;
        private final LocalDate date;
        private final String source;

        Emitter(Walk out, String type, String collectivite, String id, LocalDate date, SourceRef ref) {
            this(out, type, collectivite, id, date, ref == null ? "" : ref.toString());
        }

        Emitter(Walk out, String type, String collectivite, String id, LocalDate date, String source) {
            this.out = out;
            this.type = type;
            this.collectivite = collectivite;
            this.id = id;
            this.date = date;
            this.source = source;
        }

        void text(String field, String value) {
            if (value != null && !value.isEmpty() && wanted()) {
                out.out.accept(new Field(type, collectivite, id, date, field, value, null, null, source));
            }
        }

        void text(String field, Coded value) {
            if (value != null) {
                text(field, value.code());
            }
        }

        void number(String field, Double value) {
            if (value != null && wanted()) {
                out.out.accept(new Field(type, collectivite, id, date, field, null, value, null, source));
            }
        }

        void day(String field, LocalDate value) {
            if (value != null && wanted()) {
                out.out.accept(new Field(type, collectivite, id, date, field, null, null, value, source));
            }
        }

        /** Counts a field there is, and says whether it is in the walk's slice. */
        private boolean wanted() {
            long i = out.at++;
            return i >= out.from && i < out.to;
        }
    }
}
