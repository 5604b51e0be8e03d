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

/** QUAL_SESSION_SATISFACTION (docs/indicateurs.md). */
@Component(service = Indicator.class)
public final class SessionSatisfaction extends SurveyMean {

    static final IndicatorDefinition DEFINITION = new IndicatorDefinition("QUAL_SESSION_SATISFACTION",
            LocalizedText.of("Satisfaction des participants", "Participant satisfaction"),
            LocalizedText.of("Ce que les participants disent des sessions, d’après les questionnaires.",
                    "What participants say of the sessions, from the questionnaires."),
            LocalizedText.of("moyenne des scores (1–5) des réponses aux questions «\u00a0satisfaction\u00a0» datées dans la "
                    + "période (réponses sans date écartées)\u202f; n = répondants distincts\u202f; intervalle à 95\u00a0% de Student "
                    + "sur les répondants (ddl = n − 1)",
                    "mean of the scores (1–5) of answers to “satisfaction” questions dated in the period (undated "
                    + "answers left out); n = distinct respondents; 95% Student interval over respondents "
                    + "(df = n − 1)"),
            Unit.SCORE, Direction.HIGHER_IS_BETTER, ValueFamily.QUALITE, Temporality.FLOW_IN_PERIOD,
            Aggregation.MEAN, Bands.SATISFACTION, null).withSource(Sources.RECITS_V1).withRoles(
            IndicatorRoles.NONE.withHeadline(7).withKeyFigure(5).withChart(ChartRole.values()));

    public SessionSatisfaction() {
        super(Measure.SATISFACTION, DEFINITION);
    }
}
