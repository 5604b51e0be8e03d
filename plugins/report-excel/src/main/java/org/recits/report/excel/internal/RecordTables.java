package org.recits.report.excel.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import java.util.function.Function;
import org.recits.api.data.Dataset;
import org.recits.api.data.SurveyAnswerCursor;
import org.recits.api.indicator.ActivityRecord;
import org.recits.api.indicator.Unit;
import org.recits.api.model.Attendance;
import org.recits.api.model.Coded;
import org.recits.api.model.Collectivite;
import org.recits.api.model.Funding;
import org.recits.api.model.GroupWeather;
import org.recits.api.model.Participant;
import org.recits.api.model.Period;
import org.recits.api.model.PracticalCase;
import org.recits.api.model.Quote;
import org.recits.api.model.Scope;
import org.recits.api.model.Session;
import org.recits.api.model.SourceRef;
import org.recits.api.report.Report;

/**
 * The report's records as tidy tables, one per kind of record ({@link RecordTable}): collectivités,
 * participants, sessions, presences and weather (with their session's date), practical cases, funding, the
 * quotes whose author agreed to publication, and the survey answers, one row per scored answer (or, for a
 * big programme, summed per month). Made once per render for the workbook and the CSV export.
 *
 * <p>Left out, and counted for the read-me: answers without a score (free texts: surveys collect no consent
 * to publish them), the answers, attendance, weather and participants' rows a masked figure is built on or
 * dated outside the report's periods, and those of a group smaller than the threshold ({@link Withheld}: they
 * would give a masked figure back, or publish a group no mask looked at), weather comments (no consent either), quotes without consent, and the extra
 * columns a lab adds to its files. Participants appear under their pseudonymous ids; survey respondents as
 * {@link Respondents} publishes them.
 */
final class RecordTables {

    /**
     * Above this many survey answers they are summed per month ({@link MonthlySums}) instead of written one
     * by one: a consolidated programme's 20 M answers would take 20 sheets, which no spreadsheet opens in
     * reasonable time. Activity records always stay one row each.
     */
    static final int DETAILED_ANSWERS_MAX = 200_000;

    /**
     * What the tables leave out, by kind.
     *
     * @param textAnswers          answers without a score
     * @param maskedAnswers        scored answers a masked figure reads
     * @param weatherComments      weather rows with a comment (the comment is never published)
     * @param quotesWithoutConsent quotes whose author did not agree to publication
     * @param maskedActivity       participants', attendance and weather rows a masked figure reads
     * @param outsideAnswers       scored answers dated outside the report's periods
     * @param outsideActivity      attendance and weather rows of sessions outside the report's periods, and
     *                             participants who entered after its end
     */
    record Excluded(long textAnswers, long maskedAnswers, long weatherComments, long quotesWithoutConsent,
            long maskedActivity, long outsideAnswers, long outsideActivity) {
    }

    private final Report report;
    private final Dataset data;
    private final Locale locale;
    private final Withheld withheld;
    /** The survey answers summed per month, or null when they are written one by one. */
    private final CompletableFuture<MonthlySums.Sums> monthly;
    private final Respondents respondents;
    private final Map<LocalDate, String> quarters = new ConcurrentHashMap<>();
    private List<RecordTable<?>> tables;
    private long[] answerCounts;
    /** Activity rows left out, masked then outside, counted by {@link #make}. */
    private final long[] activityCounts = new long[2];

    private RecordTables(Report report) {
        this.report = report;
        this.data = report.data();
        this.locale = report.locale();
        this.withheld = Withheld.of(report);
        this.respondents = new Respondents(data.pseudonyms());
        this.monthly = data.surveyAnswers(Scope.programme()).size() > DETAILED_ANSWERS_MAX
                ? CompletableFuture.supplyAsync(
                        () -> MonthlySums.monthly(data.surveyAnswerCursor(Scope.programme()), withheld),
                        RecordTables::onThreadOfItsOwn)
                : CompletableFuture.completedFuture(null);
    }

    /**
     * The tables of {@code report}, its survey answers summed per month once here (when they are many), so
     * that counting them, the workbook and the CSV export do not walk the answers again. The sums are made on
     * a thread of their own while the caller goes on (at x1000 they take seconds, beside the workbook's other
     * sheets); the first {@link #tables} waits for them.
     */
    static RecordTables of(Report report) {
        return new RecordTables(report);
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

    private MonthlySums.Sums monthly() {
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

    /** The tables, in the order of the sheets and of docs/format.md's files. */
    synchronized List<RecordTable<?>> tables() {
        if (tables == null) {
            tables = make();
        }
        return tables;
    }

    /** What the tables leave out. */
    Excluded excluded() {
        tables(); // counts the activity rows left out
        MonthlySums.Sums sums = monthly();
        long text = sums != null ? sums.textAnswers() : answerCounts()[1];
        long hidden = sums != null ? sums.maskedAnswers() : answerCounts()[2];
        long outside = sums != null ? sums.outsideAnswers() : answerCounts()[3];
        Scope all = Scope.programme();
        long comments = data.weather(all).stream().filter(w -> w.commentaire() != null && !w.commentaire().isBlank())
                .count();
        synchronized (this) {
            return new Excluded(text, hidden, comments, data.quotes(all).size() - report.quotes().size(),
                    activityCounts[0], outside, activityCounts[1]);
        }
    }

    /** The records {@code reason} keeps, those it leaves out counted by why. */
    private <T> List<T> kept(List<T> records, Function<T, Withheld.Reason> reason) {
        List<T> out = new ArrayList<>(records.size());
        for (T t : records) {
            Withheld.Reason why = reason.apply(t);
            if (why == null) {
                out.add(t);
            } else {
                activityCounts[why == Withheld.Reason.MASKED ? 0 : 1]++;
            }
        }
        return out;
    }

    private List<RecordTable<?>> make() {
        Scope all = Scope.programme();
        List<RecordTable<?>> out = new ArrayList<>();
        out.add(new RecordTable<>("collectivites", List.of(
                column("id", 16, Collectivite::id),
                column("nom", 28, Collectivite::nom),
                column("type", 12, Collectivite::type),
                column("programme", 12, Collectivite::programme),
                column("debut", 12, Collectivite::dateDebut),
                column("fin", 12, Collectivite::dateFin),
                source(Collectivite::source)), RecordTable.of(data.collectivites())));
        out.add(new RecordTable<>("participants", List.of(
                collectivite(Participant::collectivite),
                column("id", 16, Participant::id),
                column("role", 14, p -> code(p.role())),
                column("direction", 18, Participant::direction),
                column("categorie", 12, Participant::categorie),
                column("entree", 12, Participant::dateEntree),
                column("sortie", 12, Participant::dateSortie),
                source(Participant::source)), RecordTable.of(kept(data.participants(all),
                        p -> withheld.participant(p.collectivite(), p.dateEntree(), p.dateSortie())))));
        out.add(new RecordTable<>("sessions", List.of(
                collectivite(Session::collectivite),
                column("id", 14, Session::id),
                column("date", 12, Session::dateDebut),
                column("jours", 8, Session::jours, Unit.DAYS),
                column("type", 14, s -> code(s.type())),
                column("lieu", 20, Session::lieu),
                column("cas", 16, s -> joined(s.cas())),
                column("travail_labo", 10, s -> s.travailLabo() ? "oui" : "non"),
                source(Session::source)), RecordTable.of(data.sessions(all))));
        out.add(new RecordTable<>("presences", List.of(
                collectivite(Attendance::collectivite),
                column("session", 14, Attendance::session),
                column("date_session", 12, a -> withheld.sessionDay(a.collectivite(), a.session())),
                column("participant", 16, Attendance::participant),
                column("jours_presents", 10, Attendance::joursPresents, Unit.DAYS),
                source(Attendance::source)), RecordTable.of(kept(data.attendance(all),
                        a -> withheld.sessionRow(ActivityRecord.ATTENDANCE, a.collectivite(),
                                withheld.sessionDay(a.collectivite(), a.session()))))));
        out.add(new RecordTable<>("cas", List.of(
                collectivite(PracticalCase::collectivite),
                column("id", 12, PracticalCase::id),
                column("titre", 30, PracticalCase::titre),
                column("thematique", 16, PracticalCase::thematique),
                column("service", 18, PracticalCase::servicePorteur),
                column("methodes", 18, k -> joined(k.methodes())),
                column("debut", 12, PracticalCase::dateDebut),
                column("fin", 12, PracticalCase::dateFin),
                column("statut", 12, k -> code(k.statut())),
                column("pertinence", 11, k -> code(k.pertinence())),
                column("faisabilite", 11, k -> code(k.faisabilite())),
                column("coherence", 11, k -> code(k.coherence())),
                source(PracticalCase::source)), RecordTable.of(data.cases(all))));
        out.add(new RecordTable<>("financements", List.of(
                collectivite(Funding::collectivite),
                column("financeur", 22, Funding::financeur),
                column("type", 14, f -> code(f.type())),
                column("montant", 14, f -> f.montantEur().doubleValue(), Unit.EUR),
                column("date", 12, Funding::date),
                column("objet", 24, Funding::objet),
                source(Funding::source)), RecordTable.of(data.funding(all))));
        out.add(new RecordTable<>("meteo", List.of(
                collectivite(GroupWeather::collectivite),
                column("session", 14, GroupWeather::session),
                column("date_session", 12, w -> withheld.sessionDay(w.collectivite(), w.session())),
                column("participant", 16, GroupWeather::participant),
                column("score", 8, w -> (double) w.score()),
                source(GroupWeather::source)), RecordTable.of(kept(data.weather(all),
                        w -> withheld.sessionRow(ActivityRecord.WEATHER, w.collectivite(),
                                withheld.sessionDay(w.collectivite(), w.session()))))));
        out.add(new RecordTable<>("verbatims", List.of(
                collectivite(Quote::collectivite),
                column("date", 12, Quote::date),
                column("session", 14, Quote::session),
                column("cas_pratique", 12, Quote::cas),
                column("role", 14, Quote::role),
                column("valeur", 14, q -> code(q.valeur())),
                column("texte", 60, Quote::texte),
                source(Quote::source)), RecordTable.of(report.quotes())));
        MonthlySums.Sums sums = monthly();
        out.add(sums == null ? answers() : monthly(sums.records()));
        return out;
    }

    /** One row per scored answer that no masked figure reads. */
    private RecordTable<SurveyAnswerCursor> answers() {
        return new RecordTable<>("reponses", List.of(
                collectivite(SurveyAnswerCursor::collectivite),
                column("questionnaire", 24, SurveyAnswerCursor::survey),
                column("repondant", 18, a -> respondents.published(a.respondent())),
                column("vague", 8, a -> code(a.wave())),
                column("role", 12, SurveyAnswerCursor::role),
                column("date", 12, SurveyAnswerCursor::date),
                column("trimestre", 9, a -> quarter(a.date())),
                column("question", 24, SurveyAnswerCursor::question),
                column("mesure", 13, a -> a.measure().code()),
                column("reponse", 20, SurveyAnswerCursor::raw),
                column("score", 7, SurveyAnswerCursor::score),
                source(SurveyAnswerCursor::source)), new RecordTable.Source<>() {
                    @Override
                    public long count() {
                        return answerCounts()[0];
                    }

                    @Override
                    public void forEach(long from, long to, Consumer<? super SurveyAnswerCursor> out) {
                        SurveyAnswerCursor a = data.surveyAnswerCursor(Scope.programme());
                        long at = 0;
                        while (at < to && a.next()) {
                            if (published(a) && at++ >= from) {
                                out.accept(a);
                            }
                        }
                    }
                });
    }

    /** Whether an answer gets its row: it has a score, lies in the report's periods and no masked figure reads it. */
    private boolean published(SurveyAnswerCursor a) {
        return a.score() != null && withheld.answer(a.collectivite(), a.measure(), a.date()) == null;
    }

    /**
     * Published answers, text answers, the scored answers masked figures read and those outside the report's
     * periods, counted once.
     */
    private synchronized long[] answerCounts() {
        if (answerCounts == null) {
            long scored = 0;
            long text = 0;
            long hidden = 0;
            long outside = 0;
            SurveyAnswerCursor a = data.surveyAnswerCursor(Scope.programme());
            while (a.next()) {
                if (a.score() == null) {
                    text++;
                    continue;
                }
                Withheld.Reason why = withheld.answer(a.collectivite(), a.measure(), a.date());
                if (why == null) {
                    scored++;
                } else if (why == Withheld.Reason.MASKED) {
                    hidden++;
                } else {
                    outside++;
                }
            }
            answerCounts = new long[] {scored, text, hidden, outside};
        }
        return answerCounts;
    }

    /** One row per collectivité, questionnaire, question, measure, wave, role, month and file. */
    private RecordTable<MonthlySums.Monthly> monthly(List<MonthlySums.Monthly> sums) {
        return new RecordTable<>("reponses-mois", List.of(
                collectivite(MonthlySums.Monthly::collectivite),
                column("questionnaire", 24, MonthlySums.Monthly::survey),
                column("question", 24, MonthlySums.Monthly::question),
                column("mesure", 13, MonthlySums.Monthly::measure),
                column("vague", 8, MonthlySums.Monthly::wave),
                column("role", 12, MonthlySums.Monthly::role),
                column("mois", 9, MonthlySums.Monthly::month),
                column("trimestre", 9, m -> quarter(m.response.day)),
                column("reponses", 10, MonthlySums.Monthly::answers),
                column("somme", 10, MonthlySums.Monthly::sum),
                column("source", 30, MonthlySums.Monthly::file)), RecordTable.of(sums));
    }

    /** The quarter of a day as the report names periods ({@code 2020-T1}, {@code 2020-Q1}), or null. */
    private String quarter(LocalDate day) {
        if (day == null) {
            return null;
        }
        return quarters.computeIfAbsent(day,
                d -> Period.quarter(d.getYear(), (d.getMonthValue() - 1) / 3 + 1).label(locale));
    }

    private static <T> RecordTable.Column<T> column(String key, int width, Function<T, Object> cell) {
        return new RecordTable.Column<>(key, width, cell, null);
    }

    /** A column of numbers shown in {@code unit}: days without ",0" when whole, euros with cents when they have some. */
    private static <T> RecordTable.Column<T> column(String key, int width, Function<T, Object> cell, Unit unit) {
        return new RecordTable.Column<>(key, width, cell, unit);
    }

    private static <T> RecordTable.Column<T> collectivite(Function<T, Object> cell) {
        return column("collectivite", 16, cell);
    }

    private static <T> RecordTable.Column<T> source(Function<T, SourceRef> ref) {
        return column("source", 30, r -> {
            String s = ref.apply(r).toString();
            return s.isEmpty() ? null : s;
        });
    }

    private static String code(Coded value) {
        return value == null ? null : value.code();
    }

    private static String joined(List<String> values) {
        return values.isEmpty() ? null : String.join(";", values);
    }
}
