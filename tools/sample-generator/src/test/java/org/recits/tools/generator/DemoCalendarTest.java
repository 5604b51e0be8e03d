package org.recits.tools.generator;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The demo's calendar: its default quarter (that of the latest counted session, as {@code recits demo} picks
 * it) is 2021-T1, with sessions in nine of the ten collectivités; the programme's own calendar, kept by
 * {@code --staggered}, had them in one.
 */
class DemoCalendarTest {

    static final DateTimeFormatter FR = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    static final LocalDate QUARTER = LocalDate.of(2021, 1, 1);
    static final LocalDate QUARTER_END = LocalDate.of(2021, 3, 31);

    @TempDir
    Path tmp;

    /** Collectivité → its counted sessions' dates. */
    private static Map<String, Set<LocalDate>> counted(Path folder) throws Exception {
        Map<String, Set<LocalDate>> dates = new TreeMap<>();
        for (Map<String, String> s : Table.read(folder.resolve("sessions.csv")).rows()) {
            String type = s.get("type");
            if ((type.equals("session") || type.equals("immersion")) && s.get("date_debut").contains("/")) {
                dates.computeIfAbsent(s.get("collectivite"), k -> new TreeSet<>())
                        .add(LocalDate.parse(s.get("date_debut"), FR));
            }
        }
        return dates;
    }

    private static Set<String> activeInTheQuarter(Map<String, Set<LocalDate>> counted) {
        Set<String> active = new TreeSet<>();
        counted.forEach((id, dates) -> {
            if (dates.stream().anyMatch(d -> !d.isBefore(QUARTER) && !d.isAfter(QUARTER_END))) {
                active.add(id);
            }
        });
        return active;
    }

    @Test
    void theDemosQuarterHasSessionsInNineCollectivitesAndIsTheLatest() throws Exception {
        Path demo = tmp.resolve("demo");
        assertThat(SampleGenerator.run("--out", demo.toString())).isZero();
        Map<String, Set<LocalDate>> counted = counted(demo);
        assertThat(counted).hasSize(10);
        assertThat(activeInTheQuarter(counted)).hasSize(9).doesNotContain("eurometro-rhin");
        // the default quarter stays 2021-T1: no counted session after it
        assertThat(counted.values().stream().flatMap(Set::stream).max(LocalDate::compareTo).orElseThrow())
                .isBetween(QUARTER, QUARTER_END);
        // the one left out had ended its programme before the quarter
        Map<String, String> eurometro = Table.read(demo.resolve("collectivites.csv")).rows().stream()
                .filter(r -> r.get("collectivite").equals("eurometro-rhin")).findFirst().orElseThrow();
        assertThat(LocalDate.parse(eurometro.get("date_fin"))).isBefore(QUARTER);
    }

    @Test
    void theProgrammesOwnCalendarHadMostProgrammesEndedByThen() throws Exception {
        Path staggered = tmp.resolve("staggered");
        assertThat(SampleGenerator.run("--out", staggered.toString(), "--staggered")).isZero();
        Map<String, Set<LocalDate>> counted = counted(staggered);
        assertThat(counted).hasSize(10);
        assertThat(activeInTheQuarter(counted)).hasSize(1);
    }
}
