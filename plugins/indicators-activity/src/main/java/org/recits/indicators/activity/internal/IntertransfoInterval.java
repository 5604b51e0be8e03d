package org.recits.indicators.activity.internal;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.TreeSet;
import org.osgi.service.component.annotations.Component;
import org.recits.api.data.Dataset;
import org.recits.api.indicator.Aggregation;
import org.recits.api.indicator.Detail;
import org.recits.api.indicator.Direction;
import org.recits.api.indicator.Indicator;
import org.recits.api.indicator.IndicatorValue;
import org.recits.api.indicator.Interval;
import org.recits.api.indicator.TargetBand;
import org.recits.api.indicator.Temporality;
import org.recits.api.indicator.Unit;
import org.recits.api.model.LocalizedText;
import org.recits.api.model.Period;
import org.recits.api.model.Scope;
import org.recits.api.model.Session;
import org.recits.api.model.SessionType;

/** PROT_INTERTRANSFO_INTERVAL: the longest wait between two InterTransfo gatherings. */
@Component(service = Indicator.class)
public final class IntertransfoInterval extends ActivityIndicator {

    static final TargetBand BAND = Bands.of(List.of(Interval.atMost(6)), List.of(Interval.openClosed(6, 8)),
            "≤ 6 / 6–8 / > 8", "≤ 6 / 6–8 / > 8");

    static final String SINCE_LAST = "months_since_last";

    public IntertransfoInterval() {
        super(definition("PROT_INTERTRANSFO_INTERVAL",
                LocalizedText.of("Écart entre InterTransfos", "Gap between InterTransfos"),
                LocalizedText.of("Plus long écart, en mois, entre deux InterTransfos successives.",
                        "Longest gap, in months, between two successive InterTransfos."),
                LocalizedText.of(
                        "Plus grand écart entre deux dates distinctes successives d’événements de type intertransfo "
                                + "de date_debut ≤ fin de période, en mois civils\u00a0: mois entiers d’une date à l’autre "
                                + "plus la fraction écoulée du mois suivant (du 10/06 au 25/02\u00a0: 8 + 15/29). "
                                + "Programme\u00a0: sur les dates distinctes de toutes les collectivités.",
                        "Longest gap between two successive distinct dates of intertransfo events with date_debut "
                                + "≤ the period’s end, in calendar months: whole months from one date to the next "
                                + "plus the elapsed fraction of the following month (10 June to 25 February: 8 + "
                                + "15/29). Programme: over the distinct dates of every local authority."),
                Unit.MONTHS, Direction.LOWER_IS_BETTER, Temporality.UP_TO_PERIOD, Aggregation.DISTINCT, BAND));
    }

    @Override
    public IndicatorValue compute(Dataset data, Scope scope, Period period) {
        // Several collectivités list the same InterTransfo: one date is one event for the programme.
        TreeSet<LocalDate> dates = new TreeSet<>();
        for (String c : collectivites(data, scope)) {
            for (Session s : data.sessions(Scope.of(c))) {
                if (s.type() == SessionType.INTERTRANSFO && period.upTo(s.dateDebut())) {
                    dates.add(s.dateDebut());
                }
            }
        }
        if (dates.size() < 2) {
            return IndicatorValue.notComputable(Texts.text("nd.fewerThanTwoInterTransfos", String.valueOf(dates.size())), band());
        }
        double longest = 0;
        LocalDate previous = null;
        for (LocalDate d : dates) {
            if (previous != null) {
                longest = Math.max(longest, months(previous, d));
            }
            previous = d;
        }
        IndicatorValue v = IndicatorValue.of(longest, band()).withDetail(new Detail(SINCE_LAST,
                Texts.text("text.monthsSinceTheLastInterTransfo"),
                months(dates.last(), period.end()), Unit.MONTHS));
        return scope.isProgramme() ? v.withNote(Texts.text("note.programmeInterTransfoDates", String.valueOf(dates.size())))
                : v;
    }

    /** Calendar months from {@code a} to {@code b} (a ≤ b): whole months, plus the elapsed fraction of the next one. */
    static double months(LocalDate a, LocalDate b) {
        long whole = ChronoUnit.MONTHS.between(a, b);
        LocalDate from = a.plusMonths(whole);
        LocalDate next = a.plusMonths(whole + 1);
        return whole + (double) ChronoUnit.DAYS.between(from, b) / ChronoUnit.DAYS.between(from, next);
    }
}
