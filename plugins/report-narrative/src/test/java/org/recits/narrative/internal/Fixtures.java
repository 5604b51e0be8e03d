package org.recits.narrative.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.recits.api.data.Dataset;
import org.recits.api.indicator.Aggregation;
import org.recits.api.indicator.ChartKind;
import org.recits.api.indicator.ChartRole;
import org.recits.api.indicator.Direction;
import org.recits.api.indicator.IndicatorDefinition;
import org.recits.api.indicator.IndicatorRoles;
import org.recits.api.indicator.IndicatorValue;
import org.recits.api.indicator.Interval;
import org.recits.api.indicator.Planned;
import org.recits.api.indicator.TargetBand;
import org.recits.api.indicator.Temporality;
import org.recits.api.indicator.Unit;
import org.recits.api.indicator.ValueFamily;
import org.recits.api.model.CaseStatus;
import org.recits.api.model.Collectivite;
import org.recits.api.model.Funding;
import org.recits.api.model.FundingType;
import org.recits.api.model.LocalizedText;
import org.recits.api.model.Measure;
import org.recits.api.model.Period;
import org.recits.api.model.PracticalCase;
import org.recits.api.model.Quote;
import org.recits.api.model.Scope;
import org.recits.api.model.Session;
import org.recits.api.model.SessionType;
import org.recits.api.report.IndicatorResult;
import org.recits.api.report.Observation;
import org.recits.api.report.Report;

/** A small hand-made report for 2020-T1: Mulhouse and Paris. */
final class Fixtures {

    static final Period P = Period.quarter(2020, 1);
    static final Scope PROG = Scope.programme();
    static final Scope MUL = Scope.of("mulhouse");
    static final Scope PAR = Scope.of("paris");

    static final TargetBand AMB_BAND = TargetBand.of(List.of(Interval.closed(18, 22)),
            List.of(Interval.closed(15, 17), Interval.closed(23, 25)), LocalizedText.of("18–22 / 15–17 ou 23–25 / sinon",
                    "18–22 / 15–17 or 23–25 / otherwise"));
    static final TargetBand ATT_BAND = TargetBand.of(List.of(Interval.atLeast(0.8)),
            List.of(Interval.closedOpen(0.65, 0.8)), LocalizedText.of("≥ 80 % / 65–80 % / < 65 %"));

    /** The roles the shipped indicators declare, by code: key figures, charts, themes. */
    static final Map<String, IndicatorRoles> SHIPPED = Map.of(
            "PART_ACTIVE_AMBASSADORS", IndicatorRoles.NONE.withKeyFigure(1),
            "PROT_INTERVENTION_DAYS", IndicatorRoles.NONE.withKeyFigure(2)
                    .withChart(ChartRole.of(ChartKind.BARS_AGAINST_PLANNED, "jours-intervention", null))
                    .withPlanned(new Planned(35, LocalizedText.of("protocole : 35 jours", "protocol: 35 days"))),
            "PART_ATTENDANCE_RATE", IndicatorRoles.NONE.withKeyFigure(4)
                    .withChart(ChartRole.of(ChartKind.LINES, "assiduite", null)),
            "QUAL_SESSION_SATISFACTION", IndicatorRoles.NONE.withKeyFigure(5).withChart(ChartRole.values()),
            "DEM_VOICE", IndicatorRoles.NONE.withChart(ChartRole.values()));

    static final IndicatorDefinition AMB = def("PART_ACTIVE_AMBASSADORS", "Ambassadeurs actifs", "Active ambassadors",
            Unit.COUNT, ValueFamily.PARTICIPATION, AMB_BAND);
    static final IndicatorDefinition ATT = def("PART_ATTENDANCE_RATE", "Taux de présence", "Attendance rate",
            Unit.PERCENT, ValueFamily.PARTICIPATION, ATT_BAND);
    static final IndicatorDefinition DAYS = def("PROT_INTERVENTION_DAYS", "Jours d’intervention", "Intervention days",
            Unit.DAYS, ValueFamily.PROTOCOLE, TargetBand.NONE);
    static final IndicatorDefinition SAT = def("QUAL_SESSION_SATISFACTION", "Satisfaction des sessions",
            "Session satisfaction", Unit.SCORE, ValueFamily.QUALITE, TargetBand.NONE);
    static final IndicatorDefinition DEM = def("DEM_VOICE", "Voix des agents", "Agents’ voice", Unit.SCORE,
            ValueFamily.DEMOCRATIE, TargetBand.NONE);

    private Fixtures() {
    }

    /** A definition, with the roles of {@link #SHIPPED} for its code, none for others. */
    static IndicatorDefinition def(String code, String fr, String en, Unit unit, ValueFamily family, TargetBand band) {
        return new IndicatorDefinition(code, LocalizedText.of(fr, en), LocalizedText.of(fr, en),
                LocalizedText.of("test", "test"), unit, Direction.HIGHER_IS_BETTER, family,
                Temporality.FLOW_IN_PERIOD, Aggregation.MEAN, band, "test", SHIPPED.get(code));
    }

    static Observation obs(Period p, Double v, TargetBand band) {
        IndicatorValue value = v == null
                ? IndicatorValue.notComputable(LocalizedText.of("aucune réponse à l’enquête", "no survey answer"), band)
                : IndicatorValue.of(v, band);
        return new Observation(p, value, false);
    }

    /** The current value and the one of the previous quarter (older trend periods n/d). */
    static IndicatorResult result(IndicatorDefinition d, Scope s, Observation current, Double previous,
            List<LocalizedText> sentences) {
        List<Period> ps = P.previous(4);
        List<Observation> prev = new ArrayList<>();
        for (int i = 0; i < ps.size(); i++) {
            prev.add(obs(ps.get(i), i == ps.size() - 1 ? previous : null, d.target()));
        }
        return new IndicatorResult(d, "test 1.0", s, current, prev, sentences);
    }

    static IndicatorResult result(IndicatorDefinition d, Scope s, Double current, Double previous) {
        return result(d, s, obs(P, current, d.target()), previous, List.of());
    }

    static Quote quote(String coll, String text, Measure m, boolean consent, int line) {
        return new Quote(coll, text, LocalDate.of(2020, 2, line % 28 + 1), null, null, "agent", m, consent, null,
                new org.recits.api.model.SourceRef("verbatims.csv", line));
    }

    static List<Quote> quotes() {
        return List.of(
                quote("mulhouse", "On a enfin pu parler aux usagers.", Measure.DEMOCRATIE, true, 2),
                quote("mulhouse", "Secret : les élus ne sont jamais venus.", Measure.DEMOCRATIE, false, 3),
                quote("paris", "Les ateliers ouvrent la décision.", Measure.DEMOCRATIE, true, 4),
                quote("paris", "Il manque du temps entre deux sessions.", Measure.DEMOCRATIE, true, 5),
                quote("paris", "Le prototype a changé le guichet.", Measure.QUALITE, true, 6));
    }

    static Dataset data() {
        Dataset.Builder b = Dataset.builder()
                .add(new Collectivite("mulhouse", "Mulhouse", "commune", "transfo", null, null, null, null))
                .add(new Collectivite("paris", "Paris", "commune", "transfo", null, null, null, null))
                // Mulhouse, 2020-T1: two counted sessions, 2 + 1.5 = 3.5 days; one InterTransfo (not counted)
                .add(new Session("mulhouse", "s1", LocalDate.of(2020, 1, 14), 2, SessionType.SESSION, null,
                        List.of("c1"), false, null, null))
                .add(new Session("mulhouse", "s2", LocalDate.of(2020, 3, 3), 1.5, SessionType.SESSION, null,
                        List.of("c1"), true, null, null))
                .add(new Session("mulhouse", "it", LocalDate.of(2020, 1, 25), 1, SessionType.INTERTRANSFO, null,
                        List.of(), false, null, null))
                // Paris records the same InterTransfo (one event of the programme, two rows)
                .add(new Session("paris", "it", LocalDate.of(2020, 1, 25), 1, SessionType.INTERTRANSFO, null,
                        List.of(), false, null, null))
                // Paris: one session in the quarter, one planned in 2020-T2
                .add(new Session("paris", "p1", LocalDate.of(2020, 2, 1), 3, SessionType.SESSION, null, List.of(),
                        false, null, null))
                .add(new Session("paris", "p2", LocalDate.of(2020, 4, 7), 2, SessionType.SESSION, null, List.of(),
                        false, null, null))
                .add(new PracticalCase("mulhouse", "c1", "Carte Max", null, null, List.of("immersion", "prototypage"),
                        LocalDate.of(2019, 10, 1), null, CaseStatus.EN_COURS, null, null, null, null, null))
                .add(new Funding("mulhouse", "Ville", FundingType.COLLECTIVITE, new BigDecimal("120000"), null, null,
                        null, null))
                .add(new Funding("mulhouse", "Fondation", FundingType.FONDATION, new BigDecimal("80000"), null, null,
                        null, null));
        quotes().forEach(b::add);
        return b.build();
    }

    static List<IndicatorResult> results() {
        return List.of(
                result(AMB, PROG, 38.0, 36.0),
                result(AMB, MUL, obs(P, 18.0, AMB_BAND), 16.0, List.of(LocalizedText.of(
                        "18 ambassadeurs actifs sur 20 attendus.", "18 active ambassadors out of 20 expected."))),
                result(AMB, PAR, 20.0, 20.0),
                result(ATT, PROG, 0.82, 0.78),
                result(ATT, MUL, 0.9, 0.85),
                result(ATT, PAR, 0.58, 0.7),
                result(DAYS, PROG, 33.5, 27.0),
                result(SAT, PROG, 4.2, 4.0),
                result(SAT, MUL, 4.1, null),
                result(SAT, PAR, new Observation(P, IndicatorValue.of(4.7, TargetBand.NONE).withPopulation(3), true),
                        null, List.of()),
                result(DEM, PROG, null, null));
    }

    static Report report(Locale locale) {
        return report(locale, List.of());
    }

    static Report report(Locale locale, List<org.recits.api.report.PluginFailure> failures) {
        Dataset data = data();
        List<Quote> consented = data.quotes(PROG).stream().filter(Quote::consent).toList();
        return new Report(P, P.previous(4), List.of(PROG, MUL, PAR), locale, P.end(), results(), data, consented,
                List.of(), failures, 5);
    }
}
