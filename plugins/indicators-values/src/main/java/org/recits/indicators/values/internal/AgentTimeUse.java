package org.recits.indicators.values.internal;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.osgi.service.component.annotations.Component;
import org.recits.api.data.Dataset;
import org.recits.api.data.RecordedAttendance;
import org.recits.api.indicator.ActivityRecord;
import org.recits.api.indicator.Aggregation;
import org.recits.api.indicator.Direction;
import org.recits.api.indicator.Indicator;
import org.recits.api.indicator.IndicatorDefinition;
import org.recits.api.indicator.IndicatorValue;
import org.recits.api.indicator.TargetBand;
import org.recits.api.indicator.Temporality;
import org.recits.api.indicator.Unit;
import org.recits.api.indicator.ValueFamily;
import org.recits.api.model.Attendance;
import org.recits.api.model.LocalizedText;
import org.recits.api.model.Participant;
import org.recits.api.model.Period;
import org.recits.api.model.Role;
import org.recits.api.model.Scope;
import org.recits.api.model.Session;

/**
 * PROD_AGENT_TIME_USE (catalogue de recherche): how much of the time allotted to the ambassadors
 * (lettre de mission) has been used in sessions so far. Allocation per ambassador: an extra
 * {@code jours_alloues} column of participants.csv when filled, else the programme's 35 intervention
 * days (S001, S002). Declared preparation time is not in the input files (docs/format.md) and is not counted.
 */
@Component(service = Indicator.class)
public final class AgentTimeUse extends ValuesIndicator {

    /** The programme's 35 intervention days over 18 months (S001, S002). */
    static final double DEFAULT_ALLOCATION_DAYS = 35;

    static final IndicatorDefinition DEFINITION = new IndicatorDefinition("PROD_AGENT_TIME_USE",
            LocalizedText.of("Consommation du temps alloué", "Agent time used vs allocation"),
            LocalizedText.of("Quelle part du temps alloué aux ambassadeurs a été passée en sessions.",
                    "What share of the time allotted to ambassadors was spent in sessions."),
            LocalizedText.of("Σ jours de présence des ambassadeurs aux sessions et immersions commencées au plus "
                    + "tard à la fin de la période ÷ Σ jours alloués des ambassadeurs entrés au plus tard à la fin "
                    + "(colonne jours_alloues, sinon 35 jours)\u202f; cumulatif\u00a0: se lit comme une progression",
                    "Σ present days of ambassadors at sessions and immersions started by the period's end ÷ "
                    + "Σ days allotted to the ambassadors who joined by the end (jours_alloues column, else 35 "
                    + "days); cumulative: read it as progress"),
            Unit.PERCENT, Direction.NEUTRAL, ValueFamily.PRODUCTIVITE, Temporality.UP_TO_PERIOD,
            Aggregation.RATIO_OF_SUMS, TargetBand.NONE, null).withSource(Sources.CATALOGUE).withRoles(CHARTED)
            .withActivityRead(ActivityRecord.PARTICIPANTS, ActivityRecord.ATTENDANCE);

    public AgentTimeUse() {
        super(DEFINITION);
    }

    @Override
    public IndicatorValue compute(Dataset data, Scope scope, Period period) {
        Map<Key, Participant> ambassadors = new LinkedHashMap<>();
        double allotted = 0;
        int defaulted = 0;
        for (Participant p : data.participants(scope)) {
            if (p.role() == Role.AMBASSADEUR && (p.dateEntree() == null || period.upTo(p.dateEntree()))) {
                if (ambassadors.putIfAbsent(new Key(p.collectivite(), p.id()), p) != null) {
                    continue;
                }
                Double own = allocation(p.attributes());
                if (own == null) {
                    defaulted++;
                }
                allotted += own == null ? DEFAULT_ALLOCATION_DAYS : own;
            }
        }
        if (ambassadors.isEmpty()) {
            return IndicatorValue.notComputable(Texts.text("nd.noAmbassadorJoined"), DEFINITION.target());
        }
        Map<Key, Session> sessions = new HashMap<>();
        RecordedAttendance recorded = RecordedAttendance.of(data, scope);
        int unrecorded = 0;
        for (Session s : data.sessions(scope)) {
            if (s.isCounted() && period.upTo(s.dateDebut())) {
                sessions.put(new Key(s.collectivite(), s.id()), s);
                unrecorded += recorded.has(s) ? 0 : 1;
            }
        }
        double present = 0;
        for (Attendance a : data.attendance(scope)) {
            Session s = sessions.get(new Key(a.collectivite(), a.session()));
            if (s != null && ambassadors.containsKey(new Key(a.collectivite(), a.participant()))) {
                present += a.presentDays(s);
            }
        }
        IndicatorValue v = IndicatorValue.ratio(present, allotted, DEFINITION.target(),
                Texts.text("nd.noAllottedDay")).withPopulation(ambassadors.size());
        List<LocalizedText> notes = new ArrayList<>();
        if (defaulted > 0) {
            notes.add(Texts.text("note.defaultAllocation", defaulted, DEFAULT_ALLOCATION_DAYS));
        }
        if (unrecorded > 0) {
            // the days of a session whose attendance was not entered are missing, not zero: said, not guessed
            notes.add(Texts.text("note.daysOfSessionsWithoutAttendance", unrecorded));
        }
        return notes.isEmpty() ? v : v.withNote(Texts.join(notes));
    }

    /** The {@code jours_alloues} extra column, header matched like the headers of docs/format.md; null when absent or unreadable. */
    static Double allocation(Map<String, String> attributes) {
        for (Map.Entry<String, String> e : attributes.entrySet()) {
            String k = Normalizer.normalize(e.getKey(), Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                    .toLowerCase(Locale.ROOT).replaceAll("[\\s_-]+", "");
            if (k.equals("joursalloues") && e.getValue() != null && !e.getValue().isBlank()) {
                try {
                    double d = Double.parseDouble(e.getValue().strip().replace(',', '.'));
                    return d > 0 && Double.isFinite(d) ? d : null;
                } catch (NumberFormatException ex) {
                    return null;
                }
            }
        }
        return null;
    }
}
