package org.recits.engine.internal.pipeline;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.recits.api.data.Dataset;
import org.recits.api.model.Scope;
import org.recits.api.model.SourceRef;

/**
 * The collectivités each file holds, table by table, for the activity tables whose rows add up (the
 * collectivités table itself only names them). Two folders are two labs merged when their collectivités
 * differ; the same collectivité's table in two folders is two copies that would be added up.
 */
final class CollectivitesByFile {
    private final Map<String, Set<String>> byFileAndTable = new HashMap<>();

    private CollectivitesByFile() {
    }

    static CollectivitesByFile of(Dataset read) {
        CollectivitesByFile c = new CollectivitesByFile();
        Scope all = Scope.programme();
        read.participants(all).forEach(r -> c.add(r.source(), "participants", r.collectivite()));
        read.sessions(all).forEach(r -> c.add(r.source(), "sessions", r.collectivite()));
        read.attendance(all).forEach(r -> c.add(r.source(), "presences", r.collectivite()));
        read.cases(all).forEach(r -> c.add(r.source(), "cas", r.collectivite()));
        read.funding(all).forEach(r -> c.add(r.source(), "financements", r.collectivite()));
        read.quotes(all).forEach(r -> c.add(r.source(), "verbatims", r.collectivite()));
        read.weather(all).forEach(r -> c.add(r.source(), "meteo", r.collectivite()));
        return c;
    }

    private void add(SourceRef ref, String table, String collectivite) {
        if (collectivite != null) {
            byFileAndTable.computeIfAbsent(key(SourceChoices.fileOf(ref.file()), table), k -> new HashSet<>())
                    .add(collectivite.strip().toLowerCase(Locale.ROOT));
        }
    }

    /** The collectivités of one table of one file; none for a table whose rows do not add up. */
    Set<String> of(String file, String table) {
        return byFileAndTable.getOrDefault(key(file, table), Set.of());
    }

    private static String key(String file, String table) {
        return file + '\u0000' + SourceChoices.tableKey(table);
    }
}
