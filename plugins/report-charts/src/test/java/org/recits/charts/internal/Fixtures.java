package org.recits.charts.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.recits.api.data.Dataset;
import org.recits.api.indicator.Aggregation;
import org.recits.api.indicator.Direction;
import org.recits.api.indicator.ChartKind;
import org.recits.api.indicator.ChartRole;
import org.recits.api.indicator.IndicatorDefinition;
import org.recits.api.indicator.IndicatorRoles;
import org.recits.api.indicator.IndicatorValue;
import org.recits.api.indicator.Interval;
import org.recits.api.indicator.Planned;
import org.recits.api.indicator.TargetBand;
import org.recits.api.indicator.Temporality;
import org.recits.api.indicator.Unit;
import org.recits.api.indicator.ValueFamily;
import org.recits.api.model.Collectivite;
import org.recits.api.model.LocalizedText;
import org.recits.api.model.Period;
import org.recits.api.model.Scope;
import org.recits.api.report.IndicatorResult;
import org.recits.api.report.Observation;
import org.recits.api.report.Report;

/** Small hand-made reports: two collectivités, 2020-T1 with four trend quarters. */
final class Fixtures {

    static final Period P = Period.quarter(2020, 1);
    static final Scope PROG = Scope.programme();
    static final Scope MUL = Scope.of("mulhouse");
    static final Scope PAR = Scope.of("paris");

    static final TargetBand ATTENDANCE_BAND = TargetBand.of(List.of(Interval.atLeast(0.8)),
            List.of(Interval.closedOpen(0.65, 0.8)), LocalizedText.of("≥ 80 % / 65–80 % / < 65 %"));

    private Fixtures() {
    }

    /** The chart roles the shipped indicators declare, by code; the charts follow from them. */
    static final Map<String, IndicatorRoles> SHIPPED = Map.of(
            "PART_ATTENDANCE_RATE", charted(ChartRole.of(ChartKind.LINES, "assiduite", null)),
            "QUAL_GROUP_WEATHER", charted(ChartRole.of(ChartKind.LINES, "meteo", null)),
            "PROT_INTERVENTION_DAYS", charted(ChartRole.of(ChartKind.BARS_AGAINST_PLANNED, "jours-intervention",
                    LocalizedText.of("Jours d’intervention cumulés par collectivité à fin {0}, au regard des 35 jours",
                            "Cumulative intervention days by collectivité at the end of {0}, against 35 days")))
                    .withPlanned(new Planned(35, LocalizedText.of("protocole : 35 jours", "protocol: 35 days"))),
            "PROT_CASES_COUNT", charted(ChartRole.of(ChartKind.BARS, "cas-methodes", null)),
            "FIN_COLLECTIVITE_SHARE", charted(ChartRole.of(ChartKind.SHARE, "financement", LocalizedText.of(
                    "Qui finance ? {0}", "Who pays? {0}"))),
            "QUAL_SESSION_SATISFACTION", charted(ChartRole.values()),
            "DEM_VOICE", charted(ChartRole.values()));

    private static IndicatorRoles charted(ChartRole chart) {
        return IndicatorRoles.NONE.withChart(chart);
    }

    /** A definition, with the roles of {@link #SHIPPED} for its code, none for others. */
    static IndicatorDefinition def(String code, String fr, String en, Unit unit, ValueFamily family, TargetBand band) {
        return new IndicatorDefinition(code, LocalizedText.of(fr, en), LocalizedText.of(fr, en),
                LocalizedText.of("test", "test"), unit, Direction.HIGHER_IS_BETTER, family,
                Temporality.FLOW_IN_PERIOD, Aggregation.MEAN, band, "test", SHIPPED.get(code));
    }

    static Observation obs(Period p, Double v, TargetBand band) {
        IndicatorValue value = v == null ? IndicatorValue.notComputable(LocalizedText.of("aucune session", "no session"), band)
                : IndicatorValue.of(v, band);
        return new Observation(p, value, false);
    }

    static Observation suppressed(Period p, double v, TargetBand band) {
        return new Observation(p, IndicatorValue.of(v, band).withPopulation(3), true);
    }

    /** Current value then four previous values, oldest first. */
    static IndicatorResult result(IndicatorDefinition d, Scope s, Observation current, Double... previous) {
        List<Period> ps = P.previous(4);
        List<Observation> prev = new ArrayList<>();
        for (int i = 0; i < ps.size(); i++) {
            prev.add(obs(ps.get(i), i < previous.length ? previous[i] : null, d.target()));
        }
        return new IndicatorResult(d, "test 1.0", s, current, prev);
    }

    static Dataset data() {
        return Dataset.builder()
                .add(new Collectivite("mulhouse", "Mulhouse", "commune", "transfo", null, null, null, null))
                .add(new Collectivite("paris", "Paris", "commune", "transfo", null, null, null, null))
                .build();
    }

    static Report report(List<IndicatorResult> results, Locale locale) {
        return new Report(P, P.previous(4), List.of(PROG, MUL, PAR), locale, P.end(), results, data(), List.of(),
                List.of(), List.of(), 5);
    }

    /** Every indicator a chart uses; Paris's satisfaction (4.7) rests on 3 people and is suppressed. */
    static List<IndicatorResult> full() {
        IndicatorDefinition att = def("PART_ATTENDANCE_RATE", "Taux de présence", "Attendance rate", Unit.PERCENT,
                ValueFamily.PARTICIPATION, ATTENDANCE_BAND);
        IndicatorDefinition wea = def("QUAL_GROUP_WEATHER", "Météo du groupe", "Group weather", Unit.SCORE,
                ValueFamily.QUALITE, TargetBand.NONE);
        IndicatorDefinition days = def("PROT_INTERVENTION_DAYS", "Jours d’intervention", "Intervention days",
                Unit.DAYS, ValueFamily.PROTOCOLE, TargetBand.of(List.of(Interval.closed(30, 40)), List.of(),
                        LocalizedText.of("30–40")));
        IndicatorDefinition cases = def("PROT_CASES_COUNT", "Cas pratiques", "Practical cases", Unit.COUNT,
                ValueFamily.PROTOCOLE, TargetBand.NONE);
        IndicatorDefinition fin = def("FIN_COLLECTIVITE_SHARE", "Part de la collectivité", "Collectivité share",
                Unit.PERCENT, ValueFamily.FINANCE, TargetBand.NONE);
        IndicatorDefinition sat = def("QUAL_SESSION_SATISFACTION", "Satisfaction des sessions", "Session satisfaction",
                Unit.SCORE, ValueFamily.QUALITE, TargetBand.NONE);
        IndicatorDefinition dem = def("DEM_VOICE", "Voix des agents", "Agents’ voice", Unit.SCORE,
                ValueFamily.DEMOCRATIE, TargetBand.NONE);
        return List.of(
                result(att, PROG, obs(P, 0.82, ATTENDANCE_BAND), 0.7, 0.75, 0.78, 0.8),
                result(att, MUL, obs(P, 0.9, ATTENDANCE_BAND), 0.8, 0.85, null, 0.88),
                result(att, PAR, obs(P, 0.74, ATTENDANCE_BAND), 0.6, 0.65, 0.7, 0.72),
                result(wea, PROG, obs(P, 3.8, TargetBand.NONE), 3.5, 3.6),
                result(days, PROG, obs(P, 52.0, days.target()), 20.0, 30.0, 40.0, 46.0),
                result(days, MUL, obs(P, 28.0, days.target()), 10.0, 15.0, 20.0, 25.0),
                result(days, PAR, obs(P, 24.0, days.target()), 10.0, 15.0, 20.0, 21.0),
                result(cases, MUL, obs(P, 3.0, TargetBand.NONE)),
                result(cases, PAR, obs(P, 2.0, TargetBand.NONE)),
                result(fin, PROG, obs(P, 0.6, TargetBand.NONE)),
                result(fin, MUL, obs(P, 0.55, TargetBand.NONE)),
                result(fin, PAR, obs(P, 0.65, TargetBand.NONE)),
                result(sat, MUL, obs(P, 4.2, TargetBand.NONE)),
                result(sat, PAR, suppressed(P, 4.7, TargetBand.NONE)),
                result(dem, MUL, obs(P, 3.1, TargetBand.NONE)),
                result(dem, PAR, obs(P, null, TargetBand.NONE)));
    }
}
