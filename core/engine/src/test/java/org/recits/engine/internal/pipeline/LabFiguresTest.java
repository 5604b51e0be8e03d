package org.recits.engine.internal.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import org.junit.jupiter.api.Test;
import org.recits.api.data.Dataset;
import org.recits.api.indicator.Indicator;
import org.recits.api.indicator.IndicatorDefinition;
import org.recits.api.indicator.IndicatorValue;
import org.recits.api.model.Period;
import org.recits.api.model.Scope;
import org.recits.api.model.Session;
import org.recits.api.model.SessionType;
import org.recits.api.model.SourceRef;
import org.recits.engine.internal.EngineTexts;
import org.recits.engine.internal.Fixtures;

/** The lab level's figures: each lab's own, computed a lab at a time. */
class LabFiguresTest {

    private static final List<Period> PERIODS = List.of(Period.parse("2021-T1"), Period.parse("2020-T4"));

    private static Session session(String collectivite, String file, int day) {
        return new Session(collectivite, "s" + day, LocalDate.of(2021, 1, day), 1, SessionType.SESSION, null,
                List.of(), false, Map.of(), new SourceRef(file, day));
    }

    private static Dataset programme() {
        return Dataset.builder().add(session("metz", "lab-nord/sessions.csv", 2))
                .add(session("lille", "lab-nord/sessions.csv", 3)).add(session("nice", "lab-sud/sessions.csv", 4))
                .build();
    }

    /** Counts sessions like {@link Fixtures.SessionCount}, and notes each dataset it computes on. */
    private static final class Noting implements Indicator {
        private final Fixtures.SessionCount count = new Fixtures.SessionCount();
        private final List<String> log;
        private final Map<Dataset, String> names;

        Noting(List<String> log, Map<Dataset, String> names) {
            this.log = log;
            this.names = names;
        }

        @Override
        public IndicatorDefinition definition() {
            return count.definition();
        }

        @Override
        public IndicatorValue compute(Dataset data, Scope scope, Period period) {
            log.add("computed " + names.get(data));
            return count.compute(data, scope, period);
        }
    }

    @Test
    void aLabsRecordsAreMadeOnlyOnceEveryIndicatorIsDoneWithTheLabBefore() throws IOException {
        Dataset data = programme();
        LabLevel labs = LabLevel.of(data, List.of("lab-nord", "lab-sud"), EngineTexts.of(Locale.FRENCH));
        List<String> log = Collections.synchronizedList(new ArrayList<>());
        Map<Dataset, String> names = Collections.synchronizedMap(new java.util.IdentityHashMap<>());
        List<Indicator> indicators = List.of(new Noting(log, names), new Noting(log, names), new Noting(log, names));
        ExecutorService pool = Workers.pool("test", 3);
        try {
            LabFigures.compute(List.of("lab-nord", "lab-sud"), lab -> {
                log.add("made " + lab);
                Dataset records = labs.only(data, lab);
                names.put(records, lab);
                return records;
            }, indicators, PERIODS, pool);
        } finally {
            pool.shutdownNow();
        }
        // three indicators, two periods each: six computations on a lab's records before the next lab's are made
        List<String> expected = new ArrayList<>();
        for (String lab : List.of("lab-nord", "lab-sud")) {
            expected.add("made " + lab);
            expected.addAll(Collections.nCopies(6, "computed " + lab));
        }
        assertThat(log).containsExactlyElementsOf(expected);
    }

    @Test
    void aLabsFiguresAreTheProgrammesOfItsOwnRecordsAndAFailureIsThrownAtItsTurn() throws IOException {
        Dataset data = programme();
        LabLevel labs = LabLevel.of(data, List.of("lab-nord", "lab-sud"), EngineTexts.of(Locale.FRENCH));
        ExecutorService pool = Workers.pool("test", 2);
        LabFigures figures;
        try {
            figures = LabFigures.compute(List.of("lab-nord", "lab-sud"), lab -> labs.only(data, lab),
                    List.of(new Fixtures.SessionCount(), new Fixtures.Broken()), PERIODS, pool);
        } finally {
            pool.shutdownNow();
        }
        assertThat(figures.values(0, "lab-nord")).extracting(v -> v.value().intValue()).containsExactly(2, 0);
        assertThat(figures.values(0, "lab-sud")).extracting(v -> v.value().intValue()).containsExactly(1, 0);
        assertThatThrownBy(() -> figures.values(1, "lab-sud")).isInstanceOf(IllegalStateException.class)
                .hasMessage("boom");
    }
}
