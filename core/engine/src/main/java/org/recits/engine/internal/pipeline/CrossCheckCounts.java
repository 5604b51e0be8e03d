package org.recits.engine.internal.pipeline;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import org.recits.api.data.Dataset;
import org.recits.api.data.SourceFile;
import org.recits.api.data.SurveyAnswerCursor;
import org.recits.api.model.Scope;
import org.recits.api.model.SourceRef;

/**
 * Ingestors count a file's rows when they read it, before the cross-file checks; a row those checks drop
 * must then move from "kept" to "rejected" in its file's counts, or provenance would not add up. The rows
 * are those of the records that were dropped, not of the findings: a check may say once that 500 rows go
 * for one root cause, and a row with two findings is still one row.
 */
final class CrossCheckCounts {

    private CrossCheckCounts() {
    }

    static void recount(Dataset.Builder builder, Dataset before) {
        Dataset after = builder.build();
        Map<String, Set<Long>> dropped = new TreeMap<>();
        Scope all = Scope.programme();
        dropped(before.collectivites(), after.collectivites(), c -> c.source(), dropped);
        dropped(before.participants(all), after.participants(all), p -> p.source(), dropped);
        dropped(before.sessions(all), after.sessions(all), s -> s.source(), dropped);
        dropped(before.attendance(all), after.attendance(all), a -> a.source(), dropped);
        dropped(before.cases(all), after.cases(all), c -> c.source(), dropped);
        dropped(before.funding(all), after.funding(all), f -> f.source(), dropped);
        dropped(before.quotes(all), after.quotes(all), q -> q.source(), dropped);
        dropped(before.weather(all), after.weather(all), w -> w.source(), dropped);
        droppedRespondents(before, after, dropped);
        if (dropped.isEmpty()) {
            return;
        }
        Set<SourceFile> untouched = new HashSet<>(before.sources());
        for (SourceFile source : after.sources()) {
            if (!untouched.contains(source)) {
                continue; // its ingestor recounted it in its own cross-checks (replaceSource): counted once
            }
            List<SourceFile.TableCount> tables = new ArrayList<>(source.tables());
            boolean changed = false;
            for (Map.Entry<String, Set<Long>> e : dropped.entrySet()) {
                int index = tableOf(source, e.getKey());
                if (index < 0) {
                    continue;
                }
                SourceFile.TableCount t = tables.get(index);
                long moved = Math.min(e.getValue().size(), t.kept());
                tables.set(index, new SourceFile.TableCount(t.table(), t.read(), t.kept() - moved, t.rejected() + moved,
                        t.answersRejected()));
                changed = true;
            }
            if (changed) {
                builder.replaceSource(new SourceFile(source.name(), source.sha256(), source.ingestor(),
                        source.ingestorVersion(), tables));
            }
        }
    }

    /** The lines of the records of one kind that are no longer there, by file as records name it. */
    private static <T> void dropped(List<T> before, List<T> after, Function<T, SourceRef> source,
            Map<String, Set<Long>> out) {
        if (before.size() == after.size()) {
            return; // checks only drop records
        }
        Set<T> kept = Collections.newSetFromMap(new IdentityHashMap<>());
        kept.addAll(after);
        for (T r : before) {
            if (!kept.contains(r)) {
                SourceRef at = source.apply(r);
                out.computeIfAbsent(at.file(), k -> new HashSet<>()).add(at.line());
            }
        }
    }

    /**
     * A survey row gives several answers: the row is dropped when none of its answers is left. Answers are
     * made on demand, so they are compared by (file, line), and only when some were dropped.
     */
    private static void droppedRespondents(Dataset before, Dataset after, Map<String, Set<Long>> out) {
        Scope all = Scope.programme();
        if (before.surveyAnswers(all).size() == after.surveyAnswers(all).size()) {
            return;
        }
        Map<SourceRef, Boolean> rows = new HashMap<>();
        SurveyAnswerCursor c = before.surveyAnswerCursor(all);
        while (c.next()) {
            rows.put(c.source(), Boolean.FALSE);
        }
        c = after.surveyAnswerCursor(all);
        while (c.next()) {
            rows.put(c.source(), Boolean.TRUE);
        }
        rows.forEach((at, left) -> {
            if (!left) {
                out.computeIfAbsent(at.file(), k -> new HashSet<>()).add(at.line());
            }
        });
    }

    /**
     * Which table of the source a record's file names: {@code presences.csv}, or {@code labo.xlsx#Présences}
     * for a sheet, whose table an ingestor may name {@code presences}. −1 when it is not this source's.
     */
    private static int tableOf(SourceFile source, String file) {
        int hash = file.indexOf('#');
        String name = hash < 0 ? file : file.substring(0, hash);
        if (!name.equals(source.name()) || source.tables().isEmpty()) {
            return -1;
        }
        if (source.tables().size() == 1) {
            return 0;
        }
        if (hash < 0) {
            return -1;
        }
        // the label keeps the sheet's name as written ("Météo"), the count the table's ("meteo")
        String sheet = SourceChoices.tableKey(file.substring(hash + 1));
        for (int i = 0; i < source.tables().size(); i++) {
            if (SourceChoices.tableKey(source.tables().get(i).table()).equals(sheet)) {
                return i;
            }
        }
        return -1;
    }
}
