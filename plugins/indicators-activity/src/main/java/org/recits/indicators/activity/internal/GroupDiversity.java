package org.recits.indicators.activity.internal;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.osgi.service.component.annotations.Component;
import org.recits.api.data.Dataset;
import org.recits.api.indicator.ActivityRecord;
import org.recits.api.indicator.Aggregation;
import org.recits.api.indicator.Detail;
import org.recits.api.indicator.Direction;
import org.recits.api.indicator.Indicator;
import org.recits.api.indicator.IndicatorValue;
import org.recits.api.indicator.Interval;
import org.recits.api.indicator.TargetBand;
import org.recits.api.indicator.Temporality;
import org.recits.api.indicator.Unit;
import org.recits.api.model.LocalizedText;
import org.recits.api.model.Participant;
import org.recits.api.model.Period;
import org.recits.api.model.Scope;

/** PART_GROUP_DIVERSITY: how many departments the group draws on, with how lopsided it is. */
@Component(service = Indicator.class)
public final class GroupDiversity extends ActivityIndicator {

    static final TargetBand BAND = Bands.of(List.of(Interval.atLeast(10)), List.of(Interval.closedOpen(6, 10)),
            "≥ 10 / 6–9 / < 6", "≥ 10 / 6–9 / < 6");

    static final String LARGEST = "largest_direction_share";
    static final String CATEGORIES_B_C = "categories_b_c_share";

    public GroupDiversity() {
        super(definition("PART_GROUP_DIVERSITY",
                LocalizedText.of("Diversité des directions", "Diversity of departments"),
                LocalizedText.of("De combien de directions viennent les ambassadeurs actifs à la fin de la période.",
                        "How many departments the ambassadors active at the period’s end come from."),
                LocalizedText.of(
                        "Nombre de valeurs distinctes non vides de direction (sans tenir compte de la casse ni des "
                                + "espaces) parmi les ambassadeurs actifs le dernier jour de la période. Aussi "
                                + "montrés\u00a0: part de la direction la plus représentée et part des catégories B et C, "
                                + "parmi les ambassadeurs actifs dont la donnée est renseignée. Programme\u00a0: somme des "
                                + "collectivités dont le programme court pendant la période (une direction d’une collectivité est distincte de celles des autres).",
                        "Number of distinct non-empty direction values (ignoring case and spaces) among the "
                                + "ambassadors active on the period’s last day. Also shown: share of the largest "
                                + "direction and share of categories B and C, among the active ambassadors for whom "
                                + "it is given. Programme: sum over the local authorities whose programme runs during the period (a department of one "
                                + "local authority is distinct from the others’)."),
                Unit.COUNT, Direction.HIGHER_IS_BETTER, Temporality.STOCK_AT_END, Aggregation.SUM, BAND)
                .withActivityRead(ActivityRecord.PARTICIPANTS));
    }

    @Override
    public IndicatorValue compute(Dataset data, Scope scope, Period period) {
        // Keys are "collectivité␟direction": the programme's count is then the sum of the collectivités'.
        Map<String, Integer> perDirection = new HashMap<>();
        int people = 0;
        int withDirection = 0;
        int withCategory = 0;
        int categoryBorC = 0;
        for (String c : running(data, scope, period)) {
            Ambassadors amb = Ambassadors.of(data, c);
            for (String id : amb.activeOn(period.end())) {
                Participant p = amb.activeRow(id, period.end());
                people++;
                String direction = normalise(p.direction());
                if (!direction.isEmpty()) {
                    withDirection++;
                    perDirection.merge(c + '\u241F' + direction, 1, Integer::sum);
                }
                String category = normalise(p.categorie());
                if (!category.isEmpty()) {
                    withCategory++;
                    if (category.equals("b") || category.equals("c")) {
                        categoryBorC++;
                    }
                }
            }
        }
        if (people == 0) {
            return IndicatorValue.notComputable(Texts.text("text.noActiveAmbassadorAtThePeriods"), band());
        }
        if (perDirection.isEmpty()) {
            return IndicatorValue.notComputable(Texts.text("text.noDirectionGivenForTheActive"), band()).withPopulation(people);
        }
        TargetBand target = scope.isProgramme() ? Bands.notJudgedForProgramme(band()) : band();
        int largest = perDirection.values().stream().mapToInt(Integer::intValue).max().orElse(0);
        IndicatorValue v = IndicatorValue.of(perDirection.size(), target).withPopulation(people)
                .withDetail(new Detail(LARGEST, Texts.text("detail.largestDirection", String.valueOf(withDirection)),
                        (double) largest / withDirection, Unit.PERCENT));
        if (withCategory > 0) {
            v = v.withDetail(new Detail(CATEGORIES_B_C, Texts.text("detail.categoriesBC", String.valueOf(withCategory)),
                    (double) categoryBorC / withCategory, Unit.PERCENT));
        }
        return scope.isProgramme() ? v.withNote(Bands.PROGRAMME_SUM_NOTE) : v;
    }

    private static final Pattern SPACES = Pattern.compile("\\s+");

    private static String normalise(String s) {
        return s == null ? "" : SPACES.matcher(s.strip()).replaceAll(" ").toLowerCase(Locale.ROOT);
    }
}
