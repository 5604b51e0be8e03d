package org.recits.indicators.values.internal;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
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
import org.recits.api.model.Quote;
import org.recits.api.model.Scope;
import org.recits.api.model.Session;

/**
 * DEM_VOICE_PLURALITY (catalogue de recherche): how many different kinds of speakers the publishable
 * quotes give a voice to. Only quotes with consent are ever looked at: an unconsented quote must not
 * shape a published figure either.
 */
@Component(service = Indicator.class)
public final class VoicePlurality extends ValuesIndicator {

    static final IndicatorDefinition DEFINITION = new IndicatorDefinition("DEM_VOICE_PLURALITY",
            LocalizedText.of("Pluralité des voix", "Plurality of voices"),
            LocalizedText.of("À combien de types de voix (usagers, agents, élus…) les verbatims publiables donnent "
                    + "la parole.", "How many kinds of voices (users, agents, elected officials…) the publishable "
                    + "quotes give a say to."),
            LocalizedText.of("nombre de rôles distincts (sans accents ni majuscules) parmi les verbatims avec "
                    + "consentement datés au plus tard à la fin de la période (date du verbatim, sinon de sa "
                    + "session, sans date\u00a0: compté)\u202f; à côté\u00a0: verbatims par rôle, part des voix usager, non-usager, "
                    + "habitant ou agent-service, équitabilité de Pielou (H ÷ ln k)",
                    "number of distinct roles (accents and case ignored) among quotes with consent dated by the "
                    + "period's end (the quote's date, else its session's; undated: counted); beside it: quotes "
                    + "per role, share of usager, non-usager, habitant or agent-service voices, Pielou evenness "
                    + "(H ÷ ln k)"),
            Unit.COUNT, Direction.HIGHER_IS_BETTER, ValueFamily.DEMOCRATIE, Temporality.UP_TO_PERIOD,
            Aggregation.DISTINCT, TargetBand.NONE, null).withSource(Sources.CATALOGUE).withRoles(CHARTED);

    /** The catalogue's "voices of the quietest": users, non-users, inhabitants, front-line agents. */
    private static final Set<String> CITIZEN_VOICES = Set.of("usager", "non-usager", "habitant", "agent-service");

    public VoicePlurality() {
        super(DEFINITION);
    }

    @Override
    public IndicatorValue compute(Dataset data, Scope scope, Period period) {
        Map<Key, LocalDate> sessionDates = new HashMap<>();
        for (Session s : data.sessions(scope)) {
            sessionDates.put(new Key(s.collectivite(), s.id()), s.dateDebut());
        }
        TreeMap<String, Integer> byRole = new TreeMap<>();
        int withoutRole = 0;
        int quotes = 0;
        for (Quote q : data.quotes(scope)) {
            if (!q.consent()) {
                continue;
            }
            LocalDate date = q.date() != null ? q.date()
                    : q.session() == null ? null : sessionDates.get(new Key(q.collectivite(), q.session()));
            if (date != null && !period.upTo(date)) {
                continue;
            }
            quotes++;
            String role = Rows.roleCode(q.role());
            if (role == null) {
                withoutRole++;
            } else {
                byRole.merge(role, 1, Integer::sum);
            }
        }
        if (quotes == 0) {
            return IndicatorValue.notComputable(Texts.text("nd.noConsentedQuote"), DEFINITION.target());
        }
        IndicatorValue v = IndicatorValue.of(byRole.size(), DEFINITION.target());
        int withRole = quotes - withoutRole;
        int citizen = 0;
        double entropy = 0;
        for (Map.Entry<String, Integer> e : byRole.entrySet()) {
            v = v.withDetail(new Detail("quotes_role_" + e.getKey(), Texts.text("detail.quotesOfRole", Texts.word("roles.", e.getKey())),
                    e.getValue(), Unit.COUNT));
            if (CITIZEN_VOICES.contains(e.getKey())) {
                citizen += e.getValue();
            }
            double p = (double) e.getValue() / withRole;
            entropy -= p * Math.log(p);
        }
        if (withoutRole > 0) {
            v = v.withDetail(new Detail("quotes_without_role", Texts.text("detail.quotesWithoutRole"), withoutRole,
                    Unit.COUNT));
        }
        if (withRole > 0) {
            v = v.withDetail(new Detail("citizen_voice_share", Texts.text("detail.citizenVoiceShare"),
                    (double) citizen / withRole, Unit.PERCENT));
        }
        if (byRole.size() >= 2) {
            v = v.withDetail(new Detail("pielou_evenness", Texts.text("detail.pielouEvenness"),
                    entropy / Math.log(byRole.size()), Unit.PERCENT));
        }
        return v;
    }
}
