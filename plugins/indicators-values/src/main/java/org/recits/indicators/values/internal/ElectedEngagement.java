package org.recits.indicators.values.internal;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.osgi.service.component.annotations.Component;
import org.recits.api.data.Dataset;
import org.recits.api.data.RecordedAttendance;
import org.recits.api.indicator.Aggregation;
import org.recits.api.indicator.Direction;
import org.recits.api.indicator.Indicator;
import org.recits.api.indicator.Detail;
import org.recits.api.indicator.IndicatorDefinition;
import org.recits.api.indicator.IndicatorValue;
import org.recits.api.indicator.TargetBand;
import org.recits.api.indicator.Temporality;
import org.recits.api.indicator.Unit;
import org.recits.api.indicator.ValueFamily;
import org.recits.api.model.LocalizedText;
import org.recits.api.model.Period;
import org.recits.api.model.Role;
import org.recits.api.model.Scope;
import org.recits.api.model.Session;

/**
 * DEM_ELECTED_ENGAGEMENT (catalogue de recherche): the share of counted sessions of P at which at
 * least one élu was present. The catalogue counts events with élus per quarter (norm ≥ 1 per quarter,
 * an assumption): the numerator is that count for counted sessions; no band is applied.
 */
@Component(service = Indicator.class)
public final class ElectedEngagement extends ValuesIndicator {

    static final IndicatorDefinition DEFINITION = new IndicatorDefinition("DEM_ELECTED_ENGAGEMENT",
            LocalizedText.of("Implication des élus", "Elected-official engagement"),
            LocalizedText.of("À quelle part des sessions un élu a pris part.",
                    "At what share of the sessions an elected official took part."),
            LocalizedText.of("sessions et immersions commencées dans la période avec au moins un participant de "
                    + "rôle «\u00a0elu\u00a0» présent (presences.csv) ÷ sessions et immersions commencées dans la période\u202f; "
                    + "une session sans aucune présence saisie est écartée (la valeur le dit)\u202f; "
                    + "n/d quand aucun élu n’est déclaré dans participants.csv\u202f; pour le programme, seules comptent les "
                    + "collectivités qui déclarent au moins un élu",
                    "sessions and immersions started in the period with one or more participants of role “elu” "
                    + "present (presences.csv) ÷ sessions and immersions started in the period; a session with no "
                    + "attendance recorded is left out (the value says so); n/a when "
                    + "participants.csv declares no elected official; for the programme, only local authorities declaring "
                    + "one or more elected officials count"),
            Unit.PERCENT, Direction.HIGHER_IS_BETTER, ValueFamily.DEMOCRATIE, Temporality.FLOW_IN_PERIOD,
            Aggregation.RATIO_OF_SUMS, TargetBand.NONE, null).withSource(Sources.CATALOGUE_ATTENDANCE).withRoles(CHARTED);

    public ElectedEngagement() {
        super(DEFINITION);
    }

    @Override
    public IndicatorValue compute(Dataset data, Scope scope, Period period) {
        Set<Key> elected = new HashSet<>();
        Set<String> declaring = new TreeSet<>();
        data.participants(scope).forEach(p -> {
            if (p.role() == Role.ELU) {
                elected.add(new Key(p.collectivite(), p.id()));
                declaring.add(p.collectivite());
            }
        });
        if (elected.isEmpty()) {
            return IndicatorValue.notComputable(Texts.text("nd.noElectedDeclared"), DEFINITION.target());
        }
        Set<Key> sessions = new HashSet<>();
        // A collectivité that declares no élu tells nothing about their presence: its sessions stay out
        // of the programme's ratio rather than counting as sessions without élus.
        Set<String> silent = new TreeSet<>();
        RecordedAttendance recorded = RecordedAttendance.of(data, scope);
        int unrecorded = 0;
        for (Session s : data.sessions(scope)) {
            if (s.isCounted() && period.contains(s.dateDebut())) {
                if (declaring.contains(s.collectivite()) && !recorded.has(s)) {
                    // attendance not entered: whether an élu came is unknown, not « no »
                    unrecorded++;
                } else if (declaring.contains(s.collectivite())) {
                    sessions.add(new Key(s.collectivite(), s.id()));
                } else {
                    silent.add(s.collectivite());
                }
            }
        }
        Set<Key> withElected = new HashSet<>();
        data.attendance(scope).forEach(a -> {
            Key session = new Key(a.collectivite(), a.session());
            if (sessions.contains(session) && elected.contains(new Key(a.collectivite(), a.participant()))) {
                withElected.add(session);
            }
        });
        if (sessions.isEmpty() && unrecorded > 0) {
            return IndicatorValue.notComputable(Texts.text("nd.noAttendanceRecorded", unrecorded), DEFINITION.target());
        }
        IndicatorValue v = IndicatorValue.ratio(withElected.size(), sessions.size(), DEFINITION.target(),
                Texts.text("nd.noSessionInPeriod"));
        if (v.isComputable()) {
            v = v.withDetail(Detail.sampleSize(sessions.size(), Texts.text("detail.countedSessions")));
        }
        List<LocalizedText> notes = new ArrayList<>();
        if (unrecorded > 0) {
            notes.add(Texts.text("note.sessionsWithoutAttendance", unrecorded));
        }
        if (!silent.isEmpty()) {
            notes.add(Texts.text("note.silentCollectivites", String.join(", ", silent)));
        }
        return notes.isEmpty() ? v : v.withNote(Texts.join(notes));
    }
}
