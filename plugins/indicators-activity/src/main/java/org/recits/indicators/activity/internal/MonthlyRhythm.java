package org.recits.indicators.activity.internal;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.osgi.service.component.annotations.Component;
import org.recits.api.data.Dataset;
import org.recits.api.indicator.Aggregation;
import org.recits.api.indicator.Direction;
import org.recits.api.indicator.Indicator;
import org.recits.api.indicator.Detail;
import org.recits.api.indicator.IndicatorValue;
import org.recits.api.indicator.Interval;
import org.recits.api.indicator.TargetBand;
import org.recits.api.indicator.Temporality;
import org.recits.api.indicator.Unit;
import org.recits.api.model.LocalizedText;
import org.recits.api.model.Period;
import org.recits.api.model.Scope;
import org.recits.api.model.Session;

/** PROT_MONTHLY_RHYTHM: whether the group meets every month, from its first session on. */
@Component(service = Indicator.class)
public final class MonthlyRhythm extends ActivityIndicator {

    static final TargetBand BAND = Bands.of(List.of(Interval.atLeast(0.8)), List.of(Interval.closedOpen(0.6, 0.8)),
            "≥ 80\u00a0% / 60–80\u00a0% / < 60\u00a0%", "≥ 80% / 60–80% / < 60%");

    public MonthlyRhythm() {
        super(definition("PROT_MONTHLY_RHYTHM",
                LocalizedText.of("Rythme mensuel", "Monthly rhythm"),
                LocalizedText.of("Part des mois avec au moins une session, depuis la première.",
                        "Share of months with at least one session, since the first."),
                LocalizedText.of(
                        "Mois civils contenant au moins une session ou immersion ÷ mois civils du mois de la première "
                                + "session ou immersion au mois de min(fin de période, dernière session ou immersion), "
                                + "bornes incluses. Programme\u00a0: Σ mois avec session ÷ Σ mois des collectivités.",
                        "Calendar months containing at least one session or immersion ÷ calendar months from the "
                                + "month of the first session or immersion to the month of min(period end, last "
                                + "session or immersion), both included. Programme: Σ months with a session ÷ Σ "
                                + "months over the local authorities."),
                Unit.PERCENT, Direction.HIGHER_IS_BETTER, Temporality.UP_TO_PERIOD, Aggregation.RATIO_OF_SUMS, BAND));
    }

    @Override
    public IndicatorValue compute(Dataset data, Scope scope, Period period) {
        long withSession = 0;
        long months = 0;
        boolean anySession = false;
        for (String c : collectivites(data, scope)) {
            List<Session> all = Activity.countedSessions(data, c, d -> true);
            if (all.isEmpty() || !period.upTo(all.get(0).dateDebut())) {
                continue;
            }
            anySession = true;
            LocalDate last = all.get(all.size() - 1).dateDebut();
            LocalDate stop = last.isBefore(period.end()) ? last : period.end();
            YearMonth from = YearMonth.from(all.get(0).dateDebut());
            YearMonth to = YearMonth.from(stop);
            Set<YearMonth> seen = new HashSet<>();
            for (Session s : all) {
                if (!s.dateDebut().isAfter(stop)) {
                    seen.add(YearMonth.from(s.dateDebut()));
                }
            }
            withSession += seen.size();
            months += from.until(to, ChronoUnit.MONTHS) + 1;
        }
        if (!anySession) {
            return IndicatorValue.notComputable(Texts.text("text.noCountedSessionByThen"), band());
        }
        IndicatorValue v = IndicatorValue.ratio(withSession, months, band(), Texts.text("text.noMonth"));
        return v.isComputable() ? v.withDetail(Detail.sampleSize((int) months,
                Texts.text("text.monthsCounted"))) : v;
    }
}
