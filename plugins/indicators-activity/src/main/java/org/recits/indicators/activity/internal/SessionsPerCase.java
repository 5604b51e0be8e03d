package org.recits.indicators.activity.internal;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
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
import org.recits.api.model.PracticalCase;
import org.recits.api.model.Scope;
import org.recits.api.model.Session;

/** PROT_SESSIONS_PER_CASE: whether each case gets the 1 to 4 sessions the protocol gives it. */
@Component(service = Indicator.class)
public final class SessionsPerCase extends ActivityIndicator {

    static final TargetBand BAND = Bands.of(List.of(Interval.atLeast(1.0)), List.of(Interval.closedOpen(0.75, 1.0)),
            "100\u00a0% / ≥ 75\u00a0% / < 75\u00a0%", "100% / ≥ 75% / < 75%");

    public SessionsPerCase() {
        super(definition("PROT_SESSIONS_PER_CASE",
                LocalizedText.of("Cas suivis en 1 à 4 sessions", "Cases worked in 1 to 4 sessions"),
                LocalizedText.of("Part des cas pratiques travaillés dans 1 à 4 sessions, comme le prévoit le protocole.",
                        "Share of the practical cases worked on in 1 to 4 sessions, as the protocol plans."),
                LocalizedText.of(
                        "Cas comptés (statut vide, retenu, en-cours ou termine\u202f; date_debut vide ou ≤ fin de "
                                + "période) cités dans la colonne cas de 1 à 4 sessions ou immersions de date_debut ≤ "
                                + "fin de période ÷ cas comptés. Programme\u00a0: Σ numérateurs ÷ Σ dénominateurs.",
                        "Counted cases (statut empty, retenu, en-cours or termine; date_debut empty or ≤ the "
                                + "period’s end) named in the cas column of 1 to 4 sessions or immersions with "
                                + "date_debut ≤ the period’s end ÷ counted cases. Programme: Σ numerators ÷ Σ "
                                + "denominators."),
                Unit.PERCENT, Direction.HIGHER_IS_BETTER, Temporality.UP_TO_PERIOD, Aggregation.RATIO_OF_SUMS, BAND));
    }

    @Override
    public IndicatorValue compute(Dataset data, Scope scope, Period period) {
        int ok = 0;
        int cases = 0;
        for (String c : collectivites(data, scope)) {
            Set<String> counted = new LinkedHashSet<>();
            for (PracticalCase pc : data.cases(Scope.of(c))) {
                if (pc.isCountedUpTo(period.end())) {
                    counted.add(pc.id().strip());
                }
            }
            if (counted.isEmpty()) {
                continue;
            }
            Map<String, Integer> sessionsOf = new HashMap<>();
            for (Session s : Activity.countedSessions(data, c, period::upTo)) {
                // A session naming a case twice is still one session for it.
                for (String id : new LinkedHashSet<>(s.cas().stream().map(String::strip).toList())) {
                    if (counted.contains(id)) {
                        sessionsOf.merge(id, 1, Integer::sum);
                    }
                }
            }
            for (String id : counted) {
                int n = sessionsOf.getOrDefault(id, 0);
                if (n >= 1 && n <= 4) {
                    ok++;
                }
            }
            cases += counted.size();
        }
        IndicatorValue v = IndicatorValue.ratio(ok, cases, band(),
                Texts.text("text.noCountedCaseByThen"));
        return v.isComputable() ? v.withDetail(Detail.sampleSize(cases, Texts.text("text.countedCases"))) : v;
    }
}
