package org.recits.indicators.activity.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.recits.api.data.Dataset;
import org.recits.api.indicator.Indicator;
import org.recits.api.indicator.IndicatorValue;
import org.recits.api.model.Attendance;
import org.recits.api.model.CaseStatus;
import org.recits.api.model.Collectivite;
import org.recits.api.model.Funding;
import org.recits.api.model.FundingType;
import org.recits.api.model.GroupWeather;
import org.recits.api.model.Participant;
import org.recits.api.model.Period;
import org.recits.api.model.PracticalCase;
import org.recits.api.model.Role;
import org.recits.api.model.Scope;
import org.recits.api.model.Session;
import org.recits.api.model.SessionType;

/**
 * The small dataset every hand computation in the tests refers to. Two collectivités:
 *
 * <pre>
 * metz  (date_debut 2020-01-01, date_fin 2020-12-31: 366 days, 2020 is a leap year)
 *   participants  m1 ambassadeur Sports  A                          always there
 *                 m2 ambassadeur Sports  B          sortie 2020-02-15
 *                 m3 ambassadeur Culture C  entree 2020-02-01
 *                 m4 referent    Voirie              (never an ambassador)
 *   sessions      ms5 2019-06-10 1 d  intertransfo
 *                 ms1 2020-01-10 2 d  session    cas c1
 *                 ms2 2020-02-20 1 d  immersion  cas c1|c2
 *                 ms3 2020-02-25 1 d  intertransfo
 *                 ms4 2020-04-15 2 d  session    cas c2   travail_labo
 *                 ms6 2020-09-30 1 d  intertransfo
 *   presences     ms1: m1 (empty → 2), m2 1,5, m4 (empty, referent)
 *                 ms2: m1 3 (capped → 1), m3 (empty → 1), m2 1 (left on 15/02: not active)
 *                 ms3: m1 (event, never counted)   ms4: m1 (empty → 2), m3 1
 *   cas           c1 en-cours  2020-01-10  immersion|entretien
 *                 c2 retenu    2020-04-01  prototypage|"Entretien "
 *                 c3 abandonne 2020-01-05  jeu-de-role
 *   financements  Ville de Metz collectivite 30 000,00 2020-01-15 | Fondation A fondation 10 000,00 (no date)
 *                 État – FTAP etat 15 000,50 2020-05-01 | Ville de Metz collectivite 5 000,00 2020-06-01
 *   meteo         ms1 m1 5, ms1 m2 4, ms2 m1 3, ms3 m1 1, ms4 m1 2, "fantome" (unknown session) 1
 *
 * lille (no dates)
 *   participants  l1 ambassadeur Social    B
 *                 l2 ambassadeur (none)    contractuel
 *                 l3 ambassadeur Urbanisme A        sortie 2020-03-31 (the last day of 2020-T1)
 *   sessions      ls4 2019-06-10 1 d intertransfo (the same InterTransfo as metz's ms5)
 *                 ls0 2019-12-05 1 d (empty type)
 *                 ls1 2020-01-20 1 d (empty type) cas k1
 *                 ls2 2020-03-05 0,5 d session    cas k1  travail_labo
 *                 ls3 2020-03-10 1 d intertransfo
 *   presences     ls0: l1, l2 (empty → 1 each)   ls1: l1 (→ 1), l2 0,5   ls2: l1 (→ 0,5), l3 0,5
 *   cas           k1 (no status, no date) observation   k2 termine 2020-02-01 immersion|maquette
 *   financements  MEL collectivite 8 000 2019-10-01 | Fondation A fondation 2 000 2020-03-31
 *                 Europe FSE europe 10 000 2020-04-01
 *   meteo         ls1 (no participant) 4, ls2 l1 5, ls2 l2 5
 * </pre>
 */
final class Fixture {

    static final Scope METZ = Scope.of("metz");
    static final Scope LILLE = Scope.of("lille");
    static final Scope PROGRAMME = Scope.programme();
    /** In no record at all. */
    static final Scope ABSENT = Scope.of("absente");

    static final Period T1 = Period.parse("2020-T1");
    static final Period T2 = Period.parse("2020-T2");
    static final Period Y2020 = Period.parse("2020");
    static final Period Q4_2019 = Period.parse("2019-T4");
    static final Period Q3_2019 = Period.parse("2019-T3");

    static final Dataset DATA = Dataset.builder()
            .add(new Collectivite("metz", "Metz", "commune", "transfo", d("2020-01-01"), d("2020-12-31"), null, null))
            .add(new Collectivite("lille", "Lille", "commune", "transfo", null, null, null, null))
            .add(amb("metz", "m1", "Sports", "A", null, null))
            .add(amb("metz", "m2", "Sports", "B", null, "2020-02-15"))
            .add(amb("metz", "m3", "Culture", "C", "2020-02-01", null))
            .add(new Participant("metz", "m4", Role.REFERENT, "Voirie", "A", null, null, null, null))
            .add(amb("lille", "l1", "Social", "B", null, null))
            .add(amb("lille", "l2", null, "contractuel", null, null))
            .add(amb("lille", "l3", "Urbanisme", "A", null, "2020-03-31"))
            .add(s("metz", "ms1", "2020-01-10", 2, SessionType.SESSION, false, "c1"))
            .add(s("metz", "ms2", "2020-02-20", 1, SessionType.IMMERSION, false, "c1", "c2"))
            .add(s("metz", "ms3", "2020-02-25", 1, SessionType.INTERTRANSFO, false))
            .add(s("metz", "ms4", "2020-04-15", 2, SessionType.SESSION, true, "c2"))
            .add(s("metz", "ms5", "2019-06-10", 1, SessionType.INTERTRANSFO, false))
            .add(s("metz", "ms6", "2020-09-30", 1, SessionType.INTERTRANSFO, false))
            .add(s("lille", "ls0", "2019-12-05", 1, null, false))
            .add(s("lille", "ls1", "2020-01-20", 1, null, false, "k1"))
            .add(s("lille", "ls2", "2020-03-05", 0.5, SessionType.SESSION, true, "k1"))
            .add(s("lille", "ls3", "2020-03-10", 1, SessionType.INTERTRANSFO, false))
            .add(s("lille", "ls4", "2019-06-10", 1, SessionType.INTERTRANSFO, false))
            .add(att("metz", "ms1", "m1", null))
            .add(att("metz", "ms1", "m2", 1.5))
            .add(att("metz", "ms1", "m4", null))
            .add(att("metz", "ms2", "m1", 3.0))
            .add(att("metz", "ms2", "m3", null))
            .add(att("metz", "ms2", "m2", 1.0))
            .add(att("metz", "ms3", "m1", null))
            .add(att("metz", "ms4", "m1", null))
            .add(att("metz", "ms4", "m3", 1.0))
            .add(att("lille", "ls0", "l1", null))
            .add(att("lille", "ls0", "l2", null))
            .add(att("lille", "ls1", "l1", null))
            .add(att("lille", "ls1", "l2", 0.5))
            .add(att("lille", "ls2", "l1", null))
            .add(att("lille", "ls2", "l3", 0.5))
            .add(pc("metz", "c1", CaseStatus.EN_COURS, "2020-01-10", "immersion", "entretien"))
            .add(pc("metz", "c2", CaseStatus.RETENU, "2020-04-01", "prototypage", "Entretien "))
            .add(pc("metz", "c3", CaseStatus.ABANDONNE, "2020-01-05", "jeu-de-role"))
            .add(pc("lille", "k1", null, null, "observation"))
            .add(pc("lille", "k2", CaseStatus.TERMINE, "2020-02-01", "immersion", "maquette"))
            .add(f("metz", "Ville de Metz", FundingType.COLLECTIVITE, "30000.00", "2020-01-15"))
            .add(f("metz", "Fondation A", FundingType.FONDATION, "10000.00", null))
            .add(f("metz", "État – FTAP", FundingType.ETAT, "15000.50", "2020-05-01"))
            .add(f("metz", "Ville de Metz", FundingType.COLLECTIVITE, "5000.00", "2020-06-01"))
            .add(f("lille", "MEL", FundingType.COLLECTIVITE, "8000", "2019-10-01"))
            .add(f("lille", "Fondation A", FundingType.FONDATION, "2000", "2020-03-31"))
            .add(f("lille", "Europe FSE", FundingType.EUROPE, "10000", "2020-04-01"))
            .add(w("metz", "ms1", 5, "m1"))
            .add(w("metz", "ms1", 4, "m2"))
            .add(w("metz", "ms2", 3, "m1"))
            .add(w("metz", "ms3", 1, "m1"))
            .add(w("metz", "ms4", 2, "m1"))
            .add(w("metz", "fantome", 1, "m2"))
            .add(w("lille", "ls1", 4, null))
            .add(w("lille", "ls2", 5, "l1"))
            .add(w("lille", "ls2", 5, "l2"))
            .build();

    /** DATA with one more session of metz, ms7 (2020-03-25, 3 d), whose attendance was not entered: no row at all. */
    static final Dataset WITH_UNRECORDED_MS7 = DATA.toBuilder()
            .add(s("metz", "ms7", "2020-03-25", 3, SessionType.SESSION, false))
            .build();

    private Fixture() {
    }

    static IndicatorValue compute(Indicator indicator, Scope scope, Period period) {
        return indicator.compute(DATA, scope, period);
    }

    static LocalDate d(String iso) {
        return iso == null ? null : LocalDate.parse(iso);
    }

    static Participant amb(String c, String id, String direction, String category, String in, String out) {
        return new Participant(c, id, Role.AMBASSADEUR, direction, category, d(in), d(out), null, null);
    }

    static Session s(String c, String id, String date, double days, SessionType type, boolean lab, String... cases) {
        return new Session(c, id, d(date), days, type, null, List.of(cases), lab, Map.of(), null);
    }

    static Attendance att(String c, String session, String who, Double days) {
        return new Attendance(c, session, who, days, null, null);
    }

    static PracticalCase pc(String c, String id, CaseStatus status, String start, String... methods) {
        return new PracticalCase(c, id, "Cas " + id, null, null, List.of(methods), d(start), null, status, null, null,
                null, null, null);
    }

    static Funding f(String c, String funder, FundingType type, String amount, String date) {
        return new Funding(c, funder, type, new BigDecimal(amount), d(date), null, null, null);
    }

    static GroupWeather w(String c, String session, int score, String who) {
        return new GroupWeather(c, session, score, who, null, null, null);
    }
}
