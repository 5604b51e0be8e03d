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
import org.recits.api.model.PracticalCase;
import org.recits.api.model.Scope;

/** PROT_CASES_COUNT: practical cases taken on so far. */
@Component(service = Indicator.class)
public final class CasesCount extends ActivityIndicator {

    // Whole numbers: [2, 3) is "2" and (6, 7] is "7".
    static final TargetBand BAND = Bands.of(List.of(Interval.closed(3, 6)),
            List.of(Interval.closedOpen(2, 3), Interval.openClosed(6, 7)),
            "3–6 / 2 ou 7 / sinon", "3–6 / 2 or 7 / otherwise");

    /** The chart of practical cases and methods per collectivité. */
    static final ChartRole CHART = ChartRole.of(ChartKind.BARS, "cas-methodes", LocalizedText.of(
            "Cas pratiques et méthodes utilisées par collectivité, cumul à fin {0}",
            "Practical cases and methods used by local authority, cumulative at the end of {0}"));

    /** Roles: a headline and key figure, drawn per collectivité with the methods. */
    static final IndicatorRoles ROLES = IndicatorRoles.NONE.withHeadline(5).withKeyFigure(3).withChart(CHART);

    public CasesCount() {
        super(definition("PROT_CASES_COUNT",
                LocalizedText.of("Cas pratiques", "Practical cases"),
                LocalizedText.of("Nombre de cas pratiques retenus ou travaillés depuis le début.",
                        "Number of practical cases selected or worked on so far."),
                LocalizedText.of(
                        "Nombre de lignes de cas.csv de statut vide, retenu, en-cours ou termine et de date_debut "
                                + "vide ou ≤ fin de période. Programme\u00a0: somme des collectivités.",
                        "Number of cas.csv rows with statut empty, retenu, en-cours or termine and date_debut "
                                + "empty or ≤ the period’s end. Programme: sum over the local authorities."),
                Unit.COUNT, Direction.WITHIN_BAND, Temporality.UP_TO_PERIOD, Aggregation.SUM, BAND).withRoles(ROLES));
    }

    @Override
    public IndicatorValue compute(Dataset data, Scope scope, Period period) {
        int counted = 0;
        boolean anyCase = false;
        for (String c : collectivites(data, scope)) {
            for (PracticalCase pc : data.cases(Scope.of(c))) {
                anyCase = true;
                if (pc.isCountedUpTo(period.end())) {
                    counted++;
                }
            }
        }
        // Cases listed but none started yet is a true 0; no cas.csv row at all is missing data.
        if (!anyCase) {
            return IndicatorValue.notComputable(Texts.text("text.noCaseInCasCsv"),
                    band());
        }
        if (scope.isProgramme()) {
            return IndicatorValue.of(counted, Bands.notJudgedForProgramme(band())).withNote(Bands.PROGRAMME_SUM_NOTE);
        }
        return IndicatorValue.of(counted, band());
    }
}
