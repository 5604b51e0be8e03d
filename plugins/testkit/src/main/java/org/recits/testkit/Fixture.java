package org.recits.testkit;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import org.recits.api.data.Dataset;
import org.recits.api.model.Attendance;
import org.recits.api.model.CaseStatus;
import org.recits.api.model.Collectivite;
import org.recits.api.model.Funding;
import org.recits.api.model.FundingType;
import org.recits.api.model.GroupWeather;
import org.recits.api.model.Measure;
import org.recits.api.model.Participant;
import org.recits.api.model.PracticalCase;
import org.recits.api.model.Quote;
import org.recits.api.model.Role;
import org.recits.api.model.Session;
import org.recits.api.model.SessionType;
import org.recits.api.model.SourceRef;
import org.recits.api.model.SurveyAnswer;
import org.recits.api.model.Wave;

/**
 * A dataset for a test in a few lines, over {@link Dataset#builder()}. Records go to the current
 * collectivité (the last one named); ids are made up ({@code metz-a1}, {@code metz-s1}…) unless given;
 * dates are ISO ({@code 2020-01-10}). Attendance and weather go to the last session added.
 *
 * <pre>{@code
 * Dataset data = Fixture.collectivite("metz")
 *         .ambassadors(4, "2019-09-01")
 *         .session("2020-01-10", 3).attendedByAll()
 *         .immersion("2020-02-10", 1).attendedBy("metz-a1", "metz-a2")
 *         .collectivite("lille")
 *         .session("2020-01-15", 2)
 *         .build();
 * }</pre>
 *
 * <p>Every record carries a {@link SourceRef} {@code fixture:N} so that a figure can still be traced.
 * Not thread-safe; one fixture per test.
 */
public final class Fixture {

    private final Dataset.Builder builder = Dataset.builder();
    private final List<Participant> participants = new ArrayList<>();
    private final Map<String, Integer> counters = new HashMap<>();
    private final Map<String, Session> lastSession = new LinkedHashMap<>();
    private String current;
    private long line;

    private Fixture() {
    }

    /** A fixture that starts with one collectivité (name derived from the id, programme {@code transfo}). */
    public static Fixture collectivite(String id) {
        return new Fixture().and(id, null, null);
    }

    /** A fixture with no collectivité yet; name one with {@link #and(String)} before adding records. */
    public static Fixture empty() {
        return new Fixture();
    }

    /** Adds another collectivité and makes it the current one. */
    public Fixture and(String id) {
        return and(id, null, null);
    }

    /**
     * Adds another collectivité with its programme dates and makes it the current one.
     *
     * @param start programme start, ISO, or null
     * @param end   programme end, ISO, or null
     */
    public Fixture and(String id, String start, String end) {
        builder.add(new Collectivite(id, Character.toUpperCase(id.charAt(0)) + id.substring(1), "commune", "transfo",
                date(start), date(end), Map.of(), ref()));
        current = id;
        return this;
    }

    // --- participants --------------------------------------------------------------------------

    /** {@code n} ambassadors there from the start (no entry date), ids {@code <collectivité>-a1}… */
    public Fixture ambassadors(int n) {
        return ambassadors(n, null);
    }

    /** {@code n} ambassadors who entered on {@code entered} (ISO), still in the group. */
    public Fixture ambassadors(int n, String entered) {
        for (int i = 0; i < n; i++) {
            participant(next("a"), Role.AMBASSADEUR, entered, null);
        }
        return this;
    }

    /** One ambassador with entry and exit dates (ISO; null for none). */
    public Fixture ambassador(String id, String entered, String left) {
        return participant(id, Role.AMBASSADEUR, entered, left);
    }

    /** Any participant; {@code direction} and {@code categorie} are left empty. */
    public Fixture participant(String id, Role role, String entered, String left) {
        Participant p = new Participant(need(), id, role, null, null, date(entered), date(left), Map.of(), ref());
        participants.add(p);
        builder.add(p);
        return this;
    }

    // --- sessions and attendance ---------------------------------------------------------------

    /** A session ({@link SessionType#SESSION}) of {@code days} days starting on {@code date}. */
    public Fixture session(String date, double days) {
        return session(next("s"), date, days, SessionType.SESSION);
    }

    /** An immersion of {@code days} days: counted as intervention days, like a session. */
    public Fixture immersion(String date, double days) {
        return session(next("s"), date, days, SessionType.IMMERSION);
    }

    /** Any kind of event, with its id and the practical cases worked on. */
    public Fixture session(String id, String date, double days, SessionType type, String... cases) {
        Session s = new Session(need(), id, LocalDate.parse(date), days, type, null, Arrays.asList(cases), false,
                Map.of(), ref());
        builder.add(s);
        lastSession.put(current, s);
        return this;
    }

    /** The last session was attended, whole, by these participants. */
    public Fixture attendedBy(String... participantIds) {
        Session s = last();
        for (String p : participantIds) {
            builder.add(new Attendance(current, s.id(), p, null, Map.of(), ref()));
        }
        return this;
    }

    /** The last session was attended, whole, by every participant of the collectivité in the group that day. */
    public Fixture attendedByAll() {
        Session s = last();
        participants.stream()
                .filter(p -> p.collectivite().equals(current) && p.isPresentOn(s.dateDebut()))
                .forEach(p -> builder.add(new Attendance(current, s.id(), p.id(), null, Map.of(), ref())));
        return this;
    }

    /** One participant attended {@code days} days of the last session. */
    public Fixture attendedFor(String participantId, double days) {
        builder.add(new Attendance(current, last().id(), participantId, days, Map.of(), ref()));
        return this;
    }

    /** The group's weather at the last session: one score (1 to 5) per participant who gave one. */
    public Fixture weather(int... scores) {
        Session s = last();
        for (int score : scores) {
            builder.add(new GroupWeather(current, s.id(), score, null, null, Map.of(), ref()));
        }
        return this;
    }

    // --- cases, funding, quotes, surveys -------------------------------------------------------

    /** A practical case titled after its id, started on {@code start} (ISO, or null), with its methods. */
    public Fixture practicalCase(String id, CaseStatus status, String start, String... methods) {
        builder.add(new PracticalCase(need(), id, id, null, null, Arrays.asList(methods), date(start), null, status,
                null, null, null, Map.of(), ref()));
        return this;
    }

    /** A funding line; {@code amount} as a decimal string ({@code "12500.50"}) so cents stay exact. */
    public Fixture funding(String funder, FundingType type, String amount, String date) {
        builder.add(new Funding(need(), funder, type, new BigDecimal(amount), date(date), null, Map.of(), ref()));
        return this;
    }

    /** A quote that speaks to a value; only quotes with consent may be published. */
    public Fixture quote(String text, Measure value, String date, boolean consent) {
        builder.add(new Quote(need(), text, date(date), null, null, null, value, consent, Map.of(), ref()));
        return this;
    }

    /**
     * One survey answer already brought to 1–5: survey {@code enquete}, question named after the measure.
     *
     * @param wave  before/after, or null
     * @param score 1 to 5
     */
    public Fixture answer(String respondent, Wave wave, Measure measure, double score) {
        builder.add(new SurveyAnswer(need(), "enquete", respondent, null, wave, null, measure.code(), measure, score,
                Double.toString(score), ref()));
        return this;
    }

    /** Anything the shortcuts above do not cover: add records to the underlying builder directly. */
    public Fixture with(Consumer<Dataset.Builder> more) {
        more.accept(builder);
        return this;
    }

    /** The dataset, as the engine would hand it to an indicator. */
    public Dataset build() {
        return builder.build();
    }

    private Session last() {
        Session s = lastSession.get(need());
        if (s == null) {
            throw new IllegalStateException("no session yet for " + current + ": add one with session(…) first");
        }
        return s;
    }

    private String need() {
        if (current == null) {
            throw new IllegalStateException("name a collectivité first: Fixture.collectivite(\"metz\") or and(\"metz\")");
        }
        return current;
    }

    private String next(String prefix) {
        int n = counters.merge(need() + "/" + prefix, 1, Integer::sum);
        return current + "-" + prefix + n;
    }

    private SourceRef ref() {
        return new SourceRef("fixture", ++line);
    }

    private static LocalDate date(String iso) {
        return iso == null ? null : LocalDate.parse(Objects.requireNonNull(iso));
    }
}
