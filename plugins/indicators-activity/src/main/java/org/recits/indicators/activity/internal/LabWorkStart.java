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
import org.recits.api.indicator.Status;
import org.recits.api.indicator.TargetBand;
import org.recits.api.indicator.Temporality;
import org.recits.api.indicator.Theme;
import org.recits.api.indicator.Unit;
import org.recits.api.model.LocalizedText;
import org.recits.api.model.Period;
import org.recits.api.model.Scope;
import org.recits.api.model.Session;

/** PROT_LAB_WORK_START: at which session the group starts prefiguring its lab (neither too early nor too late). */
@Component(service = Indicator.class)
public final class LabWorkStart extends ActivityIndicator {

    /** "Rouge also when none by rank 7": that many counted sessions without lab work is already late. */
    static final int LATE = 7;

    static final TargetBand BAND = Bands.of(List.of(Interval.closed(4, 6)), List.of(Interval.closed(7, 7)),
            "4–6 / 7 / sinon, et rouge aussi sans travail labo au rang 7",
            "4–6 / 7 / otherwise, and red also with no lab work by rank 7");

    /** Roles: told with the lab in the making. */
    static final IndicatorRoles ROLES = IndicatorRoles.NONE.withTheme(Theme.LAB);

    public LabWorkStart() {
        super(definition("PROT_LAB_WORK_START",
                LocalizedText.of("Début du travail labo", "Start of lab work"),
                LocalizedText.of("Rang de la première session consacrée à préfigurer le futur labo.",
                        "Rank of the first session spent prefiguring the future lab."),
                LocalizedText.of(
                        "Rang (1 pour la première, par date_debut puis identifiant) de la première session ou "
                                + "immersion de travail_labo = oui parmi les sessions et immersions de date_debut ≤ fin "
                                + "de période\u202f; n/d s’il n’y en a pas encore, rouge s’il n’y en a pas après 7 sessions. "
                                + "Programme\u00a0: moyenne des rangs des collectivités qui ont commencé (Σ rangs ÷ nombre de "
                                + "ces collectivités).",
                        "Rank (1 for the first, by date_debut then id) of the first session or immersion with "
                                + "travail_labo = oui among the sessions and immersions with date_debut ≤ the "
                                + "period’s end; n/a when there is none yet, red when there is none after 7 sessions. "
                                + "Programme: mean of the ranks of the local authorities that have started (Σ ranks ÷ "
                                + "number of those local authorities)."),
                Unit.RANK, Direction.WITHIN_BAND, Temporality.UP_TO_PERIOD, Aggregation.MEAN, BAND).withRoles(ROLES));
    }

    /** One collectivité: the rank, or null, and how many counted sessions it has by the period's end. */
    private record Start(Integer rank, int sessions) {
    }

    private static Start start(Dataset data, String c, Period period) {
        List<Session> sessions = Activity.countedSessions(data, c, period::upTo);
        for (int i = 0; i < sessions.size(); i++) {
            if (sessions.get(i).travailLabo()) {
                return new Start(i + 1, sessions.size());
            }
        }
        return new Start(null, sessions.size());
    }

    @Override
    public IndicatorValue compute(Dataset data, Scope scope, Period period) {
        if (!scope.isProgramme()) {
            Start s = start(data, scope.collectivite(), period);
            if (s.rank() != null) {
                return IndicatorValue.of(s.rank(), band());
            }
            if (s.sessions() == 0) {
                return IndicatorValue.notComputable(Texts.text("text.noCountedSessionByThen"), band());
            }
            IndicatorValue none = IndicatorValue.notComputable(Texts.text("nd.noLabWorkYet", String.valueOf(s.sessions())), band());
            return s.sessions() >= LATE ? none.withStatus(Status.RED) : none;
        }
        int sum = 0;
        int started = 0;
        int notYet = 0;
        int late = 0;
        for (String c : data.collectiviteIds()) {
            Start s = start(data, c, period);
            if (s.rank() != null) {
                sum += s.rank();
                started++;
            } else if (s.sessions() > 0) {
                notYet++;
                if (s.sessions() >= LATE) {
                    late++;
                }
            }
        }
        // numbers, not their digits: the note agrees « 1 collectivité », « 2 collectivités » in its bundle
        LocalizedText note = Texts.text("note.programmeMeanRank", started, notYet, late, LATE);
        return IndicatorValue.ratio(sum, started, band(), Texts.text("text.noCollectiviteHasStartedLabWork")).withNote(note);
    }
}
