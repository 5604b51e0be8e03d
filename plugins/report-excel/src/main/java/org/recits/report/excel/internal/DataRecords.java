package org.recits.report.excel.internal;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;
import org.recits.api.data.Dataset;
import org.recits.api.model.Attendance;
import org.recits.api.model.Coded;
import org.recits.api.model.Collectivite;
import org.recits.api.model.Funding;
import org.recits.api.model.GroupWeather;
import org.recits.api.model.Participant;
import org.recits.api.model.PracticalCase;
import org.recits.api.model.Scope;
import org.recits.api.model.Session;
import org.recits.api.model.SourceRef;
import org.recits.api.model.SurveyAnswer;

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
     * @param type   record type ({@code session}, {@code presence}…), as in FORMAT.md's file names
     * @param collectivite the collectivité's id
     * @param id     the record's id (or key)
     * @param date   the record's main date, or null
     * @param field  the field's name as in FORMAT.md
     * @param text   the value when it is a word, else null
     * @param number the value when it is a number, else null
     * @param day    the value when it is a date, else null
     * @param source file and line the record was read from
     */
    record Field(String type, String collectivite, String id, LocalDate date, String field, String text,
            Double number, LocalDate day, String source) {
    }

    private DataRecords() {
    }

    /** The columns of the records table, in the sheet and in its CSV export. */
    static String[] headers(Texts tx) {
        return new String[] {tx.t("Type", "Record type"), tx.t("Collectivité", "Collectivité"),
            tx.t("Identifiant", "Id"), "Date", tx.t("Champ", "Field"), tx.t("Valeur (texte)", "Value (text)"),
            tx.t("Valeur (nombre)", "Value (number)"), tx.t("Valeur (date)", "Value (date)"),
            tx.t("Source", "Source")};
    }

    /** Number of rows {@link #forEach} gives, so the read-me can announce the split before streaming. */
    static long count(Dataset data) {
        long[] n = {0};
        forEach(data, f -> n[0]++);
        return n[0];
    }

    static void forEach(Dataset data, Consumer<Field> out) {
        Scope all = Scope.programme();
        for (Collectivite c : data.collectivites()) {
            Emitter e = new Emitter(out, "collectivite", c.id(), c.id(), c.dateDebut(), c.source());
            e.text("nom", c.nom());
            e.text("type", c.type());
            e.text("programme", c.programme());
            e.day("date_debut", c.dateDebut());
            e.day("date_fin", c.dateFin());
        }
        for (Participant p : data.participants(all)) {
            Emitter e = new Emitter(out, "participant", p.collectivite(), p.id(), p.dateEntree(), p.source());
            e.text("role", p.role());
            e.text("direction", p.direction());
            e.text("categorie", p.categorie());
            e.day("date_entree", p.dateEntree());
            e.day("date_sortie", p.dateSortie());
        }
        for (Session s : data.sessions(all)) {
            Emitter e = new Emitter(out, "session", s.collectivite(), s.id(), s.dateDebut(), s.source());
            e.number("jours", s.jours());
            e.text("type", s.type());
            e.text("cas", s.cas().isEmpty() ? null : String.join(";", s.cas()));
            e.text("travail_labo", s.travailLabo() ? "oui" : "non");
        }
        for (Attendance a : data.attendance(all)) {
            Emitter e = new Emitter(out, "presence", a.collectivite(), a.session() + "/" + a.participant(), null,
                    a.source());
            e.text("session", a.session());
            e.text("participant", a.participant());
            e.number("jours_presents", a.joursPresents());
        }
        for (PracticalCase k : data.cases(all)) {
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
            Emitter e = new Emitter(out, "financement", f.collectivite(), f.financeur(), f.date(), f.source());
            e.text("financeur", f.financeur());
            e.text("type", f.type());
            e.number("montant_eur", f.montantEur().doubleValue());
            e.day("date", f.date());
            e.text("objet", f.objet());
        }
        for (GroupWeather w : data.weather(all)) {
            Emitter e = new Emitter(out, "meteo", w.collectivite(), w.session(), null, w.source());
            e.text("participant", w.participant());
            e.number("score", (double) w.score());
        }
        List<SurveyAnswer> answers = data.surveyAnswers(all);
        if (answers.size() > DETAILED_ANSWERS_MAX) {
            monthlyAnswers(answers, out);
            return;
        }
        for (SurveyAnswer a : answers) {
            Emitter e = new Emitter(out, "reponse", a.collectivite(),
                    a.respondent() == null ? a.survey() : a.survey() + "/" + a.respondent(), a.date(), a.source());
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
     * One {@code reponses-mois} record per collectivité, questionnaire, question, measure, wave, role and
     * month of the answer's date: its number of scored answers and the sum of their scores, from which any
     * monthly, quarterly or yearly mean can be recomputed (not the respondent counts, nor a daily range).
     */
    private static void monthlyAnswers(List<SurveyAnswer> answers, Consumer<Field> out) {
        record Key(String collectivite, String survey, String question, String measure, String wave, String role,
                String month, String file) implements Comparable<Key> {
            @Override
            public int compareTo(Key o) {
                return java.util.Comparator.comparing(Key::collectivite).thenComparing(Key::survey)
                        .thenComparing(Key::question).thenComparing(Key::month)
                        .thenComparing(Key::measure).thenComparing(Key::wave).thenComparing(Key::role)
                        .thenComparing(Key::file).compare(this, o);
            }
        }
        Map<Key, double[]> sums = new HashMap<>();
        for (SurveyAnswer a : answers) {
            if (a.score() == null) {
                continue; // free text may name people
            }
            Key k = new Key(a.collectivite(), a.survey(), a.question(), a.measure().code(),
                    a.wave() == null ? "" : a.wave().code(), a.role() == null ? "" : a.role(),
                    a.date() == null ? "" : a.date().toString().substring(0, 7), a.source().file());
            double[] s = sums.computeIfAbsent(k, x -> new double[2]);
            s[0]++;
            s[1] += a.score();
        }
        for (Map.Entry<Key, double[]> en : new TreeMap<>(sums).entrySet()) {
            Key k = en.getKey();
            LocalDate month = k.month().isEmpty() ? null : LocalDate.parse(k.month() + "-01");
            Emitter e = new Emitter(out, "reponses-mois", k.collectivite(),
                    k.survey() + "/" + k.question() + (k.month().isEmpty() ? "" : "/" + k.month()), month,
                    new SourceRef(k.file(), 0));
            e.text("questionnaire", k.survey());
            e.text("vague", k.wave());
            e.text("role", k.role());
            e.text("question", k.question());
            e.text("mesure", k.measure());
            e.number("reponses", en.getValue()[0]);
            e.number("score_somme", en.getValue()[1]);
        }
    }

    /** Emits the fields of one record, skipping empty ones. */
    private static final class Emitter {
        private final Consumer<Field> out;
        private final String type;
        private final String collectivite;
        private final String id;
        private final LocalDate date;
        private final String source;

        Emitter(Consumer<Field> out, String type, String collectivite, String id, LocalDate date, SourceRef ref) {
            this.out = out;
            this.type = type;
            this.collectivite = collectivite;
            this.id = id;
            this.date = date;
            this.source = ref == null ? "" : ref.toString();
        }

        void text(String field, String value) {
            if (value != null && !value.isEmpty()) {
                out.accept(new Field(type, collectivite, id, date, field, value, null, null, source));
            }
        }

        void text(String field, Coded value) {
            if (value != null) {
                text(field, value.code());
            }
        }

        void number(String field, Double value) {
            if (value != null) {
                out.accept(new Field(type, collectivite, id, date, field, null, value, null, source));
            }
        }

        void day(String field, LocalDate value) {
            if (value != null) {
                out.accept(new Field(type, collectivite, id, date, field, null, null, value, source));
            }
        }
    }
}
