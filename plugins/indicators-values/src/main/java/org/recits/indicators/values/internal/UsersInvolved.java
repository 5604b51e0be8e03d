package org.recits.indicators.values.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.osgi.service.component.annotations.Component;
import org.recits.api.data.Dataset;
import org.recits.api.data.RecordedAttendance;
import org.recits.api.indicator.ActivityRecord;
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
import org.recits.api.model.Measure;
import org.recits.api.model.Period;
import org.recits.api.model.Role;
import org.recits.api.model.Scope;
import org.recits.api.model.Session;

/**
 * DEM_USERS_INVOLVED (catalogue de recherche). The catalogue counts users met and users who tested
 * (columns the input files of docs/format.md do not have); the closest data is attendance: users registered in
 * participants.csv with role {@code usager} who took part in a counted session or immersion.
 */
@Component(service = Indicator.class)
public final class UsersInvolved extends ValuesIndicator {

    static final IndicatorDefinition DEFINITION = new IndicatorDefinition("DEM_USERS_INVOLVED",
            LocalizedText.of("Usagers associés", "Users involved"),
            LocalizedText.of("Combien d’usagers ont pris part au travail des sessions et immersions.",
                    "How many users took part in the work of sessions and immersions."),
            LocalizedText.of("nombre de participants distincts de rôle «\u00a0usager\u00a0» présents (presences.csv) à au "
                    + "moins une session ou immersion commencée au plus tard à la fin de la période\u202f; n/d quand "
                    + "aucun usager n’est déclaré dans participants.csv\u202f; à côté\u00a0: répondants distincts de rôle "
                    + "usager ou habitant aux questionnaires (réponses datées au plus tard à la fin ou sans date)",
                    "number of distinct participants with role “usager” present (presences.csv) at one or more "
                    + "sessions or immersions started by the period's end; n/a when participants.csv declares no "
                    + "user; beside it: distinct survey respondents with role usager or habitant (answers dated by "
                    + "the end or undated)"),
            Unit.COUNT, Direction.HIGHER_IS_BETTER, ValueFamily.DEMOCRATIE, Temporality.UP_TO_PERIOD,
            Aggregation.SUM, TargetBand.NONE, null).withSource(Sources.CATALOGUE_ATTENDANCE).withRoles(CHARTED)
            // the respondents beside the count are found among the answers to every measure
            .withAnswersRead(Measure.values())
            .withActivityRead(ActivityRecord.PARTICIPANTS, ActivityRecord.ATTENDANCE);

    private static final Set<String> USER_ROLES = Set.of("usager", "usagere", "usagers", "habitant", "habitante",
            "habitants");

    public UsersInvolved() {
        super(DEFINITION);
    }

    @Override
    public IndicatorValue compute(Dataset data, Scope scope, Period period) {
        return computeAll(data, List.of(scope), List.of(period)).get(0).get(0);
    }

    /**
     * One walk over the survey answers for the detail of every scope and period; the users present are
     * counted scope by scope (their roles do not depend on the period).
     */
    @Override
    public List<List<IndicatorValue>> computeAll(Dataset data, List<Scope> scopes, List<Period> periods) {
        List<Set<Key>> usersByScope = new ArrayList<>(scopes.size());
        List<Scope> withUsers = new ArrayList<>();
        for (Scope scope : scopes) {
            Set<Key> users = new HashSet<>();
            data.participants(scope).forEach(p -> {
                if (p.role() == Role.USAGER) {
                    users.add(new Key(p.collectivite(), p.id()));
                }
            });
            usersByScope.add(users);
            if (!users.isEmpty()) {
                withUsers.add(scope); // the others are n/d: their answers need not be read
            }
        }
        Map<String, Respondents> respondents = withUsers.isEmpty() ? Map.of()
                : surveyUsers(data, withUsers, periods);
        return AnswerPass.values(data, scopes, periods.size(), respondents, (s, groups, p) -> {
            long surveyUsers = 0;
            for (Respondents g : groups) {
                surveyUsers += g.counts[p];
            }
            return value(data, scopes.get(s), periods.get(p), usersByScope.get(s), surveyUsers);
        });
    }

    private static IndicatorValue value(Dataset data, Scope scope, Period period, Set<Key> users, long surveyUsers) {
        if (users.isEmpty()) {
            return IndicatorValue.notComputable(Texts.text("nd.noUserDeclared"), DEFINITION.target());
        }
        Set<Key> sessions = new HashSet<>();
        RecordedAttendance recorded = RecordedAttendance.of(data, scope);
        int unrecorded = 0;
        for (Session s : data.sessions(scope)) {
            if (s.isCounted() && period.upTo(s.dateDebut())) {
                sessions.add(new Key(s.collectivite(), s.id()));
                unrecorded += recorded.has(s) ? 0 : 1;
            }
        }
        Set<Key> present = new HashSet<>();
        data.attendance(scope).forEach(a -> {
            Key who = new Key(a.collectivite(), a.participant());
            if (users.contains(who) && sessions.contains(new Key(a.collectivite(), a.session()))) {
                present.add(who);
            }
        });
        IndicatorValue v = IndicatorValue.of(present.size(), DEFINITION.target())
                .withPopulation(present.size())
                .withDetail(new Detail("survey_user_respondents", Texts.text("detail.surveyUserRespondents"),
                        surveyUsers, Unit.COUNT));
        // users at a session whose attendance was not entered cannot be counted: a floor, and said so
        return unrecorded == 0 ? v : v.withNote(Texts.text("note.usersOfSessionsWithoutAttendance", unrecorded));
    }

    private static boolean isUserRole(String role) {
        String code = Rows.roleCode(role);
        return code != null && USER_ROLES.contains(code);
    }

    /** A collectivité's distinct user respondents per period: the periods each id was counted in, and the counts. */
    private static final class Respondents {
        private final RespondentIds ids = new RespondentIds();
        /** Per respondent number and period ({@code number * periods + p}): counted there. */
        private boolean[] seen = new boolean[0];
        final long[] counts;

        Respondents(int periods) {
            counts = new long[periods];
        }

        /** Counts the respondent {@code raw} (not blank) in period {@code p} unless already counted there. */
        void count(String raw, int p) {
            int key = ids.number(raw) * counts.length + p;
            if (key >= seen.length) {
                seen = Arrays.copyOf(seen, Math.max(key + 1, seen.length + (seen.length >> 1)));
            }
            if (!seen[key]) {
                seen[key] = true;
                counts[p]++;
            }
        }
    }

    /**
     * Distinct survey respondents of role usager/habitant per collectivité and period (answers dated by
     * the period's end or undated); an answer without id is its own respondent.
     */
    private static Map<String, Respondents> surveyUsers(Dataset data, List<Scope> scopes, List<Period> periods) {
        AnswerPass.Periods upTo = new AnswerPass.Periods(periods, true);
        // roles are few shared strings: normalise each once, not once per answer
        Map<String, Boolean> userRole = new HashMap<>();
        return AnswerPass.walk(data, scopes, null, c -> new Respondents(upTo.size()), (a, g) -> {
            LocalDate day = a.date();
            int n = day == null ? upTo.size() : upTo.of(day);
            if (n == 0) {
                return;
            }
            String role = a.role();
            if (role == null || !userRole.computeIfAbsent(role, UsersInvolved::isUserRole)) {
                return;
            }
            int[] hits = day == null ? upTo.all : upTo.hits;
            String raw = a.respondent();
            if (raw == null || raw.isBlank()) {
                for (int k = 0; k < n; k++) {
                    g.counts[hits[k]]++;
                }
                return;
            }
            for (int k = 0; k < n; k++) {
                g.count(raw, hits[k]);
            }
        });
    }
}
