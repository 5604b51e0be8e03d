package org.recits.engine.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.recits.api.data.Dataset;
import org.recits.api.indicator.Indicator;
import org.recits.api.indicator.IndicatorDefinition;
import org.recits.api.indicator.IndicatorValue;
import org.recits.api.indicator.TargetBand;
import org.recits.api.ingest.Ingestor;
import org.recits.api.model.Period;
import org.recits.api.model.Scope;
import org.recits.api.report.PluginFailure;
import org.recits.api.report.ReportRenderer;

/** Two plugins answering to one code: the earlier keeps it, the later is refused and both are named. */
class PluginsTest {

    /** An indicator that only has a code and a figure of its own. */
    private record Coded(String code, double value) implements Indicator {
        @Override
        public IndicatorDefinition definition() {
            return Fixtures.definition(code);
        }

        @Override
        public IndicatorValue compute(Dataset data, Scope scope, Period period) {
            return IndicatorValue.of(value, TargetBand.NONE);
        }
    }

    private static Registered<Indicator> from(String bundle, long bundleId, long serviceId, Indicator indicator) {
        return new Registered<>(indicator, bundle, "1.0.0", bundleId, serviceId);
    }

    @Test
    void aCodeTakenTwiceStaysWithTheEarlierBundleWhateverTheOrderTheyAreListedIn() {
        Registered<Indicator> shipped = from("org.recits.indicators.activity", 12, 40, new Coded("PART_ATTENDANCE_RATE", 0.8));
        Registered<Indicator> impostor = from("org.example.impostor", 27, 95, new Coded("PART_ATTENDANCE_RATE", 42));
        Registered<Indicator> other = from("org.example.impostor", 27, 96, new Coded("EX_OTHER", 1));

        Plugins plugins = Plugins.of(List.<Registered<Ingestor>>of(), List.of(impostor, other, shipped),
                List.<Registered<ReportRenderer>>of());

        assertThat(plugins.indicators()).containsExactly(other, shipped);
        List<PluginFailure> fr = plugins.failures(EngineTexts.of(Locale.FRENCH));
        assertThat(fr).singleElement().satisfies(f -> {
            assertThat(f.plugin()).isEqualTo("PART_ATTENDANCE_RATE (org.example.impostor 1.0.0)");
            assertThat(f.stage()).isEqualTo("load");
            assertThat(f.message()).contains("PART_ATTENDANCE_RATE").contains("org.recits.indicators.activity 1.0.0")
                    .contains("est ignoré");
        });
        assertThat(plugins.failures(EngineTexts.of(Locale.ENGLISH))).singleElement()
                .satisfies(f -> assertThat(f.message()).contains("is already provided by org.recits.indicators.activity"));
    }

    @Test
    void anOldAndANewJarOfOnePluginKeepTheOneInstalledFirst() {
        Registered<Indicator> old = new Registered<>(new Coded("EX_SHARE", 1), "org.example.share", "0.1.0", 30, 100);
        Registered<Indicator> newer = new Registered<>(new Coded("EX_SHARE", 2), "org.example.share", "0.2.0", 31, 101);

        Plugins plugins = Plugins.of(List.of(), List.of(newer, old), List.of());

        assertThat(plugins.indicators()).containsExactly(old);
        assertThat(plugins.failures(EngineTexts.of(Locale.FRENCH))).singleElement()
                .satisfies(f -> {
                    assertThat(f.plugin()).isEqualTo("EX_SHARE (org.example.share 0.2.0)");
                    assertThat(f.message()).contains("org.example.share 0.1.0");
                });
    }

    @Test
    void twoRenderersWithOneIdAreRefusedTheSameWay() {
        Registered<ReportRenderer> first = new Registered<>(new Fixtures.TextRenderer(), "org.example.a", "1", 5, 7);
        Registered<ReportRenderer> second = new Registered<>(new Fixtures.TextRenderer(), "org.example.b", "1", 6, 8);

        Plugins plugins = Plugins.of(List.of(), List.of(), List.of(second, first));

        assertThat(plugins.renderers()).containsExactly(first);
        assertThat(plugins.failures(EngineTexts.of(Locale.FRENCH))).singleElement()
                .satisfies(f -> assertThat(f.message()).contains("l’identifiant de rendu text").contains("org.example.a 1"));
    }
}
