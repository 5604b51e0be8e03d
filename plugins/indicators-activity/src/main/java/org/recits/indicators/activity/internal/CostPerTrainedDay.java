package org.recits.indicators.activity.internal;

import java.math.BigDecimal;
import java.util.List;
import org.osgi.service.component.annotations.Component;
import org.recits.api.data.Dataset;
import org.recits.api.data.RecordedAttendance;
import org.recits.api.indicator.Aggregation;
import org.recits.api.indicator.ChartRole;
import org.recits.api.indicator.Direction;
import org.recits.api.indicator.Indicator;
import org.recits.api.indicator.IndicatorRoles;
import org.recits.api.indicator.IndicatorValue;
import org.recits.api.indicator.TargetBand;
import org.recits.api.indicator.Temporality;
import org.recits.api.indicator.Unit;
import org.recits.api.model.LocalizedText;
import org.recits.api.model.Period;
import org.recits.api.model.Scope;
import org.recits.api.model.Session;

/** PROD_COST_PER_TRAINED_DAY: funding per day an ambassador actually spent in training. */
@Component(service = Indicator.class)
public final class CostPerTrainedDay extends ActivityIndicator {

    /** Roles: among the values’ charts per collectivité (productivity). */
    static final IndicatorRoles ROLES = IndicatorRoles.NONE.withChart(ChartRole.values());

    public CostPerTrainedDay() {
        super(definition("PROD_COST_PER_TRAINED_DAY",
                LocalizedText.of("Coût par jour formé", "Cost per trained day"),
                LocalizedText.of("Financement rapporté aux journées de présence des ambassadeurs\u202f; suivi en tendance.",
                        "Funding per day of ambassador attendance; followed as a trend."),
                LocalizedText.of(
                        "Σ montant_eur des lignes de financements.csv de date vide ou ≤ fin de période ÷ Σ jours "
                                + "présents des participants de rôle ambassadeur aux sessions et immersions de "
                                + "date_debut ≤ fin de période (jours_presents, ou jours de la session si vide, "
                                + "plafonné aux jours de la session, par personne et par session), en euros. Programme\u00a0: Σ montants ÷ Σ jours, sur les collectivités qui ont au "
                                + "moins une ligne de financement à cette date. Les sessions sans aucune présence saisie n’apportent "
                                + "aucun jour\u00a0: la valeur en donne le nombre (coût surestimé).",
                        "Σ montant_eur of the financements.csv rows with date empty or ≤ the period’s end ÷ Σ "
                                + "present days of the participants with role ambassadeur at the sessions and "
                                + "immersions with date_debut ≤ the period’s end (jours_presents, or the session’s "
                                + "jours when empty, capped at the session’s jours, per person and session), in euros. Programme: Σ amounts "
                                + "÷ Σ days, over the local authorities with at least one funding row by then. Sessions with no "
                                + "attendance recorded add no day: the value gives how many (cost overstated)."),
                Unit.EUR_PER_DAY, Direction.NEUTRAL, Temporality.UP_TO_PERIOD, Aggregation.RATIO_OF_SUMS,
                TargetBand.NONE).withRoles(ROLES));
    }

    @Override
    public IndicatorValue compute(Dataset data, Scope scope, Period period) {
        BigDecimal money = BigDecimal.ZERO;
        boolean anyFunding = false;
        double days = 0;
        int unrecorded = 0;
        RecordedAttendance recorded = RecordedAttendance.of(data, scope);
        for (String c : collectivites(data, scope)) {
            FundingTotals funding = FundingTotals.of(data, List.of(c), period);
            // A collectivité with no funding row is missing money, not €0: its days would lower the programme's cost.
            if (funding.rows() == 0) {
                continue;
            }
            anyFunding = true;
            money = money.add(funding.total());
            Ambassadors amb = Ambassadors.of(data, c);
            List<Session> sessions = Activity.countedSessions(data, c, period::upTo);
            // Money cannot be split by session: a session whose attendance was not entered adds no day, and the note says so.
            unrecorded += recorded.missing(sessions).size();
            days += Activity.presentDays(data, c, Activity.byId(sessions), (who, s) -> amb.contains(who));
        }
        if (!anyFunding) {
            return IndicatorValue.notComputable(Funds.NONE, band());
        }
        // Money, not people: no population, so the figure is never suppressed.
        IndicatorValue v = IndicatorValue.ratio(money.doubleValue(), days, band(),
                Texts.text("text.noAmbassadorAttendanceDayByThen"));
        return unrecorded == 0 || !v.isComputable() ? v
                : v.withNote(Texts.text("note.costSessionsWithoutAttendance", unrecorded));
    }
}
