package org.recits.indicators.activity.internal;

import java.util.List;
import org.recits.api.data.Dataset;
import org.recits.api.indicator.Aggregation;
import org.recits.api.indicator.Direction;
import org.recits.api.indicator.Indicator;
import org.recits.api.indicator.IndicatorDefinition;
import org.recits.api.indicator.TargetBand;
import org.recits.api.indicator.Temporality;
import org.recits.api.indicator.Unit;
import org.recits.api.indicator.ValueFamily;
import org.recits.api.model.LocalizedText;
import org.recits.api.model.Period;
import org.recits.api.model.Scope;

/**
 * Base of this bundle's indicators: holds the definition and the one rule every indicator shares,
 * that the programme is computed collectivité by collectivité (never by pooling rows whose ids are
 * only unique within a collectivité).
 */
public abstract class ActivityIndicator implements Indicator {

    /** Where every definition of this bundle comes from, in both languages. */
    public static final LocalizedText SOURCE = LocalizedText.of("définitions Récits v1", "Récits definitions v1");

    private final IndicatorDefinition definition;

    protected ActivityIndicator(IndicatorDefinition definition) {
        this.definition = definition;
    }

    @Override
    public final IndicatorDefinition definition() {
        return definition;
    }

    protected final TargetBand band() {
        return definition.target();
    }

    /** The collectivité of the scope, or every collectivité in the data (sorted ids) for the programme. */
    protected static List<String> collectivites(Dataset data, Scope scope) {
        return scope.isProgramme() ? data.collectiviteIds() : List.of(scope.collectivite());
    }

    /**
     * Like {@link #collectivites}, but for the programme only the collectivités whose programme runs
     * during the period ({@code Collectivite.runsDuring}; one absent from collectivites.csv is kept):
     * a group whose programme has ended is not active any more, whatever its participants' rows say.
     */
    protected static List<String> running(Dataset data, Scope scope, Period period) {
        if (!scope.isProgramme()) {
            return List.of(scope.collectivite());
        }
        return data.collectiviteIds().stream()
                .filter(id -> data.collectivite(id).map(c -> c.runsDuring(period)).orElse(true))
                .toList();
    }

    /** A definition; the family follows from the code's prefix, as docs/indicateurs.md groups them. */
    protected static IndicatorDefinition definition(String code, LocalizedText label, LocalizedText description,
            LocalizedText formula, Unit unit, Direction direction, Temporality temporality, Aggregation aggregation,
            TargetBand target) {
        return new IndicatorDefinition(code, label, description, formula, unit, direction, familyOf(code),
                temporality, aggregation, target, null).withSource(SOURCE);
    }

    static ValueFamily familyOf(String code) {
        String prefix = code.substring(0, code.indexOf('_'));
        return switch (prefix) {
            case "PART" -> ValueFamily.PARTICIPATION;
            case "PROT" -> ValueFamily.PROTOCOLE;
            case "QUAL" -> ValueFamily.QUALITE;
            case "FIN" -> ValueFamily.FINANCE;
            case "PROD" -> ValueFamily.PRODUCTIVITE;
            default -> throw new IllegalArgumentException("no family for " + code);
        };
    }
}
