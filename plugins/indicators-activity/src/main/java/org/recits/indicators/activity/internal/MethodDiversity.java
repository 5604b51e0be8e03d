package org.recits.indicators.activity.internal;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.osgi.service.component.annotations.Component;
import org.recits.api.data.Dataset;
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
import org.recits.api.model.PracticalCase;
import org.recits.api.model.Scope;

/** PROT_METHOD_DIVERSITY: how many of the lab's methods the group has practised. */
@Component(service = Indicator.class)
public final class MethodDiversity extends ActivityIndicator {

    static final TargetBand BAND = Bands.of(List.of(Interval.atLeast(8)), List.of(Interval.closedOpen(5, 8)),
            "≥ 8 / 5–7 / < 5", "≥ 8 / 5–7 / < 5");

    /** Roles: drawn per collectivité with the practical cases. */
    static final IndicatorRoles ROLES = IndicatorRoles.NONE.withChart(CasesCount.CHART);

    public MethodDiversity() {
        super(definition("PROT_METHOD_DIVERSITY",
                LocalizedText.of("Diversité des méthodes", "Diversity of methods"),
                LocalizedText.of("Nombre de méthodes différentes pratiquées sur les cas pratiques.",
                        "Number of different methods practised on the practical cases."),
                LocalizedText.of(
                        "Nombre de valeurs distinctes de la liste methodes (sans tenir compte de la casse) sur les "
                                + "cas comptés (statut vide, retenu, en-cours ou termine\u202f; date_debut vide ou ≤ fin de "
                                + "période). Programme\u00a0: méthodes distinctes sur l’union des cas, non jugé.",
                        "Number of distinct values of the methodes list (ignoring case) over the counted cases "
                                + "(statut empty, retenu, en-cours or termine; date_debut empty or ≤ the period’s "
                                + "end). Programme: distinct methods over the union of the cases, not judged."),
                Unit.COUNT, Direction.HIGHER_IS_BETTER, Temporality.UP_TO_PERIOD, Aggregation.DISTINCT, BAND).withRoles(ROLES));
    }

    @Override
    public IndicatorValue compute(Dataset data, Scope scope, Period period) {
        // Methods are a shared vocabulary (docs/format.md), so the programme counts the union, not a sum.
        Set<String> methods = new TreeSet<>();
        boolean anyCase = false;
        for (String c : collectivites(data, scope)) {
            for (PracticalCase pc : data.cases(Scope.of(c))) {
                if (pc.isCountedUpTo(period.end())) {
                    anyCase = true;
                    for (String m : pc.methodes()) {
                        String key = m == null ? "" : m.strip().toLowerCase(Locale.ROOT);
                        if (!key.isEmpty()) {
                            methods.add(key);
                        }
                    }
                }
            }
        }
        if (!anyCase) {
            return IndicatorValue.notComputable(Texts.text("text.noCountedCaseByThen"), band());
        }
        if (methods.isEmpty()) {
            return IndicatorValue.notComputable(Texts.text("text.noMethodGivenForTheCounted"), band());
        }
        if (scope.isProgramme()) {
            return IndicatorValue.of(methods.size(), Bands.notJudgedForProgramme(band())).withNote(Texts.text("text.programmeDistinctMethodsAcrossTheCollectivites"));
        }
        return IndicatorValue.of(methods.size(), band());
    }
}
