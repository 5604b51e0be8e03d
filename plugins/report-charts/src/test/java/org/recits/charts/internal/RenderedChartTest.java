package org.recits.charts.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.imageio.ImageIO;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.data.category.DefaultCategoryDataset;
import org.junit.jupiter.api.Test;
import org.recits.api.indicator.Unit;
import org.recits.api.model.LocalizedText;

/** A drawn chart's encodings, one quirk per test. */
class RenderedChartTest {

    private static RenderedChart chart(String id, List<String> codes) {
        DefaultCategoryDataset ds = new DefaultCategoryDataset();
        ds.addValue(3, "s", "a");
        ds.addValue(5, "s", "b");
        return new RenderedChart(id, LocalizedText.of("Titre", "Title"), codes,
                Plots.newChart("Titre", Plots.bars(ds, Unit.COUNT, PlotOrientation.VERTICAL, false, Locale.FRENCH)),
                200, 100, List.of());
    }

    @Test
    void thePngIsAtTheScaleAsked() throws Exception {
        byte[] png = chart("c", List.of("X")).png(2);
        var image = ImageIO.read(new ByteArrayInputStream(png));
        assertThat(image.getWidth()).isEqualTo(400);
        assertThat(image.getHeight()).isEqualTo(200);
    }

    @Test
    void aScaleOutsideZeroToEightIsRefused() {
        RenderedChart c = chart("c", List.of("X"));
        for (double bad : new double[] {0, -1, 8.5, Double.NaN}) {
            assertThatThrownBy(() -> c.png(bad)).isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Test
    void anotherScaleIsDrawnAgainNotTakenFromTheLastEncoding() throws Exception {
        RenderedChart c = chart("c", List.of("X"));
        byte[] one = c.png(1);
        assertThat(ImageIO.read(new ByteArrayInputStream(c.png(2))).getWidth()).isEqualTo(400);
        byte[] again = c.png(1);
        assertThat(ImageIO.read(new ByteArrayInputStream(again)).getWidth()).isEqualTo(200);
        assertThat(again).isEqualTo(one);
    }

    @Test
    void theCodesAreACopy() {
        List<String> codes = new ArrayList<>(List.of("X"));
        RenderedChart c = chart("c", codes);
        codes.add("Y");
        assertThat(c.codes()).containsExactly("X");
        assertThatThrownBy(() -> c.codes().add("Z")).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void svgIdsComeFromTheChartIdSoTwoChartsInOnePageDoNotClash() {
        String a = chart("alpha", List.of("X")).svg();
        String b = chart("beta", List.of("X")).svg();
        assertThat(a).contains("id='recits-alpha'").contains("viewBox='0.0 0.0 200.0 100.0'")
                .contains("id='recits-alpha-clip-0'").doesNotContain("recits-beta");
        assertThat(b).contains("id='recits-beta-clip-0'").doesNotContain("recits-alpha");
    }

    @Test
    void theIdNamesTheChartAndTheTitleKeepsBothLanguages() {
        RenderedChart c = chart("c", List.of("X"));
        assertThat(c).hasToString("c");
        assertThat(c.title().in(Locale.ENGLISH)).isEqualTo("Title");
        assertThat(c.width()).isEqualTo(200);
        assertThat(c.height()).isEqualTo(100);
    }
}
