package org.recits.indicators.values.internal;

import org.osgi.service.component.annotations.Component;
import org.recits.api.indicator.Aggregation;
import org.recits.api.indicator.Direction;
import org.recits.api.indicator.Indicator;
import org.recits.api.indicator.IndicatorDefinition;
import org.recits.api.indicator.TargetBand;
import org.recits.api.indicator.Temporality;
import org.recits.api.indicator.Unit;
import org.recits.api.indicator.ValueFamily;
import org.recits.api.model.LocalizedText;
import org.recits.api.model.Measure;

/**
 * QUAL_SERVICE_EXPERIENCE_DELTA (catalogue de recherche). The catalogue measures it on case results
 * (measured vs reference) that the input files (docs/format.md) do not carry; here it is the before/after change of the
 * « qualite » survey answers, with the same pairing rule as CAP_SKILLS_GAIN.
 */
@Component(service = Indicator.class)
public final class ServiceExperienceDelta extends WaveDelta {

    static final IndicatorDefinition DEFINITION = new IndicatorDefinition("QUAL_SERVICE_EXPERIENCE_DELTA",
            LocalizedText.of("Amélioration de l’expérience usager", "Service-experience change"),
            LocalizedText.of("Comment la qualité du service perçue a changé entre la vague d’avant et celle d’après.",
                    "How the perceived quality of service changed between the wave before and the wave after."),
            LocalizedText.of("réponses «\u00a0qualite\u00a0» datées au plus tard à la fin de la période ou sans date\u00a0: "
                    + "apparié quand au moins un identifiant de répondant figure dans les deux vagues — moyenne, sur "
                    + "ces répondants, de (moyenne après − moyenne avant), intervalle t apparié (ddl = n − 1)\u202f; "
                    + "sinon moyenne des réponses «\u00a0après\u00a0» − moyenne des réponses «\u00a0avant\u00a0», intervalle de Welch\u202f; "
                    + "échelle 1–5",
                    "“qualite” answers dated by the period's end or undated: paired when at least one "
                    + "respondent id is in both waves — mean over those respondents of (mean after − mean before), "
                    + "paired t interval (df = n − 1); otherwise mean of “after” answers − mean of “before” "
                    + "answers, Welch interval; 1–5 scale"),
            Unit.SCORE_DELTA, Direction.HIGHER_IS_BETTER, ValueFamily.QUALITE, Temporality.UP_TO_PERIOD,
            Aggregation.MEAN, TargetBand.NONE, null).withSource(Sources.CATALOGUE_BEFORE_AFTER);

    public ServiceExperienceDelta() {
        super(Measure.QUALITE, DEFINITION);
    }
}
