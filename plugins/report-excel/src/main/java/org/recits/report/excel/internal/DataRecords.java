package org.recits.report.excel.internal;

import java.time.LocalDate;
import java.util.List;
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
import org.recits.api.model.Participant;
import org.recits.api.model.PracticalCase;
import org.recits.api.model.Scope;
import org.recits.api.model.Session;
import org.recits.api.model.SourceRef;

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

    /**
     * Above this many survey answers the records sheets hold them summed per month ({@link MonthlySums})
     * instead of one by one: six rows per answer would need 120 M rows (115 sheets) for a consolidated
     * programme's 20 M answers, which no spreadsheet opens. Activity records always stay detailed.
     */
    static final int DETAILED_ANSWERS_MAX = 200_000;

    private final Dataset data;
    /** The survey answers summed per month, or null when they are written one by one. */
    private final CompletableFuture<List<MonthlySums.Monthly>> monthly;
    private long count = -1;

    private DataRecords(Dataset data) {
        this.data = data;
        this.monthly = data.surveyAnswers(Scope.programme()).size() > DETAILED_ANSWERS_MAX
                ? CompletableFuture.supplyAsync(() -> MonthlySums.monthly(data.surveyAnswerCursor(Scope.programme())),
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

    private List<MonthlySums.Monthly> monthly() {
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
        List<MonthlySums.Monthly> sums = monthly();
        if (sums != null) {
            for (MonthlySums.Monthly m : sums) {
                if (out.done()) {
                    return;
                }
                MonthlySums.Response r = m.response;
                Emitter e = new Emitter(out, "reponses-mois", r.collectivite, m.id(), r.day, r.source());
                e.text("questionnaire", r.survey);
                e.text("vague", r.wave);
                e.text("role", r.role);
                e.text("question", m.question);
                e.text("mesure", m.measure);
                e.number("reponses", m.answers);
                e.number("score_somme", m.sum);
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
