package org.recits.indicators.activity.internal;

import java.util.List;
import java.util.Set;
import org.osgi.service.component.annotations.Component;
import org.recits.api.data.Dataset;
import org.recits.api.indicator.ActivityRecord;
import org.recits.api.indicator.Aggregation;
import org.recits.api.indicator.Direction;
import org.recits.api.indicator.Indicator;
import org.recits.api.indicator.IndicatorRoles;
import org.recits.api.indicator.IndicatorValue;
import org.recits.api.indicator.Interval;
import org.recits.api.indicator.TargetBand;
import org.recits.api.indicator.Temporality;
import org.recits.api.indicator.Unit;
import org.recits.api.model.LocalizedText;
import org.recits.api.model.Period;
import org.recits.api.model.Scope;
import org.recits.api.model.Session;

/** PART_RETENTION_RATE: how much of the starting group is still there. */
@Component(service = Indicator.class)
public final class RetentionRate extends ActivityIndicator {

    static final TargetBand BAND = Bands.of(List.of(Interval.atLeast(0.8)), List.of(Interval.closedOpen(0.6, 0.8)),
            "≥ 80\u00a0% / 60–80\u00a0% / < 60\u00a0%", "≥ 80% / 60–80% / < 60%");

    /** Roles: a headline figure. */
    static final IndicatorRoles ROLES = IndicatorRoles.NONE.withHeadline(3);

    public RetentionRate() {
        super(definition("PART_RETENTION_RATE",
                LocalizedText.of("Taux de maintien", "Retention rate"),
                LocalizedText.of("Part du groupe de départ encore active à la fin de la période.",
                        "Share of the starting group still active at the period’s end."),
                LocalizedText.of(
                        "Ambassadeurs actifs le dernier jour de la période et déjà actifs à la date de la première "
                                + "session comptée (session ou immersion) ÷ ambassadeurs actifs à cette première date. "
                                + "Programme\u00a0: chaque collectivité dont le programme court pendant la période, avec sa première date, Σ numérateurs ÷ Σ "
                                + "dénominateurs.",
                        "Ambassadors active on the period’s last day who were also active on the date of the first "
                                + "counted session (session or immersion) ÷ ambassadors active on that first date. "
                                + "Programme: each local authority whose programme runs during the period, with its own first date, Σ numerators ÷ Σ "
                                + "denominators."),
                Unit.PERCENT, Direction.HIGHER_IS_BETTER, Temporality.UP_TO_PERIOD, Aggregation.RATIO_OF_SUMS, BAND).withRoles(ROLES)
                .withActivityRead(ActivityRecord.PARTICIPANTS));
    }

    @Override
    public IndicatorValue compute(Dataset data, Scope scope, Period period) {
        int stayed = 0;
        int started = 0;
        boolean anySession = false;
        for (String c : running(data, scope, period)) {
            List<Session> sessions = Activity.countedSessions(data, c, period::upTo);
            if (sessions.isEmpty()) {
                continue;
            }
            anySession = true;
            Ambassadors amb = Ambassadors.of(data, c);
            Set<String> atStart = amb.activeOn(sessions.get(0).dateDebut());
            started += atStart.size();
            for (String id : atStart) {
                if (amb.isActive(id, period.end())) {
                    stayed++;
                }
            }
        }
        if (!anySession) {
            return IndicatorValue.notComputable(Texts.text("text.noCountedSessionByThen"), band());
        }
        return IndicatorValue.ratio(stayed, started, band(),
                Texts.text("text.noActiveAmbassadorAtTheFirst"))
                .withPopulation(started);
    }
}
