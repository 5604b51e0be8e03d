package org.recits.tools.generator;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The programme is realistic in the ways the demo report needs: the protocol norms hold for most
 * collectivités, and the deliberate rule breaks the README lists are there. Figures are recomputed
 * here from the files with the definitions of docs/indicateurs.md.
 */
class ProgrammeShapeTest {

    static final DateTimeFormatter FR = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    static final Map<String, Integer> WEATHER = Map.of("soleil", 5, "eclaircie", 4, "nuageux", 3, "pluie", 2, "orage", 1);

    @TempDir
    static Path tmp;
    static List<String> ids;
    static Map<String, List<Map<String, String>>> counted = new TreeMap<>();
    static Map<String, Table> t = new HashMap<>();

    @BeforeAll
    static void generate() throws IOException {
        assertThat(SampleGenerator.run("--out", tmp.toString())).isZero();
        for (String f : SampleGeneratorTest.ACTIVITY_FILES) {
            t.put(f, Table.read(tmp.resolve(f)));
        }
        ids = t.get("collectivites.csv").rows().stream().map(r -> r.get("collectivite")).toList();
        for (Map<String, String> s : t.get("sessions.csv").rows()) {
            String type = s.get("type");
            if ((type.equals("session") || type.equals("immersion")) && s.get("date_debut").contains("/")) {
                counted.computeIfAbsent(s.get("collectivite"), k -> new ArrayList<>()).add(s);
            }
        }
        counted.values().forEach(l -> l.sort(Comparator.comparing(ProgrammeShapeTest::date)));
    }

    static LocalDate date(Map<String, String> session) {
        return LocalDate.parse(session.get("date_debut"), FR);
    }

    static double num(String v) {
        return Double.parseDouble(v.replace(',', '.'));
    }

    @Test
    void tenCollectivitesStartingBetween2016And2020AndLasting18To24Months() {
        assertThat(ids).hasSize(10).doesNotHaveDuplicates();
        for (Map<String, String> c : t.get("collectivites.csv").rows()) {
            LocalDate start = LocalDate.parse(c.get("date_debut"));
            LocalDate end = LocalDate.parse(c.get("date_fin"));
            assertThat(start.getYear()).isBetween(2016, 2020);
            assertThat(start.plusMonths(18)).isBeforeOrEqualTo(end);
            assertThat(start.plusMonths(25)).isAfter(end);
        }
    }

    @Test
    void interventionDaysAreInTheProtocolBandForMostButNotAll() {
        int inBand = 0;
        for (String id : ids) {
            List<Map<String, String>> s = counted.get(id);
            assertThat(s.size()).as(id).isBetween(7, 17);
            double days = s.stream().mapToDouble(r -> num(r.get("jours"))).sum();
            inBand += days >= 30 && days <= 40 ? 1 : 0;
            assertThat(s).allMatch(r -> num(r.get("jours")) * 2 == Math.rint(num(r.get("jours")) * 2));
        }
        assertThat(inBand).isBetween(6, 9);
    }

    @Test
    void labWorkStartsAtRank4To6ExceptOneCollectiviteAtRank8() {
        Map<String, Integer> first = new TreeMap<>();
        for (String id : ids) {
            List<Map<String, String>> s = counted.get(id);
            for (int i = 0; i < s.size(); i++) {
                if (s.get(i).get("travail_labo").equals("oui")) {
                    first.put(id, i + 1);
                    break;
                }
            }
        }
        assertThat(first).hasSize(10).containsEntry("region-garonne", 8);
        first.remove("region-garonne");
        assertThat(first.values()).allMatch(r -> r >= 4 && r <= 6);
    }

    @Test
    void exactlyOneCaseIsWorkedOnInSixSessionsAndTheOthersInOneToFour() {
        List<String> overSix = new ArrayList<>();
        for (String id : ids) {
            Map<String, Integer> perCase = new TreeMap<>();
            for (Map<String, String> s : counted.get(id)) {
                for (String c : s.get("cas").split("\\|")) {
                    if (!c.isEmpty()) {
                        perCase.merge(c, 1, Integer::sum);
                    }
                }
            }
            perCase.forEach((c, n) -> {
                if (n > 4) {
                    overSix.add(id + "/" + c + "=" + n);
                }
            });
        }
        assertThat(overSix).containsExactly("cu-dunes/C1=6");
    }

    @Test
    void attendanceOnlyForActiveParticipantsAndNeverMoreThanTheSession() {
        Map<String, Map<String, String>> people = new HashMap<>();
        t.get("participants.csv").rows().forEach(p -> people.put(p.get("collectivite") + "/" + p.get("participant"), p));
        Map<String, Map<String, String>> sessions = new HashMap<>();
        t.get("sessions.csv").rows().forEach(s -> sessions.put(s.get("collectivite") + "/" + s.get("session"), s));
        int partial = 0;
        int empty = 0;
        for (Map<String, String> a : t.get("presences.csv").rows()) {
            Map<String, String> p = people.get(a.get("collectivite") + "/" + a.get("participant"));
            if (p == null) {
                continue; // the one deliberate unknown participant, checked in SampleGeneratorTest
            }
            Map<String, String> s = sessions.get(a.get("collectivite") + "/" + a.get("session"));
            LocalDate d = date(s);
            assertThat(p.get("date_entree").isEmpty() || !LocalDate.parse(p.get("date_entree")).isAfter(d)).as(a.toString()).isTrue();
            assertThat(p.get("date_sortie").isEmpty() || LocalDate.parse(p.get("date_sortie")).isAfter(d)).as(a.toString()).isTrue();
            if (a.get("jours_presents").isEmpty()) {
                empty++;
            } else {
                assertThat(num(a.get("jours_presents"))).isLessThanOrEqualTo(num(s.get("jours")));
                partial += num(a.get("jours_presents")) < num(s.get("jours")) ? 1 : 0;
            }
        }
        assertThat(partial).isPositive();
        assertThat(empty).isPositive();
    }

    @Test
    void ambassadorsTurnOverAndComeFromTenOrSoDirections() {
        for (String id : ids) {
            List<Map<String, String>> amb = t.get("participants.csv").rows().stream()
                    .filter(p -> p.get("collectivite").equals(id) && p.get("role").equals("ambassadeur")).toList();
            LocalDate first = date(counted.get(id).get(0));
            long atStart = amb.stream().filter(p -> p.get("date_entree").isEmpty()
                    || !LocalDate.parse(p.get("date_entree")).isAfter(first)).count();
            assertThat(atStart).as(id).isBetween(18L, 22L);
            assertThat(amb).as(id).anyMatch(p -> !p.get("date_sortie").isEmpty());
            assertThat(amb.stream().map(p -> p.get("direction")).distinct().count()).as(id).isBetween(8L, 14L);
            List<String> roles = t.get("participants.csv").rows().stream()
                    .filter(p -> p.get("collectivite").equals(id)).map(p -> p.get("role")).toList();
            assertThat(roles).contains("resident", "referent", "coordinateur", "elu");
            assertThat(roles.stream().filter("resident"::equals).count()).isBetween(3L, 4L);
        }
    }

    @Test
    void interTransfosFallOnTheSameDatesForEveryCollectivite() {
        Map<String, String> dateById = new TreeMap<>();
        for (Map<String, String> s : t.get("sessions.csv").rows()) {
            if (s.get("type").equals("intertransfo")) {
                String previous = dateById.putIfAbsent(s.get("session"), s.get("date_debut"));
                assertThat(previous == null || previous.equals(s.get("date_debut"))).as(s.toString()).isTrue();
            }
        }
        List<LocalDate> dates = dateById.values().stream().map(d -> LocalDate.parse(d, FR)).sorted().toList();
        for (int i = 1; i < dates.size(); i++) {
            long months = java.time.temporal.ChronoUnit.MONTHS.between(dates.get(i - 1).withDayOfMonth(1),
                    dates.get(i).withDayOfMonth(1));
            assertThat(months).isBetween(4L, 9L);
        }
    }

    @Test
    void groupWeatherTakesEveryColourSomewhere() {
        Map<String, LocalDate> sessionDate = new HashMap<>();
        t.get("sessions.csv").rows().stream().filter(s -> s.get("date_debut").contains("/"))
                .forEach(s -> sessionDate.put(s.get("collectivite") + "/" + s.get("session"), date(s)));
        Map<String, double[]> byQuarter = new TreeMap<>(); // sum, count
        for (Map<String, String> m : t.get("meteo.csv").rows()) {
            LocalDate d = sessionDate.get(m.get("collectivite") + "/" + m.get("session"));
            String key = m.get("collectivite") + " " + d.getYear() + "-T" + ((d.getMonthValue() - 1) / 3 + 1);
            int score = WEATHER.containsKey(m.get("meteo")) ? WEATHER.get(m.get("meteo")) : Integer.parseInt(m.get("meteo"));
            double[] acc = byQuarter.computeIfAbsent(key, k -> new double[2]);
            acc[0] += score;
            acc[1]++;
        }
        List<Double> means = byQuarter.values().stream().map(a -> a[0] / a[1]).toList();
        assertThat(means).anyMatch(m -> m >= 3.5).anyMatch(m -> m >= 3 && m < 3.5).anyMatch(m -> m < 3);
        // Mostly good weather: more than half of the quarters are green.
        assertThat(means.stream().filter(m -> m >= 3.5).count()).isGreaterThan(means.size() / 2);
        assertThat(t.get("meteo.csv").rows()).anyMatch(m -> WEATHER.containsKey(m.get("meteo")))
                .anyMatch(m -> m.get("meteo").matches("[1-5]"));
    }

    @Test
    void collectiviteShareOfFundingIs55To70PercentExceptOne() {
        Map<String, double[]> share = new TreeMap<>(); // own, total
        for (Map<String, String> f : t.get("financements.csv").rows()) {
            if (!f.get("montant_eur").matches("[0-9]+(,[0-9]+)?")) {
                continue; // the deliberate non-number
            }
            double[] a = share.computeIfAbsent(f.get("collectivite"), k -> new double[2]);
            a[0] += f.get("type").equals("collectivite") ? num(f.get("montant_eur")) : 0;
            a[1] += num(f.get("montant_eur"));
        }
        List<String> outOfBand = share.entrySet().stream()
                .filter(e -> e.getValue()[0] / e.getValue()[1] < 0.55 || e.getValue()[0] / e.getValue()[1] > 0.70)
                .map(Map.Entry::getKey).toList();
        assertThat(outOfBand).containsExactly("metro-lys");
    }

    @Test
    void fourToTenQuotesPerCollectiviteSomeRefusedSomeNotPositive() {
        for (String id : ids) {
            long n = t.get("verbatims.csv").rows().stream().filter(v -> v.get("collectivite").equals(id)).count();
            assertThat(n).as(id).isBetween(4L, 10L);
        }
        assertThat(t.get("verbatims.csv").rows()).anyMatch(v -> v.get("texte").startsWith("On n’a pas eu le temps"))
                .anyMatch(v -> v.get("consentement").equals("non"))
                .extracting(v -> v.get("role")).contains("ambassadeur", "usager", "elu", "resident");
    }
}
