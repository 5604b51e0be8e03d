package org.recits.indicators.values.internal;

import org.osgi.service.component.annotations.Component;
import org.recits.api.indicator.Aggregation;
import org.recits.api.indicator.ChartRole;
import org.recits.api.indicator.Direction;
import org.recits.api.indicator.Indicator;
import org.recits.api.indicator.IndicatorDefinition;
import org.recits.api.indicator.IndicatorRoles;
import org.recits.api.indicator.Temporality;
import org.recits.api.indicator.Unit;
import org.recits.api.indicator.ValueFamily;
import org.recits.api.model.LocalizedText;
import org.recits.api.model.Measure;

/** CAP_SKILLS_GAIN (docs/indicateurs.md). */
@Component(service = Indicator.class)
public final class SkillsGain extends WaveDelta {

    static final IndicatorDefinition DEFINITION = new IndicatorDefinition("CAP_SKILLS_GAIN",
            LocalizedText.of("Progression des compétences", "Skills gain"),
            LocalizedText.of("Ce que les ambassadeurs disent avoir appris, entre le questionnaire d’avant et celui "
                    + "d’après.", "What ambassadors say they learnt, between the questionnaire before and the one after."),
            LocalizedText.of("réponses «\u00a0capacitation\u00a0» datées au plus tard à la fin de la période ou sans date\u00a0: "
                    + "apparié quand au moins un identifiant de répondant figure dans les deux vagues — moyenne, sur "
                    + "ces répondants, de (moyenne après − moyenne avant), intervalle t apparié (ddl = n − 1)\u202f; "
                    + "sinon moyenne des réponses «\u00a0après\u00a0» − moyenne des réponses «\u00a0avant\u00a0», intervalle de Welch\u202f; "
                    + "échelle 1–5",
                    "“capacitation” answers dated by the period's end or undated: paired when at least one "
                    + "respondent id is in both waves — mean over those respondents of (mean after − mean before), "
                    + "paired t interval (df = n − 1); otherwise mean of “after” answers − mean of “before” "
                    + "answers, Welch interval; 1–5 scale"),
            Unit.SCORE_DELTA, Direction.HIGHER_IS_BETTER, ValueFamily.CAPACITATION, Temporality.UP_TO_PERIOD,
            Aggregation.MEAN, Bands.SKILLS_GAIN, null).withSource(Sources.RECITS_V1).withRoles(
            IndicatorRoles.NONE.withHeadline(8).withChart(ChartRole.values()));

    public SkillsGain() {
        super(Measure.CAPACITATION, DEFINITION);
    }
}
