package org.recits.ingest.activity.internal;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import org.recits.api.data.Dataset;
import org.recits.api.data.Finding;
import org.recits.api.data.SourceFile;
import org.recits.api.model.Attendance;
import org.recits.api.model.Collectivite;
import org.recits.api.model.Funding;
import org.recits.api.model.LocalizedText;
import org.recits.api.model.Quote;
import org.recits.api.model.GroupWeather;
import org.recits.api.model.Participant;
import org.recits.api.model.PracticalCase;
import org.recits.api.model.Scope;
import org.recits.api.model.Session;
import org.recits.api.model.SourceRef;

/**
 * Checks across files, once every file is read. Hash lookups only (linear in the number of records):
 * attendance files reach 100 000 rows.
 */
final class CrossCheck {
    private static final Comparator<SourceRef> BY_SOURCE = Comparator.comparing(SourceRef::file)
            .thenComparingLong(SourceRef::line);

    private final Dataset snapshot;
    private final Set<Record> drop = Collections.newSetFromMap(new IdentityHashMap<>());
    private final List<Finding> findings = new ArrayList<>();
    private final Map<String, Cascade> cascades = new LinkedHashMap<>();

    CrossCheck(Dataset snapshot) {
        this.snapshot = snapshot;
    }

    void run(Dataset.Builder builder) {
        Scope all = Scope.programme();
        List<Collectivite> collectivites = firstOccurrences(snapshot.collectivites(), Collectivite::source,
                Collectivite::id, Collectivite::id);
        List<Participant> participants = firstOccurrences(snapshot.participants(all), Participant::source,
                p -> key(p.collectivite(), p.id()), Participant::id);
        List<Session> sessions = firstOccurrences(snapshot.sessions(all), Session::source,
                s -> key(s.collectivite(), s.id()), Session::id);
        firstOccurrences(snapshot.cases(all), PracticalCase::source, c -> key(c.collectivite(), c.id()),
                PracticalCase::id);

        Map<String, Session> sessionByKey = new HashMap<>();
        sessions.forEach(s -> sessionByKey.put(key(s.collectivite(), s.id()), s));
        Set<String> participantKeys = new HashSet<>();
        participants.forEach(p -> participantKeys.add(key(p.collectivite(), p.id())));
        boolean haveSessions = read("sessions") || !sessions.isEmpty();
        boolean haveParticipants = read("participants") || !participants.isEmpty();
        // A table that was read but gave nothing (refused header, every row rejected) is the root cause of
        // every reference to it: one finding per file for those rows, not one "unknown" per row.
        boolean noSession = haveSessions && sessions.isEmpty();
        boolean noParticipant = haveParticipants && participants.isEmpty();

        for (Attendance a : snapshot.attendance(all)) {
            Session s = sessionByKey.get(key(a.collectivite(), a.session()));
            if (s == null && noSession) {
                cascade(a, a.source(), "session");
            } else if (s == null && haveSessions) {
                reject(a, a.source(), "session", a.session(), Texts.unknownSession(a.session(), a.collectivite()));
            } else if (noParticipant) {
                cascade(a, a.source(), "participant");
            } else if (haveParticipants && !participantKeys.contains(key(a.collectivite(), a.participant()))) {
                reject(a, a.source(), "participant", a.participant(),
                        Texts.unknownParticipant(a.participant(), a.collectivite()));
            } else if (s != null && a.joursPresents() != null && a.joursPresents() > s.jours()) {
                findings.add(Finding.warning(a.source().file(), a.source().line(), "jours_presents",
                        Texts.number(a.joursPresents()), Texts.daysAboveSession(a.joursPresents(), s.jours())));
            }
        }
        for (GroupWeather w : snapshot.weather(all)) {
            if (noSession) {
                cascade(w, w.source(), "session");
            } else if (haveSessions && !sessionByKey.containsKey(key(w.collectivite(), w.session()))) {
                reject(w, w.source(), "session", w.session(), Texts.unknownSession(w.session(), w.collectivite()));
            }
        }
        cascades.values().forEach(c -> findings.add(Finding.rejected(c.file, c.firstLine, c.column, null,
                Texts.rejectedWithTable(c.rows, c.column.equals("participant"),
                        tableFiles(c.column.equals("participant") ? "participants" : "sessions")))));
        List<Attendance> keptAttendance = snapshot.attendance(all).stream().filter(a -> !drop.contains(a)).toList();
        Set<String> refused = new HashSet<>();
        java.util.stream.Stream.concat(snapshot.findings().stream(), findings.stream())
                .filter(f -> f.severity() == Finding.Severity.REJECTED).forEach(f -> refused.add(f.file()));
        findings.addAll(IdenticalRows.of(snapshot, r -> !drop.contains(r)));
        findings.addAll(MissingAttendance.of(sessions, keptAttendance, tableFiles("presences"), refused::contains));

        Map<String, Collectivite> collectiviteById = new HashMap<>();
        collectivites.forEach(c -> collectiviteById.put(c.id(), c));
        for (Session s : sessions) {
            Collectivite c = collectiviteById.get(s.collectivite());
            if (c != null && (c.dateDebut() != null && s.dateDebut().isBefore(c.dateDebut())
                    || c.dateFin() != null && s.dateDebut().isAfter(c.dateFin()))) {
                findings.add(Finding.warning(s.source().file(), s.source().line(), "date_debut",
                        Texts.date(s.dateDebut()), Texts.sessionOutsidePeriod(s.dateDebut(), c.dateDebut(), c.dateFin())));
            }
        }

        if (!collectivites.isEmpty()) {
            unlisted(collectiviteById.keySet(), all);
        } else if (read("collectivites") && refersToCollectivites(all)) {
            // nothing to check against: said once, not once per file and collectivité (and not at all when no row
            // names one, as in the kit as written, whose example rows are not data)
            tableFiles("collectivites").forEach(f -> findings.add(Finding.warning(f, 0, null, null,
                    Texts.collectivitesUnchecked())));
        }

        // Only the kinds that lost rows are filtered: survey answers, by the million, are never looked at.
        Set<Class<? extends Record>> kinds = new java.util.LinkedHashSet<>();
        drop.forEach(r -> kinds.add(r.getClass()));
        for (Class<? extends Record> kind : kinds) {
            retain(builder, kind);
        }
        findings.forEach(builder::finding);
    }

    /** Whether this ingestor read a table of that name (the engine records sources before cross-checks). */
    private boolean read(String table) {
        return !tableFiles(table).isEmpty();
    }

    /** The files in which this ingestor read a table of that name, in reading order. */
    private List<String> tableFiles(String table) {
        List<String> files = new ArrayList<>();
        for (SourceFile f : snapshot.sources()) {
            if (ActivityIngestor.ID.equals(f.ingestor())) {
                for (SourceFile.TableCount t : f.tables()) {
                    if (table.equals(t.table()) && !files.contains(f.name())) {
                        files.add(f.name());
                    }
                }
            }
        }
        return files;
    }

    /** Rows of one file dropped together for want of a table they refer to. */
    private static final class Cascade {
        final String file;
        final String column;
        long firstLine = Long.MAX_VALUE;
        long rows;

        Cascade(String file, String column) {
            this.file = file;
            this.column = column;
        }
    }

    private void cascade(Record r, SourceRef at, String column) {
        drop.add(r);
        Cascade c = cascades.computeIfAbsent(key(at.file(), column), k -> new Cascade(at.file(), column));
        c.firstLine = Math.min(c.firstLine, at.line());
        c.rows++;
    }

    /**
     * The records whose key is first seen, in file then line order; each later one is rejected,
     * naming the first's line.
     */
    private <T extends Record> List<T> firstOccurrences(List<T> records, Function<T, SourceRef> source,
            Function<T, String> key, Function<T, String> id) {
        List<T> sorted = new ArrayList<>(records);
        sorted.sort(Comparator.comparing(source, BY_SOURCE)); // stable: add order for equal sources
        Map<String, T> first = new HashMap<>();
        List<T> kept = new ArrayList<>(sorted.size());
        for (T r : sorted) {
            T previous = first.putIfAbsent(key.apply(r), r);
            if (previous == null) {
                kept.add(r);
            } else {
                SourceRef at = source.apply(previous);
                String column = r instanceof Collectivite ? "collectivite"
                        : r instanceof Participant ? "participant" : r instanceof Session ? "session" : "cas";
                reject(r, source.apply(r), column, id.apply(r), Texts.duplicateId(id.apply(r), at.file(), at.line()));
            }
        }
        return kept;
    }

    /** Whether any row of another table names a collectivité. */
    private boolean refersToCollectivites(Scope all) {
        return !snapshot.participants(all).isEmpty() || !snapshot.sessions(all).isEmpty()
                || !snapshot.attendance(all).isEmpty() || !snapshot.cases(all).isEmpty()
                || !snapshot.funding(all).isEmpty() || !snapshot.quotes(all).isEmpty()
                || !snapshot.weather(all).isEmpty();
    }

    /** One warning per file and collectivité missing from collectivites, at its first line. */
    private void unlisted(Set<String> listed, Scope all) {
        Map<String, Unlisted> byFileAndId = new LinkedHashMap<>();
        count(snapshot.participants(all), Participant::collectivite, Participant::source, listed, byFileAndId);
        count(snapshot.sessions(all), Session::collectivite, Session::source, listed, byFileAndId);
        count(snapshot.attendance(all), Attendance::collectivite, Attendance::source, listed, byFileAndId);
        count(snapshot.cases(all), PracticalCase::collectivite, PracticalCase::source, listed, byFileAndId);
        count(snapshot.funding(all), Funding::collectivite, Funding::source, listed, byFileAndId);
        count(snapshot.quotes(all), Quote::collectivite, Quote::source, listed, byFileAndId);
        count(snapshot.weather(all), GroupWeather::collectivite, GroupWeather::source, listed, byFileAndId);
        byFileAndId.values().forEach(u -> findings.add(Finding.warning(u.file, u.firstLine, "collectivite", u.id,
                Texts.collectiviteNotListed(u.id, u.rows))));
    }

    private static final class Unlisted {
        final String file;
        final String id;
        long firstLine = Long.MAX_VALUE;
        long rows;

        Unlisted(String file, String id) {
            this.file = file;
            this.id = id;
        }
    }

    private <T extends Record> void count(List<T> records, Function<T, String> collectivite,
            Function<T, SourceRef> source, Set<String> listed, Map<String, Unlisted> out) {
        for (T r : records) {
            String coll = collectivite.apply(r);
            if (listed.contains(coll) || drop.contains(r)) {
                continue;
            }
            SourceRef src = source.apply(r);
            Unlisted u = out.computeIfAbsent(key(src.file(), coll), k -> new Unlisted(src.file(), coll));
            u.firstLine = Math.min(u.firstLine, src.line());
            u.rows++;
        }
    }

    private <T extends Record> void retain(Dataset.Builder builder, Class<T> kind) {
        builder.retain(kind, r -> !drop.contains(r));
    }

    private void reject(Record r, SourceRef at, String column, String value, LocalizedText why) {
        drop.add(r);
        findings.add(Finding.rejected(at.file(), at.line(), column, value, why));
    }

    private static String key(String collectivite, String id) {
        return collectivite + '\u0000' + id;
    }
}
