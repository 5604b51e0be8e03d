package org.recits.indicators.values.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.osgi.service.component.annotations.Component;
import org.recits.api.data.Dataset;
import org.recits.api.indicator.Indicator;
import org.recits.api.indicator.IndicatorDefinition;
import org.recits.api.indicator.IndicatorValue;
import org.recits.api.indicator.ValueFamily;
import org.recits.api.model.Period;
import org.recits.api.model.Scope;
import org.recits.testkit.Typography;

class DefinitionsTest {

    static final List<Indicator> ALL = List.of(new SessionSatisfaction(), new SkillsGain(),
            new ServiceExperienceDelta(), new DemocracySurveyScore(), new ImpactSurveyScore(),
            new ProductivitySurveyScore(), new UsersInvolved(), new ElectedEngagement(), new VoicePlurality(),
            new ProposalUptake(), new AgentTimeUse());

    @Test
    void everyDefinitionIsCompleteAndCodesAreUnique() {
        Set<String> codes = new HashSet<>();
        for (Indicator i : ALL) {
            IndicatorDefinition d = i.definition();
            assertThat(codes.add(d.code())).as(d.code()).isTrue();
            assertThat(d.code()).matches("[A-Z]+(_[A-Z0-9]+)+");
            for (var t : List.of(d.label(), d.description(), d.formula())) {
                assertThat(t.fr()).isNotBlank();
                assertThat(t.en()).isNotBlank();
            }
            assertThat(d.source()).isNotBlank();
            assertThat(i.definition()).isSameAs(d);
            assertThat(i.getClass().getAnnotation(Component.class)).as(d.code()).isNull(); // CLASS retention
        }
        assertThat(codes).contains("QUAL_SESSION_SATISFACTION", "CAP_SKILLS_GAIN");
    }

    @Test
    void everyTextOfEveryDefinitionKeepsTheTypographyOfItsLanguage() {
        assertThat(ALL).flatExtracting(i -> Typography.problems(i.definition())).isEmpty();
    }

    @Test
    void everyValueFamilyHasAnIndicator() {
        Set<ValueFamily> families = new HashSet<>();
        ALL.forEach(i -> families.add(i.definition().family()));
        assertThat(families).contains(ValueFamily.DEMOCRATIE, ValueFamily.QUALITE, ValueFamily.IMPACT,
                ValueFamily.PRODUCTIVITE, ValueFamily.CAPACITATION);
    }

    @Test
    void anEmptyDatasetGivesReasonsNotZerosNorExceptions() {
        Dataset empty = Dataset.builder().build();
        for (Indicator i : ALL) {
            for (Scope s : List.of(Scope.programme(), Scope.of("metz"))) {
                IndicatorValue v = i.compute(empty, s, Period.parse("2020-T1"));
                assertThat(v.isComputable()).as(i.definition().code()).isFalse();
                assertThat(v.reason().fr()).isNotBlank();
                assertThat(v.reason().en()).isNotBlank();
            }
        }
    }

    @Test
    void everyIndicatorIsADeclarativeServicesComponent() throws IOException {
        // bnd writes one component description per @Component class into target/classes/OSGI-INF
        Path dir = Path.of("target", "classes", "OSGI-INF");
        Set<String> described = new HashSet<>();
        try (Stream<Path> files = Files.list(dir)) {
            files.forEach(f -> described.add(f.getFileName().toString()));
        }
        for (Indicator i : ALL) {
            assertThat(described).contains(i.getClass().getName() + ".xml");
        }
    }
}
