package org.recits.ingest.survey.internal;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.recits.api.data.Dataset;
import org.recits.api.data.Finding;
import org.recits.api.data.SourceFile;
import org.recits.api.model.Scope;
import org.recits.api.model.SurveyAnswer;
import org.recits.tabular.FindingValues;

/**
 * Survey answers for a collectivité that {@code collectivites} does not list: a typo in a commune column or a
 * mapping's {@code *,collectivite} row would otherwise become a new scope of the report, with its own figures.
 * They are dropped, with one rejected finding per export and collectivité at its first line, and the export's
 * counts say so. Only the answers of unlisted collectivités are looked at (there may be millions of others).
 */
final class UnlistedCollectivites {

    private UnlistedCollectivites() {
    }

    /** One export's answers for one unlisted collectivité. */
    private static final class Group {
        final String file;
        final String collectivite;
        long firstLine = Long.MAX_VALUE;
        final Set<Long> rows = new HashSet<>();
        long answers;

        Group(String file, String collectivite) {
            this.file = file;
            this.collectivite = collectivite;
        }
    }

    static void check(Dataset.Builder builder, Dataset snapshot) {
        if (!listRead(snapshot)) {
            return; // no list to check against: every collectivité is its own scope, as documented
        }
        Set<String> listed = new HashSet<>();
        snapshot.collectivites().forEach(c -> listed.add(c.id()));
        Map<String, Group> groups = new LinkedHashMap<>();
        for (String id : snapshot.collectiviteIds()) {
            if (listed.contains(id)) {
                continue;
            }
            for (SurveyAnswer a : snapshot.surveyAnswers(Scope.of(id))) {
                Group g = groups.computeIfAbsent(a.source().file() + '\u0000' + id,
                        k -> new Group(a.source().file(), id));
                g.firstLine = Math.min(g.firstLine, a.source().line());
                g.rows.add(a.source().line());
                g.answers++;
            }
        }
        if (groups.isEmpty()) {
            return;
        }
        builder.retain(SurveyAnswer.class, a -> listed.contains(a.collectivite()));
        Map<String, Long> droppedRows = new LinkedHashMap<>();
        for (Group g : groups.values()) {
            builder.finding(FindingValues.ofLabel(Finding.rejected(g.file, g.firstLine, "collectivite", g.collectivite,
                    Messages.collectiviteNotListed(g.collectivite, g.rows.size(), g.answers))));
            droppedRows.merge(g.file, (long) g.rows.size(), Long::sum);
        }
        recount(builder, snapshot, droppedRows);
    }

    /**
     * Whether {@code collectivites} lists at least one collectivité. A file with none kept (only its header, the
     * kit's ignored example row, or every row rejected) gives nothing to check against: its own warning says the
     * other files' collectivités are not checked, so the answers are kept, as the activity tables are.
     */
    private static boolean listRead(Dataset snapshot) {
        return !snapshot.collectivites().isEmpty();
    }

    /** The dropped respondents move from kept to rejected in their export's count (one table per export). */
    private static void recount(Dataset.Builder builder, Dataset snapshot, Map<String, Long> droppedRows) {
        for (SourceFile s : snapshot.sources()) {
            boolean changed = false;
            List<SourceFile.TableCount> tables = new ArrayList<>(s.tables());
            for (Map.Entry<String, Long> e : droppedRows.entrySet()) {
                int hash = e.getKey().indexOf('#');
                String file = hash < 0 ? e.getKey() : e.getKey().substring(0, hash);
                if (!file.equals(s.name()) || tables.size() != 1) {
                    continue;
                }
                SourceFile.TableCount t = tables.get(0);
                long moved = Math.min(e.getValue(), t.kept());
                tables.set(0, new SourceFile.TableCount(t.table(), t.read(), t.kept() - moved, t.rejected() + moved,
                        t.answersRejected()));
                changed = true;
            }
            if (changed) {
                builder.replaceSource(new SourceFile(s.name(), s.sha256(), s.ingestor(), s.ingestorVersion(), tables));
            }
        }
    }
}
