package org.recits.indicators.activity.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.recits.api.indicator.Aggregation;
import org.recits.api.indicator.Indicator;
import org.recits.api.indicator.IndicatorDefinition;
import org.recits.api.indicator.Status;
import org.recits.api.indicator.TargetBand;
import org.recits.api.indicator.Unit;
import org.recits.api.indicator.ValueFamily;
import org.recits.testkit.Typography;

class DefinitionsAndBandsTest {

    static List<Indicator> all() {
        return List.of(new ActiveAmbassadors(), new AttendanceRate(), new RetentionRate(), new GroupDiversity(),
                new InterventionDays(), new MonthlyRhythm(), new CasesCount(), new SessionsPerCase(),
                new MethodDiversity(), new LabWorkStart(), new IntertransfoInterval(), new GroupWeather(),
                new CollectiviteShare(), new PartnerShare(), new CostPerTrainedDay());
    }

    @Test
    void everyActivityIndicatorOfIndicatorsMdIsHere() {
        assertThat(all()).extracting(i -> i.definition().code()).containsExactlyInAnyOrder(
                "PART_ACTIVE_AMBASSADORS", "PART_ATTENDANCE_RATE", "PART_RETENTION_RATE", "PART_GROUP_DIVERSITY",
                "PROT_INTERVENTION_DAYS", "PROT_MONTHLY_RHYTHM", "PROT_CASES_COUNT", "PROT_SESSIONS_PER_CASE",
                "PROT_METHOD_DIVERSITY", "PROT_LAB_WORK_START", "PROT_INTERTRANSFO_INTERVAL", "QUAL_GROUP_WEATHER",
                "FIN_COLLECTIVITE_SHARE", "FIN_PARTNER_SHARE", "PROD_COST_PER_TRAINED_DAY");
    }

    @Test
    void definitionsAreCompleteAndFitTheIndicatorsListing() {
        for (Indicator i : all()) {
            IndicatorDefinition d = i.definition();
            assertThat(i.definition()).as("same object every call").isSameAs(d);
            assertThat(d.source()).isEqualTo("définitions Récits v1");
            assertThat(d.sourceText().in(java.util.Locale.ENGLISH)).isEqualTo("Récits definitions v1");
            assertThat(d.code().length()).as(d.code()).isLessThanOrEqualTo(27); // `recits indicators` column
            for (var text : List.of(d.label(), d.description(), d.formula(), d.target().text())) {
                assertThat(text.fr()).as(d.code()).isNotBlank();
                assertThat(text.en()).as(d.code()).isNotBlank();
            }
            assertThat(d.label().fr().length()).as(d.code()).isLessThanOrEqualTo(32);
            assertThat(d.label().en().length()).as(d.code()).isLessThanOrEqualTo(32);
            ValueFamily expected = switch (d.code().substring(0, d.code().indexOf('_'))) {
                case "PART" -> ValueFamily.PARTICIPATION;
                case "PROT" -> ValueFamily.PROTOCOLE;
                case "QUAL" -> ValueFamily.QUALITE;
                case "FIN" -> ValueFamily.FINANCE;
                default -> ValueFamily.PRODUCTIVITE;
            };
            assertThat(d.family()).as(d.code()).isEqualTo(expected);
            if (d.unit() == Unit.PERCENT) {
                assertThat(d.aggregation()).as(d.code()).isEqualTo(Aggregation.RATIO_OF_SUMS);
            }
        }
        assertThat(new PartnerShare().definition().target()).isEqualTo(TargetBand.NONE);
        assertThat(new CostPerTrainedDay().definition().target()).isEqualTo(TargetBand.NONE);
    }

    /** Chart titles and bands reach a picture or a cell as written: « Qui finance ? » needs its narrow space there. */
    @Test
    void everyTextOfEveryDefinitionKeepsTheTypographyOfItsLanguage() {
        assertThat(all()).flatExtracting(i -> Typography.problems(i.definition())).isEmpty();
    }

    /** Every target band of docs/indicateurs.md at and around its edges. */
    static Stream<Arguments> edges() {
        return Stream.of(
                // PART_ACTIVE_AMBASSADORS 18–22 / 15–17 or 23–25 / otherwise
                a(ActiveAmbassadors.BAND, 14, Status.RED), a(ActiveAmbassadors.BAND, 15, Status.ORANGE),
                a(ActiveAmbassadors.BAND, 17, Status.ORANGE), a(ActiveAmbassadors.BAND, 18, Status.GREEN),
                a(ActiveAmbassadors.BAND, 22, Status.GREEN), a(ActiveAmbassadors.BAND, 23, Status.ORANGE),
                a(ActiveAmbassadors.BAND, 25, Status.ORANGE), a(ActiveAmbassadors.BAND, 26, Status.RED),
                // PART_ATTENDANCE_RATE ≥ 80 % / 65–80 % / < 65 %
                a(AttendanceRate.BAND, 0.8, Status.GREEN), a(AttendanceRate.BAND, 0.7999, Status.ORANGE),
                a(AttendanceRate.BAND, 0.65, Status.ORANGE), a(AttendanceRate.BAND, 0.6499, Status.RED),
                // PART_RETENTION_RATE and PROT_MONTHLY_RHYTHM ≥ 80 % / 60–80 % / < 60 %
                a(RetentionRate.BAND, 0.8, Status.GREEN), a(RetentionRate.BAND, 0.7999, Status.ORANGE),
                a(RetentionRate.BAND, 0.6, Status.ORANGE), a(RetentionRate.BAND, 0.5999, Status.RED),
                a(MonthlyRhythm.BAND, 0.8, Status.GREEN), a(MonthlyRhythm.BAND, 0.6, Status.ORANGE),
                a(MonthlyRhythm.BAND, 0.5999, Status.RED),
                // PART_GROUP_DIVERSITY ≥ 10 / 6–9 / < 6
                a(GroupDiversity.BAND, 10, Status.GREEN), a(GroupDiversity.BAND, 9, Status.ORANGE),
                a(GroupDiversity.BAND, 6, Status.ORANGE), a(GroupDiversity.BAND, 5, Status.RED),
                // PROT_INTERVENTION_DAYS 30–40 / 20–30 or 40–45 / otherwise
                a(InterventionDays.BAND, 30, Status.GREEN), a(InterventionDays.BAND, 40, Status.GREEN),
                a(InterventionDays.BAND, 29.5, Status.ORANGE), a(InterventionDays.BAND, 20, Status.ORANGE),
                a(InterventionDays.BAND, 19.5, Status.RED), a(InterventionDays.BAND, 40.5, Status.ORANGE),
                a(InterventionDays.BAND, 45, Status.ORANGE), a(InterventionDays.BAND, 45.5, Status.RED),
                // PROT_CASES_COUNT 3–6 / 2 or 7 / otherwise
                a(CasesCount.BAND, 1, Status.RED), a(CasesCount.BAND, 2, Status.ORANGE),
                a(CasesCount.BAND, 3, Status.GREEN), a(CasesCount.BAND, 6, Status.GREEN),
                a(CasesCount.BAND, 7, Status.ORANGE), a(CasesCount.BAND, 8, Status.RED),
                // PROT_SESSIONS_PER_CASE 100 % / ≥ 75 % / < 75 %
                a(SessionsPerCase.BAND, 1.0, Status.GREEN), a(SessionsPerCase.BAND, 0.9999, Status.ORANGE),
                a(SessionsPerCase.BAND, 0.75, Status.ORANGE), a(SessionsPerCase.BAND, 0.7499, Status.RED),
                // PROT_METHOD_DIVERSITY ≥ 8 / 5–7 / < 5
                a(MethodDiversity.BAND, 8, Status.GREEN), a(MethodDiversity.BAND, 7, Status.ORANGE),
                a(MethodDiversity.BAND, 5, Status.ORANGE), a(MethodDiversity.BAND, 4, Status.RED),
                // PROT_LAB_WORK_START 4–6 / 7 / otherwise
                a(LabWorkStart.BAND, 3, Status.RED), a(LabWorkStart.BAND, 4, Status.GREEN),
                a(LabWorkStart.BAND, 6, Status.GREEN), a(LabWorkStart.BAND, 7, Status.ORANGE),
                a(LabWorkStart.BAND, 8, Status.RED),
                // PROT_INTERTRANSFO_INTERVAL ≤ 6 / 6–8 / > 8
                a(IntertransfoInterval.BAND, 6, Status.GREEN), a(IntertransfoInterval.BAND, 6.01, Status.ORANGE),
                a(IntertransfoInterval.BAND, 8, Status.ORANGE), a(IntertransfoInterval.BAND, 8.01, Status.RED),
                // QUAL_GROUP_WEATHER ≥ 3.5 / 3–3.5 / < 3
                a(GroupWeather.BAND, 3.5, Status.GREEN), a(GroupWeather.BAND, 3.49, Status.ORANGE),
                a(GroupWeather.BAND, 3, Status.ORANGE), a(GroupWeather.BAND, 2.99, Status.RED),
                // FIN_COLLECTIVITE_SHARE 55–70 % / 45–55 % or 70–80 % / otherwise
                a(CollectiviteShare.BAND, 0.55, Status.GREEN), a(CollectiviteShare.BAND, 0.70, Status.GREEN),
                a(CollectiviteShare.BAND, 0.5499, Status.ORANGE), a(CollectiviteShare.BAND, 0.45, Status.ORANGE),
                a(CollectiviteShare.BAND, 0.4499, Status.RED), a(CollectiviteShare.BAND, 0.7001, Status.ORANGE),
                a(CollectiviteShare.BAND, 0.80, Status.ORANGE), a(CollectiviteShare.BAND, 0.8001, Status.RED),
                // No band: trend only
                a(TargetBand.NONE, 0.5, Status.NONE));
    }

    private static Arguments a(TargetBand band, double value, Status expected) {
        return Arguments.of(band.text().fr(), band, value, expected);
    }

    @ParameterizedTest(name = "{0}: {2} → {3}")
    @MethodSource("edges")
    void bandEdges(String name, TargetBand band, double value, Status expected) {
        assertThat(band.statusOf(value)).isEqualTo(expected);
    }
}
