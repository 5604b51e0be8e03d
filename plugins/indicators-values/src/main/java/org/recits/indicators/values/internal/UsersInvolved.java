package org.recits.indicators.values.internal;

import java.util.HashSet;
import java.util.Set;
import org.osgi.service.component.annotations.Component;
import org.recits.api.data.Dataset;
import org.recits.api.indicator.Aggregation;
import org.recits.api.indicator.Detail;
import org.recits.api.indicator.Direction;
import org.recits.api.indicator.Indicator;
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
 * DEM_USERS_INVOLVED (catalogue de recherche). The catalogue counts users met and users who tested
 * (columns FORMAT.md v1 does not have); the closest data is attendance: users registered in
 * participants.csv with role {@code usager} who took part in a counted session or immersion.
 */
@Component(service = Indicator.class)
public final class UsersInvolved implements Indicator {

    static final IndicatorDefinition DEFINITION = new IndicatorDefinition("DEM_USERS_INVOLVED",
            LocalizedText.of("Usagers associés", "Users involved"),
            LocalizedText.of("Combien d’usagers ont pris part au travail des sessions et immersions.",
                    "How many users took part in the work of sessions and immersions."),
            LocalizedText.of("nombre de participants distincts de rôle « usager » présents (presences.csv) à au "
                    + "moins une session ou immersion commencée au plus tard à la fin de la période ; n/d quand "
                    + "aucun usager n’est déclaré dans participants.csv ; à côté : répondants distincts de rôle "
                    + "usager ou habitant aux questionnaires (réponses datées au plus tard à la fin ou sans date)",
                    "number of distinct participants with role « usager » present (presences.csv) at one or more "
                    + "sessions or immersions started by the period's end; n/a when participants.csv declares no "
                    + "user; beside it: distinct survey respondents with role usager or habitant (answers dated by "
                    + "the end or undated)"),
            Unit.COUNT, Direction.HIGHER_IS_BETTER, ValueFamily.DEMOCRATIE, Temporality.UP_TO_PERIOD,
            Aggregation.SUM, TargetBand.NONE, "catalogue de recherche (adapté : présences)");

    private static final Set<String> USER_ROLES = Set.of("usager", "usagere", "usagers", "habitant", "habitante",
            "habitants");

    @Override
    public IndicatorDefinition definition() {
        return DEFINITION;
    }

    @Override
    public IndicatorValue compute(Dataset data, Scope scope, Period period) {
        Set<Key> users = new HashSet<>();
        data.participants(scope).forEach(p -> {
            if (p.role() == Role.USAGER) {
                users.add(new Key(p.collectivite(), p.id()));
            }
        });
        if (users.isEmpty()) {
            return IndicatorValue.notComputable(LocalizedText.of("aucun usager déclaré dans participants.csv",
                    "no user declared in participants.csv"), DEFINITION.target());
        }
        Set<Key> sessions = new HashSet<>();
        for (Session s : data.sessions(scope)) {
            if (s.isCounted() && period.upTo(s.dateDebut())) {
                sessions.add(new Key(s.collectivite(), s.id()));
            }
        }
        Set<Key> present = new HashSet<>();
        data.attendance(scope).forEach(a -> {
            Key who = new Key(a.collectivite(), a.participant());
            if (users.contains(who) && sessions.contains(new Key(a.collectivite(), a.session()))) {
                present.add(who);
            }
        });
        Set<Object> respondents = new HashSet<>();
        long[] row = {0};
        Rows.forEachAnswer(data, scope, a -> {
            if ((a.date() == null || period.upTo(a.date())) && USER_ROLES.contains(Rows.roleCode(a.role()))) {
                String id = Rows.respondentId(a);
                respondents.add(new Rows.Respondent(a.collectivite(), id, id == null ? row[0]++ : -1));
            }
        });
        return IndicatorValue.of(present.size(), DEFINITION.target())
                .withPopulation(present.size())
                .withDetail(new Detail("survey_user_respondents",
                        LocalizedText.of("répondants usagers ou habitants aux questionnaires",
                                "user or resident survey respondents"),
                        respondents.size(), Unit.COUNT));
    }
}
