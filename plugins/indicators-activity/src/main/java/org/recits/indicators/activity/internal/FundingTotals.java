package org.recits.indicators.activity.internal;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.recits.api.data.Dataset;
import org.recits.api.model.Funding;
import org.recits.api.model.FundingType;
import org.recits.api.model.Period;
import org.recits.api.model.Scope;

/**
 * Exact sums of the funding rows with {@code date} empty or ≤ the period's end (docs/indicateurs.md,
 * FIN_COLLECTIVITE_SHARE), in {@link BigDecimal} so that a funder finds the same cents.
 *
 * @param rows         rows kept
 * @param total        Σ montant_eur
 * @param collectivite Σ montant_eur of type collectivite
 * @param partners     Σ montant_eur per funder name, for every other type
 */
record FundingTotals(int rows, BigDecimal total, BigDecimal collectivite, Map<String, BigDecimal> partners) {

    static FundingTotals of(Dataset data, List<String> collectivites, Period period) {
        int rows = 0;
        BigDecimal total = BigDecimal.ZERO;
        BigDecimal collectivite = BigDecimal.ZERO;
        Map<String, BigDecimal> partners = new TreeMap<>();
        for (String c : collectivites) {
            for (Funding f : data.funding(Scope.of(c))) {
                if (f.date() != null && f.date().isAfter(period.end())) {
                    continue;
                }
                rows++;
                total = total.add(f.montantEur());
                if (f.type() == FundingType.COLLECTIVITE) {
                    collectivite = collectivite.add(f.montantEur());
                } else {
                    // Same name in several collectivités (a national foundation): one funder for the programme.
                    partners.merge(f.financeur().strip(), f.montantEur(), BigDecimal::add);
                }
            }
        }
        return new FundingTotals(rows, total, collectivite, partners);
    }

    BigDecimal partnerTotal() {
        return total.subtract(collectivite);
    }

    /** Partners by amount, largest first, then by name: a stable order for the details. */
    List<Map.Entry<String, BigDecimal>> partnersByAmount() {
        return partners.entrySet().stream()
                .sorted(Map.Entry.<String, BigDecimal>comparingByValue(Comparator.reverseOrder())
                        .thenComparing(Map.Entry.comparingByKey()))
                .toList();
    }
}
