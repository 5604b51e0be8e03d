package org.recits.indicators.activity.internal;

import java.math.BigDecimal;
import java.util.Map;
import org.osgi.service.component.annotations.Component;
import org.recits.api.data.Dataset;
import org.recits.api.indicator.Aggregation;
import org.recits.api.indicator.Detail;
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

/** FIN_PARTNER_SHARE: the rest of the funding, with each partner's amount. */
@Component(service = Indicator.class)
public final class PartnerShare extends ActivityIndicator {

    /** Detail keys are this prefix and the funder's name as written. */
    static final String FUNDER = "financeur:";

    /** Roles: a headline figure, the rest of the collectivité’s share in its chart. */
    static final IndicatorRoles ROLES = IndicatorRoles.NONE.withHeadline(10).withChart(CollectiviteShare.CHART);

    public PartnerShare() {
        super(definition("FIN_PARTNER_SHARE",
                LocalizedText.of("Part des partenaires", "Partners’ share"),
                LocalizedText.of("Part du financement apportée par les autres financeurs, détaillée par financeur.",
                        "Share of the funding brought by the other funders, shown per funder."),
                LocalizedText.of(
                        "Σ montant_eur des types autres que collectivite ÷ Σ montant_eur, sur les lignes de "
                                + "financements.csv de date vide ou ≤ fin de période (= 1 − part de la collectivité). "
                                + "Détail\u00a0: Σ montant_eur par financeur, du plus grand au plus petit. Programme\u00a0: Σ "
                                + "numérateurs ÷ Σ dénominateurs, financeurs regroupés par nom.",
                        "Σ montant_eur of types other than collectivite ÷ Σ montant_eur, over the "
                                + "financements.csv rows with date empty or ≤ the period’s end (= 1 − the "
                                + "local authority’s share). Detail: Σ montant_eur per funder, largest first. Programme: "
                                + "Σ numerators ÷ Σ denominators, funders grouped by name."),
                Unit.PERCENT, Direction.NEUTRAL, Temporality.UP_TO_PERIOD, Aggregation.RATIO_OF_SUMS,
                TargetBand.NONE).withRoles(ROLES));
    }

    @Override
    public IndicatorValue compute(Dataset data, Scope scope, Period period) {
        FundingTotals t = FundingTotals.of(data, collectivites(data, scope), period);
        if (t.rows() == 0) {
            return IndicatorValue.notComputable(Funds.NONE, band());
        }
        IndicatorValue v = IndicatorValue.ratio(t.partnerTotal().doubleValue(), t.total().doubleValue(), band(),
                Funds.ZERO);
        for (Map.Entry<String, BigDecimal> e : t.partnersByAmount()) {
            // a funder's name as the data writes it (« Banque des Territoires »): renderers keep its capitals
            v = v.withDetail(Detail.named(FUNDER + e.getKey(), e.getKey(), e.getValue().doubleValue(), Unit.EUR));
        }
        return v;
    }
}
