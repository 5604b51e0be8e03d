package org.recits.indicators.activity.internal;

import java.util.List;
import org.osgi.service.component.annotations.Component;
import org.recits.api.data.Dataset;
import org.recits.api.indicator.Aggregation;
import org.recits.api.indicator.ChartKind;
import org.recits.api.indicator.ChartRole;
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

/** FIN_COLLECTIVITE_SHARE: how much of the funding the collectivité itself brings. */
@Component(service = Indicator.class)
public final class CollectiviteShare extends ActivityIndicator {

    static final TargetBand BAND = Bands.of(List.of(Interval.closed(0.55, 0.70)),
            List.of(Interval.closedOpen(0.45, 0.55), Interval.openClosed(0.70, 0.80)),
            "55–70\u00a0% / 45–55\u00a0% ou 70–80\u00a0% / sinon", "55–70% / 45–55% or 70–80% / otherwise");

    /** Who pays, per collectivité. */
    static final ChartRole CHART = ChartRole.of(ChartKind.SHARE, "financement", LocalizedText.of(
            "Qui finance\u202f? Part de la collectivité et des partenaires, cumul à fin {0}",
            "Who pays? Share of the local authority and of partners, cumulative at the end of {0}"));

    /** Roles: a headline figure, drawn per collectivité with its partners’ share. */
    static final IndicatorRoles ROLES = IndicatorRoles.NONE.withHeadline(9).withChart(CHART);

    public CollectiviteShare() {
        super(definition("FIN_COLLECTIVITE_SHARE",
                LocalizedText.of("Part de la collectivité", "Local authority’s share"),
                LocalizedText.of("Part du financement apportée par la collectivité elle-même.",
                        "Share of the funding brought by the local authority itself."),
                LocalizedText.of(
                        "Σ montant_eur de type collectivite ÷ Σ montant_eur, sur les lignes de financements.csv de "
                                + "date vide ou ≤ fin de période (sommes exactes au centime). Programme\u00a0: Σ "
                                + "numérateurs ÷ Σ dénominateurs.",
                        "Σ montant_eur of type collectivite ÷ Σ montant_eur, over the financements.csv rows with "
                                + "date empty or ≤ the period’s end (exact sums to the cent). Programme: Σ "
                                + "numerators ÷ Σ denominators."),
                Unit.PERCENT, Direction.WITHIN_BAND, Temporality.UP_TO_PERIOD, Aggregation.RATIO_OF_SUMS, BAND).withRoles(ROLES));
    }

    @Override
    public IndicatorValue compute(Dataset data, Scope scope, Period period) {
        FundingTotals t = FundingTotals.of(data, collectivites(data, scope), period);
        if (t.rows() == 0) {
            return IndicatorValue.notComputable(Funds.NONE, band());
        }
        return IndicatorValue.ratio(t.collectivite().doubleValue(), t.total().doubleValue(), band(), Funds.ZERO);
    }
}
