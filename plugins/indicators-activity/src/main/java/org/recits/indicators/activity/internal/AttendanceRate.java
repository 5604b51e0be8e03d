package org.recits.indicators.activity.internal;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.osgi.service.component.annotations.Component;
import org.recits.api.data.Dataset;
import org.recits.api.data.RecordedAttendance;
import org.recits.api.indicator.ActivityRecord;
import org.recits.api.indicator.Aggregation;
import org.recits.api.indicator.ChartKind;
import org.recits.api.indicator.ChartRole;
import org.recits.api.indicator.Direction;
import org.recits.api.indicator.Indicator;
import org.recits.api.indicator.Detail;
import org.recits.api.indicator.IndicatorRoles;
import org.recits.api.indicator.IndicatorValue;
import org.recits.api.indicator.Interval;
import org.recits.api.indicator.TargetBand;
import org.recits.api.indicator.Temporality;
import org.recits.api.indicator.Unit;
import org.recits.api.model.LocalizedText;
import org.recits.api.model.Period;
import org.recits.api.model.Scope;
import org.recits.api.model.Session;

/** PART_ATTENDANCE_RATE: how much of the possible ambassador-days were actually attended in the period. */
@Component(service = Indicator.class)
public final class AttendanceRate extends ActivityIndicator {

    static final TargetBand BAND = Bands.of(List.of(Interval.atLeast(0.8)), List.of(Interval.closedOpen(0.65, 0.8)),
            "≥ 80\u00a0% / 65–80\u00a0% / < 65\u00a0%", "≥ 80% / 65–80% / < 65%");

    /** Roles: a headline and key figure, drawn over time per collectivité. */
    static final IndicatorRoles ROLES = IndicatorRoles.NONE.withHeadline(2).withKeyFigure(4).withChart(ChartRole.of(ChartKind.LINES, "assiduite", null));

    public AttendanceRate() {
        super(definition("PART_ATTENDANCE_RATE",
                LocalizedText.of("Taux de présence", "Attendance rate"),
                LocalizedText.of("Part des jours de session possibles réellement suivis par les ambassadeurs.",
                        "Share of the possible session days the ambassadors actually attended."),
                LocalizedText.of(
                        "Σ jours présents des ambassadeurs actifs à la date de la session, sur les sessions et "
                                + "immersions commencées dans la période (jours_presents, ou jours de la session si "
                                + "vide, plafonné aux jours de la session, par personne et par session) ÷ Σ sur ces sessions de (ambassadeurs "
                                + "actifs à leur date_debut × jours). Une session sans aucune ligne dans presences.csv "
                                + "n’a pas de présence saisie\u00a0: elle est écartée du numérateur et du dénominateur, et "
                                + "la valeur le dit (n/d si aucune session n’en a). "
                                + "Programme\u00a0: Σ numérateurs ÷ Σ dénominateurs.",
                        "Σ present days of the ambassadors active on the session’s date, over the sessions and "
                                + "immersions starting in the period (jours_presents, or the session’s jours when "
                                + "empty, capped at the session’s jours, per person and session) ÷ Σ over those sessions of (ambassadors "
                                + "active on their date_debut × jours). A session with no row at all in presences.csv has "
                                + "its attendance not recorded: it is left out of the numerator and the denominator, and "
                                + "the value says so (n/a when no session has any). "
                                + "Programme: Σ numerators ÷ Σ denominators."),
                Unit.PERCENT, Direction.HIGHER_IS_BETTER, Temporality.FLOW_IN_PERIOD, Aggregation.RATIO_OF_SUMS,
                BAND).withRoles(ROLES)
                .withActivityRead(ActivityRecord.PARTICIPANTS, ActivityRecord.ATTENDANCE));
    }

    @Override
    public IndicatorValue compute(Dataset data, Scope scope, Period period) {
        double present = 0;
        double possible = 0;
        int people = 0;
        int counted = 0;
        int unrecorded = 0;
        boolean anySession = false;
        RecordedAttendance recorded = RecordedAttendance.of(data, scope);
        for (String c : collectivites(data, scope)) {
            List<Session> all = Activity.countedSessions(data, c, period::contains);
            if (all.isEmpty()) {
                continue;
            }
            anySession = true;
            // No attendance row at all is attendance not entered, not everyone absent (docs/indicateurs.md).
            List<Session> sessions = all.stream().filter(recorded::has).toList();
            unrecorded += all.size() - sessions.size();
            counted += sessions.size();
            Ambassadors amb = Ambassadors.of(data, c);
            Set<String> concerned = new HashSet<>();
            for (Session s : sessions) {
                Set<String> active = amb.activeOn(s.dateDebut());
                possible += active.size() * s.jours();
                concerned.addAll(active);
            }
            Map<String, Session> byId = Activity.byId(sessions);
            present += Activity.presentDays(data, c, byId, (who, s) -> amb.isActive(who, s.dateDebut()));
            people += concerned.size();
        }
        if (!anySession) {
            return IndicatorValue.notComputable(Texts.text("text.noCountedSessionInThePeriod"), band());
        }
        if (counted == 0) {
            return IndicatorValue.notComputable(Texts.text("text.noAttendanceRecorded", unrecorded), band());
        }
        IndicatorValue v = IndicatorValue.ratio(present, possible, band(),
                Texts.text("text.noActiveAmbassadorOnTheSessions"))
                .withPopulation(people);
        if (v.isComputable()) {
            v = v.withDetail(Detail.sampleSize(counted, Texts.text("text.countedSessions")));
        }
        return unrecorded == 0 ? v : v.withNote(Texts.text("note.sessionsWithoutAttendance", unrecorded));
    }
}
