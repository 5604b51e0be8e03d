package org.recits.ingest.activity.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Predicate;

import org.recits.api.data.Dataset;
import org.recits.api.data.Finding;
import org.recits.api.model.Attendance;
import org.recits.api.model.Funding;
import org.recits.api.model.GroupWeather;
import org.recits.api.model.LocalizedText;
import org.recits.api.model.Scope;
import org.recits.api.model.SourceRef;

/**
 * Rows of the tables without an id that repeat an earlier row and would add to a figure twice: a
 * funding row equal in every column (two real equal payments are possible: the warning says how to
 * tell them apart), a participant listed twice at one session, a named participant's weather vote
 * given twice. Warnings, naming both lines: the rows are kept as read.
 */
final class IdenticalRows {

    private static final Comparator<SourceRef> BY_SOURCE = Comparator.comparing(SourceRef::file)
            .thenComparingLong(SourceRef::line);

    private IdenticalRows() {
    }

    /** The warnings for the rows {@code kept} accepts, in file then line order within each table. */
    static List<Finding> of(Dataset snapshot, Predicate<Object> kept) {
        Scope all = Scope.programme();
        List<Finding> out = new ArrayList<>();
        // every column but where it was read; an amount is the same whatever its trailing zeros
        repeated(snapshot.funding(all), kept, Funding::source,
                f -> List.of(f.collectivite(), String.valueOf(f.financeur()), String.valueOf(f.type()),
                        f.montantEur().stripTrailingZeros(), String.valueOf(f.date()), String.valueOf(f.objet()),
                        f.attributes()),
                Texts::identicalFunding, out);
        repeated(snapshot.attendance(all), kept, Attendance::source,
                a -> List.of(a.collectivite(), a.session(), a.participant()), Texts::repeatedAttendance, out);
        // anonymous votes may well be equal: only a named participant's vote is one of a kind
        repeated(snapshot.weather(all).stream().filter(w -> w.participant() != null).toList(), kept,
                GroupWeather::source, w -> List.of(w.collectivite(), w.session(), w.participant(), w.score(),
                        String.valueOf(w.commentaire())),
                Texts::repeatedWeather, out);
        return out;
    }

    private static <T> void repeated(List<T> rows, Predicate<Object> kept, Function<T, SourceRef> source,
            Function<T, Object> key, BiFunction<Long, String, LocalizedText> why, List<Finding> out) {
        List<T> sorted = new ArrayList<>(rows.stream().filter(kept).toList());
        sorted.sort(Comparator.comparing(source, BY_SOURCE));
        Map<Object, SourceRef> first = new HashMap<>();
        for (T r : sorted) {
            SourceRef at = source.apply(r);
            SourceRef earlier = first.putIfAbsent(key.apply(r), at);
            if (earlier != null) {
                out.add(Finding.warning(at.file(), at.line(), null, null, why.apply(earlier.line(), earlier.file())));
            }
        }
    }
}
