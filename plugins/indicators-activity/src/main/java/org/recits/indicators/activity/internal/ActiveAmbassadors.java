package org.recits.indicators.activity.internal;

import java.util.List;
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
import org.recits.api.model.Scope;

/** PART_ACTIVE_AMBASSADORS: the size of the group on the period's last day. */
@Component(service = Indicator.class)
public final class ActiveAmbassadors extends ActivityIndicator {

    // Counts are whole numbers: [15, 18) is "15–17", (22, 25] is "23–25", with no gap between bands.
    static final TargetBand BAND = Bands.of(List.of(Interval.closed(18, 22)),
            List.of(Interval.closedOpen(15, 18), Interval.openClosed(22, 25)),
            "18–22 / 15–17 ou 23–25 / sinon", "18–22 / 15–17 or 23–25 / otherwise");

    /** Roles: the first headline and key figure. */
    static final IndicatorRoles ROLES = IndicatorRoles.NONE.withHeadline(1).withKeyFigure(1);

    public ActiveAmbassadors() {
        super(definition("PART_ACTIVE_AMBASSADORS",
                LocalizedText.of("Ambassadeurs actifs", "Active ambassadors"),
                LocalizedText.of("Taille du groupe d’ambassadeurs à la fin de la période.",
                        "Size of the ambassadors’ group on the period’s last day."),
                LocalizedText.of(
                        "Nombre de participants de rôle ambassadeur actifs le dernier jour de la période "
                                + "(date_entree vide ou ≤ ce jour, date_sortie vide ou > ce jour). "
                                + "Programme\u00a0: somme des collectivités dont le programme court pendant la période.",
                        "Number of participants with role ambassadeur active on the period’s last day "
                                + "(date_entree empty or ≤ that day, date_sortie empty or > that day). "
                                + "Programme: sum over the local authorities whose programme runs during the period."),
                Unit.COUNT, Direction.WITHIN_BAND, Temporality.STOCK_AT_END, Aggregation.SUM, BAND).withRoles(ROLES));
    }

    @Override
    public IndicatorValue compute(Dataset data, Scope scope, Period period) {
        int count = 0;
        boolean anyAmbassador = false;
        List<String> running = running(data, scope, period);
        for (String c : running) {
            Ambassadors amb = Ambassadors.of(data, c);
            anyAmbassador |= !amb.isEmpty();
            count += amb.activeOn(period.end()).size();
        }
        if (!anyAmbassador) {
            // participants.csv may well list ambassadors of collectivités whose programme does not run then
            boolean listed = running.size() < collectivites(data, scope).size()
                    && collectivites(data, scope).stream().anyMatch(c -> !Ambassadors.of(data, c).isEmpty());
            return IndicatorValue.notComputable(listed
                    ? LocalizedText.of(Texts.FR.get("text.noProgrammeRunning", Texts.frDate(period.end())),
                            Texts.EN.get("text.noProgrammeRunning", Texts.enDate(period.end())))
                    : Texts.text("text.noAmbassadorInParticipantsCsv"), band());
        }
        // A plain count of people: no population, it is not a rate that could single anyone out.
        if (scope.isProgramme()) {
            return IndicatorValue.of(count, Bands.notJudgedForProgramme(band())).withNote(Bands.PROGRAMME_SUM_NOTE);
        }
        return IndicatorValue.of(count, band());
    }
}
