package org.recits.indicators.activity.internal;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.osgi.service.component.annotations.Component;
import org.recits.api.data.Dataset;
import org.recits.api.indicator.ActivityRecord;
import org.recits.api.indicator.Aggregation;
import org.recits.api.indicator.ChartKind;
import org.recits.api.indicator.ChartRole;
import org.recits.api.indicator.Direction;
import org.recits.api.indicator.Indicator;
import org.recits.api.indicator.Detail;
import org.recits.api.indicator.IndicatorRoles;
import org.recits.api.indicator.IndicatorValue;
import org.recits.api.indicator.Interval;
import org.recits.api.indicator.TargetBand;
import org.recits.api.indicator.Temporality;
import org.recits.api.indicator.Theme;
import org.recits.api.indicator.Unit;
import org.recits.api.model.LocalizedText;
import org.recits.api.model.Period;
import org.recits.api.model.Scope;
import org.recits.api.model.Session;

/** QUAL_GROUP_WEATHER: the group's mood at the period's sessions. */
@Component(service = Indicator.class)
public final class GroupWeather extends ActivityIndicator {

    static final TargetBand BAND = Bands.of(List.of(Interval.atLeast(3.5)), List.of(Interval.closedOpen(3, 3.5)),
            "≥ 3,5 / 3–3,5 / < 3", "≥ 3.5 / 3–3.5 / < 3");

    /** Roles: a headline figure, drawn over time per collectivité, told with the life of the group. */
    static final IndicatorRoles ROLES = IndicatorRoles.NONE.withHeadline(6).withChart(ChartRole.of(ChartKind.LINES, "meteo", null))
            .withTheme(Theme.GROUP);

    public GroupWeather() {
        super(definition("QUAL_GROUP_WEATHER",
                LocalizedText.of("Météo du groupe", "Group weather"),
                LocalizedText.of("Humeur moyenne du groupe aux sessions de la période, de 1 (orage) à 5 (soleil).",
                        "Mean mood of the group at the period’s sessions, from 1 (storm) to 5 (sun)."),
                LocalizedText.of(
                        "Moyenne des scores des lignes de meteo.csv dont la session (de tout type) a sa date_debut "
                                + "dans la période (soleil 5, eclaircie 4, nuageux 3, pluie 2, orage 1)\u00a0: Σ scores ÷ "
                                + "nombre de lignes. Programme\u00a0: moyenne sur toutes les lignes des collectivités.",
                        "Mean score of the meteo.csv rows whose session (of any type) has its date_debut in the "
                                + "period (soleil 5, eclaircie 4, nuageux 3, pluie 2, orage 1): Σ scores ÷ number of "
                                + "rows. Programme: mean over every row of the local authorities."),
                Unit.SCORE, Direction.HIGHER_IS_BETTER, Temporality.FLOW_IN_PERIOD, Aggregation.MEAN, BAND).withRoles(ROLES)
                .withActivityRead(ActivityRecord.WEATHER));
    }

    @Override
    public IndicatorValue compute(Dataset data, Scope scope, Period period) {
        long sum = 0;
        int rows = 0;
        Set<String> named = new HashSet<>();
        int anonymous = 0;
        for (String c : collectivites(data, scope)) {
            Set<String> sessions = new HashSet<>();
            for (Session s : data.sessions(Scope.of(c))) {
                if (period.contains(s.dateDebut())) {
                    sessions.add(s.id());
                }
            }
            if (sessions.isEmpty()) {
                continue;
            }
            for (org.recits.api.model.GroupWeather w : data.weather(Scope.of(c))) {
                if (sessions.contains(w.session())) {
                    sum += w.score();
                    rows++;
                    if (w.participant() == null || w.participant().isBlank()) {
                        anonymous++;
                    } else {
                        named.add(c + '\u241F' + w.participant().strip());
                    }
                }
            }
        }
        if (rows == 0) {
            return IndicatorValue.notComputable(Texts.text("text.noWeatherForThePeriodsSessions"), band());
        }
        // People it rests on: the distinct named participants, and each unnamed row as one more.
        return IndicatorValue.ratio(sum, rows, band(), Texts.text("text.noRow"))
                .withPopulation(named.size() + anonymous)
                .withDetail(Detail.sampleSize(rows, Texts.text("text.weatherAnswers")));
    }
}
