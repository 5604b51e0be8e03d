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
import org.recits.api.text.Bilingual;

/**
 * EX_IMMERSION_SHARE: the share of intervention days, up to the period's end, spent in immersion
 * (in the field, with users and agents) rather than in sessions. Not a product indicator: an example
 * of what a lab adds for itself.
 */
@Component(service = Indicator.class)
public final class ImmersionShare implements Indicator {

    /** The texts of this package's messages.properties (French) and messages_en.properties, both at once. */
    private static final Bilingual TEXTS = Bilingual.of(ImmersionShare.class);

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
        return IndicatorValue.ratio(immersion, all, BAND, TEXTS.get("nd.noDay"));
    }

    /**
     * What the narrative says: the share with its days, then the change since the previous period.
     * Optional: without it the narrative writes a generic sentence from the definition.
     */
    @Override
    public List<LocalizedText> sentences(Scope scope, String name, Period period, IndicatorValue current,
            IndicatorValue previous) {
        // The collectivité's name leads the sentence (« Ville de Belrive : … »): a name written with its own
        // article or none (« Arlon Métropole ») takes no preposition that would have to agree with it.
        LocalizedText where = scope.isProgramme() ? TEXTS.get("where.programme")
                : TEXTS.get("where.collectivite", name);
        List<LocalizedText> out = new ArrayList<>();
        out.add(TEXTS.get("sentence.share", where, percent(current.value()), current.numerator(),
                current.denominator()));
        if (previous != null) {
            long points = Math.round(100 * (current.value() - previous.value()));
            if (points != 0) {
                Period before = period.previous();
                // A LocalizedText argument is taken in the sentence's language: 2020-T1, 2020-Q1.
                out.add(TEXTS.get("sentence.change", Math.abs(points), points,
                        LocalizedText.of(before.label(), before.label(Locale.ENGLISH))));
            }
        }
        return out;
    }

    /** French writes a space before « % », English none. */
    private static LocalizedText percent(double fraction) {
        long p = Math.round(100 * fraction);
        return LocalizedText.of(p + " %", p + "%");
    }
}
