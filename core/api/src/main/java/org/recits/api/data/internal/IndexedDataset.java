package org.recits.api.data.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.function.Predicate;
import org.recits.api.data.Dataset;
import org.recits.api.data.Finding;
import org.recits.api.data.Pseudonyms;
import org.recits.api.data.SourceFile;
import org.recits.api.data.SurveyAnswerCursor;
import org.recits.api.model.Attendance;
import org.recits.api.model.Collectivite;
import org.recits.api.model.Funding;
import org.recits.api.model.GroupWeather;
import org.recits.api.model.Participant;
import org.recits.api.model.PracticalCase;
import org.recits.api.model.Quote;
import org.recits.api.model.Scope;
import org.recits.api.model.Session;
import org.recits.api.model.SurveyAnswer;

/** The one {@link Dataset}: what a {@link DatasetBuilder} held, frozen and indexed by collectivité. */
final class IndexedDataset implements Dataset {

    private final List<Collectivite> collectivites;
    private final Index<Participant> participants;
    private final Index<Session> sessions;
    private final Index<Attendance> attendance;
    private final Index<PracticalCase> cases;
    private final Index<Funding> funding;
    private final Index<Quote> quotes;
    private final Index<GroupWeather> weather;
    private final AnswerSnapshot answers;
    private final List<SourceFile> sources;
    private final List<Finding> findings;
    private final List<String> collectiviteIds;
    private final Pseudonyms pseudonyms;

    IndexedDataset(DatasetBuilder b) {
        collectivites = List.copyOf(b.collectivites);
        participants = index(b.participants, Participant::collectivite);
        List<Session> sortedSessions = new ArrayList<>(b.sessions);
        sortedSessions.sort(Comparator.comparing(Session::dateDebut).thenComparing(Session::id));
        sessions = index(sortedSessions, Session::collectivite);
        attendance = index(b.attendance, Attendance::collectivite);
        cases = index(b.cases, PracticalCase::collectivite);
        funding = index(b.funding, Funding::collectivite);
        quotes = index(b.quotes, Quote::collectivite);
        weather = index(b.weather, GroupWeather::collectivite);
        answers = b.answers.snapshot();
        sources = List.copyOf(b.sources);
        List<Finding> f = new ArrayList<>(b.findings);
        Collections.sort(f);
        findings = List.copyOf(f);
        TreeSet<String> ids = new TreeSet<>();
        collectivites.forEach(c -> ids.add(c.id()));
        for (Index<?> m : List.of(participants, sessions, attendance, cases, funding, quotes, weather)) {
            ids.addAll(m.byCollectivite().keySet());
        }
        answers.collectivites().forEach(ids::add);
        collectiviteIds = List.copyOf(ids);
        pseudonyms = b.pseudonyms;
    }

    /**
     * Records grouped by collectivité in one array (collectivités in order of first appearance, records
     * in their order within each): the programme's list is the array itself and each collectivité's a
     * view of its slice, so neither is copied when indicators ask for them (they ask for the programme
     * once per indicator, scope and period).
     */
    private record Index<T>(List<T> all, Map<String, List<T>> byCollectivite) {
    }

    @SuppressWarnings("unchecked")
    private static <T> Index<T> index(List<T> records, Function<T, String> key) {
        Map<String, int[]> counts = new LinkedHashMap<>();
        String[] keys = new String[records.size()];
        int i = 0;
        for (T r : records) {
            String k = key.apply(r);
            keys[i++] = k;
            counts.computeIfAbsent(k, x -> new int[2])[0]++;
        }
        int offset = 0;
        for (int[] c : counts.values()) {
            c[1] = offset; // next free slot of this collectivité
            offset += c[0];
        }
        Object[] flat = new Object[records.size()];
        i = 0;
        for (T r : records) {
            flat[counts.get(keys[i++])[1]++] = Objects.requireNonNull(r);
        }
        List<T> all = Collections.unmodifiableList(Arrays.asList((T[]) flat));
        Map<String, List<T>> by = new LinkedHashMap<>();
        for (Map.Entry<String, int[]> e : counts.entrySet()) {
            int end = e.getValue()[1];
            by.put(e.getKey(), all.subList(end - e.getValue()[0], end));
        }
        return new Index<>(all, Collections.unmodifiableMap(by));
    }

    private static <T> List<T> in(Index<T> index, Scope scope) {
        if (!scope.isProgramme()) {
            return index.byCollectivite().getOrDefault(collectivite(scope), List.of());
        }
        return index.all();
    }

    /**
     * The collectivité of a scope, null for the programme. A lab's records are not told by their collectivité:
     * asked for, they would silently be none (or, for answers, the programme's), so a lab is refused.
     */
    private static String collectivite(Scope scope) {
        if (scope.isLab()) {
            throw new IllegalArgumentException("a dataset holds no lab level; the lab's own dataset holds its records: "
                    + scope.lab());
        }
        return scope.collectivite();
    }

    @Override
    public Builder toBuilder() {
        DatasetBuilder b = new DatasetBuilder();
        b.collectivites.addAll(collectivites);
        b.participants.addAll(participants.all());
        b.sessions.addAll(sessions.all());
        b.attendance.addAll(attendance.all());
        b.cases.addAll(cases.all());
        b.funding.addAll(funding.all());
        b.quotes.addAll(quotes.all());
        b.weather.addAll(weather.all());
        b.answers = AnswerStore.copyOf(answers);
        b.sources.addAll(sources);
        b.findings.addAll(findings);
        b.pseudonyms = pseudonyms;
        return b;
    }

    @Override
    public Dataset onlyCollectivites(Predicate<String> keep) {
        DatasetBuilder b = new DatasetBuilder();
        for (Collectivite c : collectivites) {
            if (keep.test(c.id())) {
                b.collectivites.add(c);
            }
        }
        kept(participants.all(), Participant::collectivite, keep, b.participants);
        kept(sessions.all(), Session::collectivite, keep, b.sessions);
        kept(attendance.all(), Attendance::collectivite, keep, b.attendance);
        kept(cases.all(), PracticalCase::collectivite, keep, b.cases);
        kept(funding.all(), Funding::collectivite, keep, b.funding);
        kept(quotes.all(), Quote::collectivite, keep, b.quotes);
        kept(weather.all(), GroupWeather::collectivite, keep, b.weather);
        b.answers = AnswerStore.copyOf(answers, keep);
        b.sources.addAll(sources);
        b.findings.addAll(findings);
        b.pseudonyms = pseudonyms;
        return b.build();
    }

    private static <T> void kept(List<T> records, Function<T, String> collectivite, Predicate<String> keep,
            List<? super T> into) {
        for (T r : records) {
            if (keep.test(collectivite.apply(r))) {
                into.add(r);
            }
        }
    }

    @Override
    public Pseudonyms pseudonyms() {
        return pseudonyms;
    }

    @Override
    public List<String> collectiviteIds() {
        return collectiviteIds;
    }

    @Override
    public List<Collectivite> collectivites() {
        return collectivites;
    }

    @Override
    public Optional<Collectivite> collectivite(String id) {
        return collectivites.stream().filter(c -> c.id().equals(id)).findFirst();
    }

    @Override
    public List<Participant> participants(Scope scope) {
        return in(participants, scope);
    }

    @Override
    public List<Session> sessions(Scope scope) {
        return in(sessions, scope);
    }

    @Override
    public List<Attendance> attendance(Scope scope) {
        return in(attendance, scope);
    }

    @Override
    public List<PracticalCase> cases(Scope scope) {
        return in(cases, scope);
    }

    @Override
    public List<Funding> funding(Scope scope) {
        return in(funding, scope);
    }

    @Override
    public List<Quote> quotes(Scope scope) {
        return in(quotes, scope);
    }

    @Override
    public List<GroupWeather> weather(Scope scope) {
        return in(weather, scope);
    }

    @Override
    public List<SurveyAnswer> surveyAnswers(Scope scope) {
        return answers.list(collectivite(scope));
    }

    @Override
    public SurveyAnswerCursor surveyAnswerCursor(Scope scope) {
        return answers.cursor(collectivite(scope));
    }

    @Override
    public List<SourceFile> sources() {
        return sources;
    }

    @Override
    public List<Finding> findings() {
        return findings;
    }

    @Override
    public long rejectedCount() {
        return findings.stream().filter(f -> f.severity() == Finding.Severity.REJECTED).count();
    }
}
