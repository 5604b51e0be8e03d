package org.recits.report.excel.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.recits.api.data.Dataset;
import org.recits.api.data.Finding;
import org.recits.api.data.SourceFile;
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
import org.recits.api.model.Collectivite;
import org.recits.api.model.Funding;
import org.recits.api.model.FundingType;
import org.recits.api.model.LocalizedText;
import org.recits.api.model.Period;
import org.recits.api.model.Scope;
import org.recits.api.model.Session;
import org.recits.api.model.SessionType;
import org.recits.api.model.SourceRef;
import org.recits.api.report.IndicatorResult;
import org.recits.api.report.Observation;
import org.recits.api.report.PluginFailure;
import org.recits.api.report.PluginInfo;
import org.recits.api.report.Report;

/**
 * A small hand-made report: 2020-T1 with two previous quarters, the programme and two collectivités,
 * five indicators, a suppressed value, an n/d value, a ratio, an interval, findings and sources.
 */
final class Fixtures {

    static final Period P = Period.quarter(2020, 1);
    static final Period T3 = Period.quarter(2019, 3);
    static final Period T4 = Period.quarter(2019, 4);
    static final Scope PROG = Scope.programme();
    static final Scope MUL = Scope.of("mulhouse");
    static final Scope STR = Scope.of("strasbourg");
    static final String PROVIDER = "org.recits.indicators.activity 0.1.0";

    static final TargetBand PCT_BAND = TargetBand.of(List.of(Interval.atLeast(0.8)),
            List.of(Interval.closedOpen(0.65, 0.8)), LocalizedText.of("≥ 80 % / 65–80 % / < 65 %"));
    static final TargetBand DAYS_BAND = TargetBand.of(List.of(Interval.closed(30, 40)),
            List.of(Interval.closedOpen(20, 30), Interval.openClosed(40, 45)),
            LocalizedText.of("30–40 / 20–30 ou 40–45 / sinon", "30–40 / 20–30 or 40–45 / otherwise"));

    // The roles the shipped indicators declare: the summary's columns and charts follow from them.
    private static final IndicatorRoles FUNDING = IndicatorRoles.NONE.withChart(
            ChartRole.of(ChartKind.SHARE, "financement", LocalizedText.of("Qui finance ? {0}")));
    static final IndicatorDefinition ATTENDANCE = def("PART_ATTENDANCE_RATE", "Taux de présence",
            "Attendance rate", Unit.PERCENT, ValueFamily.PARTICIPATION, PCT_BAND).withRoles(IndicatorRoles.NONE
                    .withHeadline(2).withChart(ChartRole.of(ChartKind.LINES, "assiduite", null)));
    static final IndicatorDefinition DAYS = def("PROT_INTERVENTION_DAYS", "Jours d’intervention",
            "Intervention days", Unit.DAYS, ValueFamily.PROTOCOLE, DAYS_BAND).withRoles(IndicatorRoles.NONE
                    .withHeadline(4).withPlanned(new Planned(35, LocalizedText.of("protocole : 35 jours"))));
    static final IndicatorDefinition LAB = def("PROT_LAB_WORK_START", "Début du travail labo",
            "Lab work start", Unit.RANK, ValueFamily.PROTOCOLE, TargetBand.NONE);
    static final IndicatorDefinition COLL_SHARE = def("FIN_COLLECTIVITE_SHARE", "Part collectivité",
            "Collectivité share", Unit.PERCENT, ValueFamily.FINANCE, TargetBand.NONE).withRoles(FUNDING.withHeadline(9));
    static final IndicatorDefinition PARTNER_SHARE = def("FIN_PARTNER_SHARE", "Part partenaires",
            "Partner share", Unit.PERCENT, ValueFamily.FINANCE, TargetBand.NONE).withRoles(FUNDING.withHeadline(10));
    static final IndicatorDefinition DEMOCRACY = def("VAL_DEMOCRATIE", "Démocratie (score)", "Democracy (score)",
            Unit.SCORE, ValueFamily.DEMOCRATIE, TargetBand.NONE);

    private Fixtures() {
    }

    static IndicatorDefinition def(String code, String fr, String en, Unit unit, ValueFamily family,
            TargetBand band) {
        return new IndicatorDefinition(code, LocalizedText.of(fr, en),
                LocalizedText.of("Description de " + code, "Description of " + code),
                LocalizedText.of("Formule de " + code, "Formula of " + code), unit, Direction.HIGHER_IS_BETTER,
                family, Temporality.FLOW_IN_PERIOD, Aggregation.RATIO_OF_SUMS, band, "définitions Récits v1");
    }

    static Observation obs(Period p, IndicatorValue v) {
        return new Observation(p, v, false);
    }

    static Observation hidden(Period p, IndicatorValue v) {
        return new Observation(p, v, true);
    }

    static IndicatorResult result(IndicatorDefinition d, Scope s, Observation t3, Observation t4, Observation cur) {
        return new IndicatorResult(d, PROVIDER, s, cur, List.of(t3, t4));
    }

    static IndicatorValue value(double v, TargetBand band) {
        return IndicatorValue.of(v, band);
    }

    static Dataset data() {
        SourceRef col = new SourceRef("collectivites.csv", 2);
        return Dataset.builder()
                // 2 rows of the Collectivités table
                .add(new Collectivite("mulhouse", "Mulhouse", "commune", "transfo", null, null, null, col))
                .add(new Collectivite("strasbourg", "Strasbourg", "metropole", "transfo", null, null, null,
                        new SourceRef("collectivites.csv", 3)))
                // one row of the Sessions table
                .add(new Session("mulhouse", "S1", LocalDate.of(2020, 1, 14), 2, SessionType.SESSION, null, List.of(),
                        false, null, new SourceRef("sessions.csv", 2)))
                // one row of the Financements table
                .add(new Funding("mulhouse", "Fondation X", FundingType.FONDATION, new BigDecimal("12000"),
                        LocalDate.of(2019, 11, 5), null, null, new SourceRef("financements.csv", 2)))
                .source(new SourceFile("sessions.csv", "ab".repeat(32), "activity", "0.1.0",
                        List.of(new SourceFile.TableCount("sessions", 3, 2, 1))))
                .finding(Finding.rejected("sessions.csv", 4, "jours", "-2",
                        LocalizedText.of("Nombre de jours négatif.", "Negative number of days.")))
                .finding(Finding.warning("financements.csv", 0, null, null,
                        LocalizedText.of("Aucune date.", "No date.")))
                .build();
    }

    static Report report(Locale locale) {
        List<IndicatorResult> results = new ArrayList<>();
        // PART_ATTENDANCE_RATE: Indicateurs rows 2–10 (3 scopes × 3 periods).
        results.add(result(ATTENDANCE, PROG,
                obs(T3, IndicatorValue.ratio(60, 80, PCT_BAND, null).withPopulation(12)),
                obs(T4, IndicatorValue.ratio(70, 100, PCT_BAND, null).withPopulation(12)),
                obs(P, IndicatorValue.ratio(90, 120, PCT_BAND, null).withPopulation(12))));     // 0.75 orange
        results.add(result(ATTENDANCE, MUL,
                obs(T3, IndicatorValue.ratio(30, 40, PCT_BAND, null).withPopulation(6)),
                obs(T4, IndicatorValue.ratio(35, 40, PCT_BAND, null).withPopulation(6)),
                obs(P, IndicatorValue.ratio(40, 50, PCT_BAND, null).withPopulation(6))));       // 0.8 green
        results.add(result(ATTENDANCE, STR,
                obs(T3, IndicatorValue.ratio(30, 40, PCT_BAND, null).withPopulation(6)),
                hidden(T4, IndicatorValue.ratio(17, 30, PCT_BAND, null).withPopulation(3)),     // suppressed
                obs(P, IndicatorValue.ratio(35, 70, PCT_BAND, null).withPopulation(6))));       // 0.5 red
        // PROT_INTERVENTION_DAYS: rows 11–19
        results.add(result(DAYS, PROG, obs(T3, value(20, DAYS_BAND)), obs(T4, value(40, DAYS_BAND)),
                obs(P, value(58.5, DAYS_BAND))));
        results.add(result(DAYS, MUL, obs(T3, value(10, DAYS_BAND)), obs(T4, value(20, DAYS_BAND)),
                obs(P, value(28, DAYS_BAND))));
        results.add(result(DAYS, STR, obs(T3, value(10, DAYS_BAND)), obs(T4, value(20, DAYS_BAND)),
                obs(P, value(30.5, DAYS_BAND))));
        // PROT_LAB_WORK_START: rows 20–28, n/d for Strasbourg
        LocalizedText none = LocalizedText.of("Aucune session de travail labo.", "No lab work session yet.");
        for (Scope s : List.of(PROG, MUL, STR)) {
            IndicatorValue cur = s.equals(STR) ? IndicatorValue.notComputable(none, TargetBand.NONE)
                    : value(5, TargetBand.NONE);
            results.add(result(LAB, s, obs(T3, IndicatorValue.notComputable(none, TargetBand.NONE)),
                    obs(T4, IndicatorValue.notComputable(none, TargetBand.NONE)), obs(P, cur)));
        }
        // FIN shares: rows 29–37 and 38–46
        double[][] shares = {{0.58, 0.42}, {0.6, 0.4}, {0.55, 0.45}};
        List<Scope> scopes = List.of(PROG, MUL, STR);
        for (int k = 0; k < 2; k++) {
            IndicatorDefinition d = k == 0 ? COLL_SHARE : PARTNER_SHARE;
            for (int i = 0; i < 3; i++) {
                IndicatorValue v = value(shares[i][k], TargetBand.NONE);
                results.add(result(d, scopes.get(i), obs(T3, v), obs(T4, v), obs(P, v)));
            }
        }
        // VAL_DEMOCRATIE: rows 47–55, with interval; Strasbourg's current value suppressed
        results.add(result(DEMOCRACY, PROG, obs(T3, value(3.5, TargetBand.NONE)), obs(T4, value(3.6, TargetBand.NONE)),
                obs(P, value(4.0, TargetBand.NONE).withPopulation(12).withInterval(3.7, 4.3))));
        results.add(result(DEMOCRACY, MUL, obs(T3, value(3.5, TargetBand.NONE)), obs(T4, value(3.6, TargetBand.NONE)),
                obs(P, value(3.8, TargetBand.NONE).withPopulation(9).withInterval(3.4, 4.2))));
        results.add(result(DEMOCRACY, STR, obs(T3, value(3.5, TargetBand.NONE)), obs(T4, value(3.6, TargetBand.NONE)),
                hidden(P, value(4.5, TargetBand.NONE).withPopulation(3).withInterval(4.1, 4.9))));
        return new Report(P, List.of(T3, T4), List.of(PROG, MUL, STR), locale, P.end(), results, data(), List.of(),
                List.of(new PluginInfo("ingestor", "activity", "org.recits.ingest.activity", "0.1.0"),
                        new PluginInfo("renderer", "excel", "org.recits.report.excel", "0.1.0")),
                List.of(new PluginFailure("broken (org.example.broken 1.0.0)", "compute", "boom")), 5);
    }
}
