package org.recits.example.immersion;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.osgi.service.component.annotations.Component;
import org.recits.api.data.Dataset;
import org.recits.api.indicator.Aggregation;
import org.recits.api.indicator.Direction;
import org.recits.api.indicator.Indicator;
import org.recits.api.indicator.IndicatorDefinition;
import org.recits.api.indicator.IndicatorValue;
import org.recits.api.indicator.Interval;
import org.recits.api.indicator.TargetBand;
import org.recits.api.indicator.Temporality;
import org.recits.api.indicator.Unit;
import org.recits.api.indicator.ValueFamily;
import org.recits.api.model.LocalizedText;
import org.recits.api.model.Period;
import org.recits.api.model.Scope;
import org.recits.api.model.Session;
import org.recits.api.model.SessionType;

/**
 * EX_IMMERSION_SHARE: the share of intervention days, up to the period's end, spent in immersion
 * (in the field, with users and agents) rather than in sessions. Not a product indicator: an example
 * of what a lab adds for itself.
 */
@Component(service = Indicator.class)
public final class ImmersionShare implements Indicator {

    private static final TargetBand BAND = TargetBand.of(List.of(Interval.atLeast(0.2)),
            List.of(Interval.closedOpen(0.1, 0.2)), LocalizedText.of("≥ 20 % / 10–20 % / < 10 %"));

    private static final IndicatorDefinition DEFINITION = new IndicatorDefinition("EX_IMMERSION_SHARE",
            LocalizedText.of("Part des jours en immersion", "Share of days in immersion"),
            LocalizedText.of("Quelle part du temps d’intervention se passe sur le terrain.",
                    "How much of the intervention time is spent in the field."),
            LocalizedText.of("Σ jours des immersions jusqu’à la fin de la période ÷ Σ jours des sessions et immersions",
                    "Σ days of immersions up to the period's end ÷ Σ days of sessions and immersions"),
            Unit.PERCENT, Direction.HIGHER_IS_BETTER, ValueFamily.QUALITE, Temporality.UP_TO_PERIOD,
            Aggregation.RATIO_OF_SUMS, BAND, "exemple");

    @Override
    public IndicatorDefinition definition() {
        return DEFINITION;
    }

    @Override
    public IndicatorValue compute(Dataset data, Scope scope, Period period) {
        double immersion = 0;
        double all = 0;
        for (Session s : data.sessions(scope)) {
            if (s.isCounted() && period.upTo(s.dateDebut())) {
                all += s.jours();
                if (s.type() == SessionType.IMMERSION) {
                    immersion += s.jours();
                }
            }
        }
        return IndicatorValue.ratio(immersion, all, BAND,
                LocalizedText.of("aucun jour d’intervention à cette date", "no intervention day by then"));
    }

    /**
     * What the narrative says: the share with its days, then the change since the previous period.
     * Optional: without it the narrative writes a generic sentence from the definition.
     */
    @Override
    public List<LocalizedText> sentences(Scope scope, Period period, IndicatorValue current,
            IndicatorValue previous) {
        String whereFr = scope.isProgramme() ? "Sur l’ensemble du programme" : "À " + scope.id();
        String whereEn = scope.isProgramme() ? "Across the programme" : "In " + scope.id();
        List<LocalizedText> out = new ArrayList<>();
        out.add(LocalizedText.of(
                String.format(Locale.FRENCH, "%s, %s des jours d’intervention se sont passés en immersion (%s jours sur %s).",
                        whereFr, percent(current.value()), days(current.numerator()), days(current.denominator())),
                String.format(Locale.ENGLISH, "%s, %s of the intervention days were spent in immersion (%s days out of %s).",
                        whereEn, percent(current.value()), days(current.numerator()), days(current.denominator()))));
        if (previous != null) {
            long points = Math.round(100 * (current.value() - previous.value()));
            if (points != 0) {
                out.add(LocalizedText.of(
                        String.format(Locale.FRENCH, "C’est %d point%s de %s qu’à la fin de %s.", Math.abs(points),
                                Math.abs(points) > 1 ? "s" : "", points > 0 ? "plus" : "moins",
                                period.previous().label()),
                        String.format(Locale.ENGLISH, "That is %d point%s %s than at the end of %s.", Math.abs(points),
                                Math.abs(points) > 1 ? "s" : "", points > 0 ? "more" : "less",
                                period.previous().label(Locale.ENGLISH))));
            }
        }
        return out;
    }

    private static String percent(double fraction) {
        return Math.round(100 * fraction) + " %";
    }

    /** Days as people write them: {@code 4}, {@code 2,5}. */
    private static String days(double d) {
        return d == Math.rint(d) ? Long.toString((long) d) : Double.toString(d).replace('.', ',');
    }
}
