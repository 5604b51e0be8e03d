package __PACKAGE__;

import java.util.List;
import org.osgi.service.component.annotations.Component;
import org.recits.api.data.Dataset;
import org.recits.api.indicator.Aggregation;
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
import org.recits.api.model.Scope;
import org.recits.api.model.Session;
import org.recits.api.text.Bilingual;

/**
 * __CODE__: the intervention days (sessions and immersions) that start in the period. A starting
 * point: change the definition and {@code compute}, keep the tests green.
 */
@Component(service = Indicator.class) // makes it an OSGi service the engine finds
public final class __CLASS__ implements Indicator {

    /** The texts of messages.properties (French) and messages_en.properties beside this class, both at once. */
    private static final Bilingual TEXTS = Bilingual.of(__CLASS__.class);

    // No target yet: the value is followed as a trend. See TargetBand.of(…) to judge it green/orange/red.
    private static final TargetBand BAND = TargetBand.NONE;

    private static final IndicatorDefinition DEFINITION = new IndicatorDefinition("__CODE__",
            LocalizedText.of("Jours d’intervention de la période", "Intervention days in the period"),
            LocalizedText.of("Combien de jours de sessions et d’immersions ont commencé dans la période.",
                    "How many days of sessions and immersions started in the period."),
            LocalizedText.of("Σ jours des sessions et immersions commencées dans la période",
                    "Σ days of sessions and immersions started in the period"),
            Unit.DAYS, Direction.NEUTRAL, ValueFamily.PROTOCOLE, Temporality.FLOW_IN_PERIOD, Aggregation.SUM, BAND,
            "__NAME__");

    @Override
    public IndicatorDefinition definition() {
        return DEFINITION;
    }

    @Override
    public IndicatorValue compute(Dataset data, Scope scope, Period period) {
        double days = 0;
        boolean any = false;
        for (Session s : data.sessions(scope)) {
            if (s.isCounted() && period.contains(s.dateDebut())) {
                days += s.jours();
                any = true;
            }
        }
        if (!any) {
            // Never a zero standing in for missing data: say why there is no value.
            return IndicatorValue.notComputable(TEXTS.get("nd.noSession"), BAND);
        }
        return IndicatorValue.of(days, BAND);
    }

    /**
     * What the narrative says about the value, in French and English. Optional: without it the narrative
     * writes a generic sentence from the definition. This is the variant the engine calls: {@code name} is
     * the collectivité's name as the data writes it (« Ville de Metz »), null for the programme; the scope
     * holds only its id ({@code metz}), which a sentence must never show. Say the period in words, or not
     * at all: the narrative already says which period it is about, and « 2020-T1 » is a code to an élu.
     */
    @Override
    public List<LocalizedText> sentences(Scope scope, String name, Period period, IndicatorValue current,
            IndicatorValue previous) {
        // The name leads (« Ville de Metz : … »): a name with its own article or none takes no preposition
        // that would have to agree with it.
        LocalizedText where = scope.isProgramme() ? TEXTS.get("where.programme") : TEXTS.get("where.collectivite", name);
        // A LocalizedText argument is taken in each language; a number is formatted in each (« 1,5 », "1.5").
        return List.of(TEXTS.get("sentence.days", where, current.value()));
    }
}
