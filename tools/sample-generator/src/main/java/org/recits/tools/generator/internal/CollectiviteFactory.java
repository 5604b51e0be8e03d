package org.recits.tools.generator.internal;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.SplittableRandom;

import org.recits.tools.generator.internal.Catalogue.Template;
import org.recits.tools.generator.internal.Model.Case;
import org.recits.tools.generator.internal.Model.Collectivite;
import org.recits.tools.generator.internal.Model.Participant;
import org.recits.tools.generator.internal.Model.Session;

/** Draws one collectivité (people, calendar, cases) from its template and its own random stream. */
public final class CollectiviteFactory {

    private CollectiviteFactory() {
    }

    /**
     * @param index global index (template + 10 × copy), also the id of the random stream
     * @param copy  0 for the original ids, n for the (n+1)-th copy made by --scale
     */
    public static Collectivite build(int index, Template t, int copy, SplittableRandom r) {
        String id = copy == 0 ? t.id() : t.id() + "-" + (copy + 1);
        String nom = copy == 0 ? t.nom() : t.nom() + " " + (copy + 1);
        // Copies start within a few weeks of their template so the programme calendar keeps its shape.
        LocalDate debut = copy == 0 ? t.debut() : t.debut().plusDays(r.nextInt(0, 21));
        LocalDate fin = debut.plusMonths(t.months());

        // Calendar of the slots planned as sessions, about monthly, none in August, none after 19 December.
        int planned = between(r, t.sessions()[0], t.sessions()[1]);
        // About monthly (the protocol's rhythm); the programme's last months are left to the lab's launch.
        double gap = Math.min(33, (ChronoUnit.DAYS.between(debut, fin) - 45) / (double) planned);
        List<LocalDate> slots = new ArrayList<>();
        LocalDate d = workday(debut.plusDays(r.nextInt(0, 7)), r);
        for (int i = 0; i < planned; i++) {
            slots.add(d);
            d = workday(d.plusDays(Math.round(gap + r.nextInt(-5, 6))), r);
        }
        if (slots.get(slots.size() - 1).isAfter(fin.minusDays(7))) {
            fin = slots.get(slots.size() - 1).plusDays(14);
        }

        // The 2020 lockdown turns planned sessions into half-day video calls, which are not counted.
        List<LocalDate> countedDates = new ArrayList<>();
        List<LocalDate> lockdownVisio = new ArrayList<>();
        for (LocalDate s : slots) {
            boolean locked = !s.isBefore(Catalogue.LOCKDOWN_START) && s.isBefore(Catalogue.LOCKDOWN_END);
            (locked ? lockdownVisio : countedDates).add(s);
        }
        int n = countedDates.size();
        double[] days = days(n, t.days(), r);
        int immersionRank = r.nextDouble() < 0.8 ? between(r, 2, n - 1) : -1;

        List<Case> cases = new ArrayList<>();
        List<List<String>> casBySession = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            casBySession.add(new ArrayList<>());
        }
        placeCases(index, t, n, countedDates, casBySession, cases, r);

        List<Session> sessions = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            int rank = i + 1;
            boolean labo = rank >= t.labStart() && (rank == t.labStart() || r.nextDouble() < 0.85);
            String type = rank == immersionRank ? "immersion" : "session";
            String lieu = rank == immersionRank ? "Dans les services, " + t.ville()
                    : t.venues().get(r.nextInt(t.venues().size())) + ", " + t.ville();
            sessions.add(new Session("S%02d".formatted(rank), countedDates.get(i), days[i], type, lieu,
                    List.copyOf(casBySession.get(i)), labo, rank));
        }
        List<LocalDate> visio = new ArrayList<>(lockdownVisio);
        int checkpoints = between(r, 1, 2);
        for (int i = 0; i < checkpoints && n > 3; i++) {
            visio.add(countedDates.get(between(r, 1, n - 2)).plusDays(14));
        }
        visio.sort(Comparator.naturalOrder());
        for (int i = 0; i < visio.size(); i++) {
            sessions.add(new Session("V" + (i + 1), visio.get(i), 0.5, "visio", "Visioconférence", List.of(),
                    false, 0));
        }
        for (int i = 0; i < Catalogue.INTERTRANSFOS.size(); i++) {
            LocalDate it = Catalogue.INTERTRANSFOS.get(i);
            if (!it.isBefore(debut) && !it.isAfter(fin)) {
                sessions.add(new Session("IT%02d".formatted(i + 1), it, 1, "intertransfo",
                        Catalogue.INTERTRANSFO_HOSTS.get(i), List.of(), false, 0));
            }
        }
        if (t.programme().equals("post-transfo")) {
            for (int i = 0; i < Catalogue.ATELIERS_COLLECTIFS.size(); i++) {
                LocalDate ac = Catalogue.ATELIERS_COLLECTIFS.get(i);
                if (!ac.isBefore(debut.minusMonths(1)) && !ac.isAfter(fin)) {
                    sessions.add(new Session("AC" + (i + 1), ac, 1, "atelier-collectif",
                            i == 2 ? "Visioconférence" : "Belrive", List.of(), false, 0));
                }
            }
        }
        sessions.sort(Comparator.comparing(Session::date).thenComparing(Session::id));

        List<Participant> people = participants(id, t, debut, countedDates, r);
        return new Collectivite(index, t, id, nom, debut, fin, people, List.copyOf(sessions), List.copyOf(cases));
    }

    /** Session lengths: 2 days each, then half-days added or removed until the target total is reached. */
    private static double[] days(int n, double[] band, SplittableRandom r) {
        double target = Math.round((band[0] + r.nextDouble() * (band[1] - band[0])) * 2) / 2.0;
        target = Math.max(1.5 * n, Math.min(3.0 * n, target));
        double[] days = new double[n];
        java.util.Arrays.fill(days, 2.0);
        double sum = 2.0 * n;
        while (sum < target) {
            int i = r.nextInt(n);
            if (days[i] < 3) {
                days[i] += 0.5;
                sum += 0.5;
            }
        }
        while (sum > target) {
            int i = r.nextInt(n);
            if (days[i] > 1) {
                days[i] -= 0.5;
                sum -= 0.5;
            }
        }
        return days;
    }

    private static void placeCases(int index, Template t, int n, List<LocalDate> dates,
            List<List<String>> casBySession, List<Case> cases, SplittableRandom r) {
        List<Integer> bank = shuffled(Catalogue.CASES.size(), r);
        String[] forcedLast = {"propose", "abandonne", "retenu", "en-cours", "termine"};
        int cursor = 2;
        for (int c = 1; c <= t.cases(); c++) {
            String statut;
            if (c == 1) {
                statut = "termine";
            } else if (c == t.cases()) {
                statut = forcedLast[index % forcedLast.length];
            } else {
                statut = pick(r, new String[] {"termine", "en-cours", "retenu", "abandonne", "propose"},
                        new double[] {0.4, 0.3, 0.1, 0.12, 0.08});
            }
            int k = switch (statut) {
                case "termine" -> between(r, 2, 4);
                case "en-cours" -> between(r, 1, 3);
                case "propose" -> 0;
                default -> 1;
            };
            if (c == 1 && t.sixSessionCase()) {
                k = 6; // the protocol's 1–4 sessions per case, deliberately broken
            }
            String caseId = "C" + c;
            LocalDate first = null;
            LocalDate last = null;
            if (k > 0) {
                if (cursor > n - 2) {
                    cursor = 2 + r.nextInt(3);
                }
                int start = Math.min(cursor, n - 1);
                for (int rank = start; rank < start + k && rank <= n; rank++) {
                    casBySession.get(rank - 1).add(caseId);
                    first = first == null ? dates.get(rank - 1) : first;
                    last = dates.get(rank - 1);
                }
                cursor = start + Math.max(1, k - 1);
            }
            boolean weak = statut.equals("propose") || statut.equals("abandonne");
            String[] card = Catalogue.CASES.get(bank.get(c - 1));
            cases.add(new Case(caseId, card[0], card[1], card[2], methods(r), first,
                    statut.equals("termine") || statut.equals("abandonne") ? last : null, statut,
                    signal(r, weak), signal(r, weak), signal(r, weak)));
        }
    }

    private static List<String> methods(SplittableRandom r) {
        int k = between(r, 2, 5);
        List<Integer> idx = new ArrayList<>(shuffled(Catalogue.METHODS.size(), r).subList(0, k));
        idx.sort(Comparator.naturalOrder());
        return idx.stream().map(Catalogue.METHODS::get).toList();
    }

    private static String signal(SplittableRandom r, boolean weak) {
        return weak ? pick(r, new String[] {"vert", "orange", "rouge"}, new double[] {0.4, 0.35, 0.25})
                : pick(r, new String[] {"vert", "orange", "rouge"}, new double[] {0.75, 0.2, 0.05});
    }

    private static List<Participant> participants(String id, Template t, LocalDate debut, List<LocalDate> sessions,
            SplittableRandom r) {
        List<Participant> people = new ArrayList<>();
        List<String> directions = shuffled(Catalogue.DIRECTIONS.size(), r).subList(0, t.directions()).stream()
                .map(Catalogue.DIRECTIONS::get).toList();
        int initial = between(r, 18, 22);
        int n = sessions.size();
        int leavers = between(r, 2, 4);
        int joiners = between(r, 1, 3);
        int dropout = between(r, directions.size(), initial - 1);
        for (int i = 0; i < initial + joiners; i++) {
            String direction = i < directions.size() ? directions.get(i) : directions.get(r.nextInt(directions.size()));
            String categorie = pick(r, new String[] {"A", "B", "C", "contractuel"}, new double[] {0.45, 0.28, 0.17, 0.10});
            LocalDate entree;
            LocalDate sortie = null;
            if (i < initial) {
                entree = r.nextDouble() < 0.6 ? debut.minusDays(r.nextInt(3, 31)) : null;
                // Leavers are taken among the last initial members so every direction keeps someone.
                if (i >= initial - leavers) {
                    sortie = sessions.get(between(r, 2, Math.max(2, n - 4))).plusDays(r.nextInt(1, 21));
                }
            } else {
                entree = sessions.get(between(r, 1, Math.max(1, n / 2 - 1))).minusDays(r.nextInt(1, 11));
            }
            double propensity = i == dropout ? 0.35 : 0.65 + 0.33 * r.nextDouble();
            people.add(new Participant(id + "-a%02d".formatted(i + 1), "ambassadeur", direction, categorie, entree,
                    sortie, propensity));
        }
        int residents = r.nextDouble() < 0.25 ? 4 : 3;
        for (int i = 1; i <= residents; i++) {
            people.add(new Participant(id + "-r" + i, "resident", "", "", debut, null, 0.75));
        }
        people.add(new Participant(id + "-ref", "referent", "Direction générale des services", "A", null, null, 0.9));
        people.add(new Participant(id + "-coord", "coordinateur", "", "", null, null, 0.3));
        int elus = between(r, 1, 2);
        for (int i = 1; i <= elus; i++) {
            people.add(new Participant(id + "-e" + i, "elu", "", "", null, null, 0.05));
        }
        int relais = r.nextInt(0, 5);
        for (int i = 1; i <= relais; i++) {
            people.add(new Participant(id + "-rel" + i, "relais", directions.get(r.nextInt(directions.size())),
                    pick(r, new String[] {"A", "B", "C"}, new double[] {0.3, 0.35, 0.35}), null, null, 0));
        }
        return List.copyOf(people);
    }

    /** Sessions fall on Tuesdays mostly, else Mondays or Wednesdays; never in August or late December. */
    private static LocalDate workday(LocalDate d, SplittableRandom r) {
        if (d.getMonth() == Month.AUGUST) {
            d = d.withMonth(9).withDayOfMonth(1);
        }
        if (d.getMonth() == Month.DECEMBER && d.getDayOfMonth() > 12) {
            d = d.plusYears(1).withMonth(1).withDayOfMonth(7);
        }
        DayOfWeek day = pick(r, new DayOfWeek[] {DayOfWeek.TUESDAY, DayOfWeek.MONDAY, DayOfWeek.WEDNESDAY},
                new double[] {0.7, 0.15, 0.15});
        return d.with(TemporalAdjusters.nextOrSame(day));
    }

    static int between(SplittableRandom r, int min, int max) {
        return max <= min ? min : r.nextInt(min, max + 1);
    }

    static <T> T pick(SplittableRandom r, T[] values, double[] weights) {
        double x = r.nextDouble();
        for (int i = 0; i < values.length - 1; i++) {
            x -= weights[i];
            if (x < 0) {
                return values[i];
            }
        }
        return values[values.length - 1];
    }

    static List<Integer> shuffled(int size, SplittableRandom r) {
        List<Integer> list = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            list.add(i);
        }
        for (int i = size - 1; i > 0; i--) {
            int j = r.nextInt(i + 1);
            Integer tmp = list.get(i);
            list.set(i, list.get(j));
            list.set(j, tmp);
        }
        return list;
    }
}
