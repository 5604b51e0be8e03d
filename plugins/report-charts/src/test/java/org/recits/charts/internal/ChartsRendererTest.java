package org.recits.charts.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.data.category.DefaultCategoryDataset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.recits.api.indicator.Unit;
import org.recits.api.model.LocalizedText;
import org.recits.api.report.RenderContext;
import org.recits.api.report.Report;
import org.recits.api.report.SharedWork;
import org.recits.charts.Chart;
import org.recits.charts.ChartService;

/** The renderer that writes the charts' files, one quirk per test (with a service giving fixed charts). */
class ChartsRendererTest {

    private static Chart chart(String id) {
        DefaultCategoryDataset ds = new DefaultCategoryDataset();
        ds.addValue(1, "s", "a");
        return new RenderedChart(id, LocalizedText.of("Titre " + id, "Title " + id), List.of("X"),
                Plots.newChart(id, Plots.bars(ds, Unit.COUNT, PlotOrientation.VERTICAL, false, Locale.FRENCH)),
                120, 80, List.of());
    }

    @Test
    void theProgressNamesEachChartInTheReportsLanguage(@TempDir Path out) throws Exception {
        List<String> said = new ArrayList<>();
        new ChartsRenderer(report -> List.of(chart("a"), chart("b")))
                .render(Fixtures.report(List.of(), Locale.ENGLISH),
                        new RenderContext(out, (what, done, total) -> said.add(what + " " + done + "/" + total)));
        assertThat(said).containsExactly("Title a 0/2", "Title b 1/2");
    }

    @Test
    void thePathsReturnedAreRelativeToTheOutputFolderPngThenSvg(@TempDir Path out) throws Exception {
        List<Path> files = new ChartsRenderer(report -> List.of(chart("a")))
                .render(Fixtures.report(List.of(), Locale.FRENCH), new RenderContext(out, (w, d, t) -> { }));
        assertThat(files).containsExactly(Path.of("graphiques", "a.png"), Path.of("graphiques", "a.svg"));
    }

    @Test
    void thePngIsAtScaleTwoAndTheSvgAStandaloneUtf8File(@TempDir Path out) throws Exception {
        Chart c = chart("a");
        new ChartsRenderer(report -> List.of(c))
                .render(Fixtures.report(List.of(), Locale.FRENCH), new RenderContext(out, (w, d, t) -> { }));
        assertThat(Files.readAllBytes(out.resolve("graphiques/a.png"))).isEqualTo(c.png(2));
        assertThat(Files.readString(out.resolve("graphiques/a.svg"), StandardCharsets.UTF_8))
                .isEqualTo("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" + c.svg() + "\n");
    }

    @Test
    void noChartStillMakesTheFolderAndWritesNothing(@TempDir Path out) throws Exception {
        List<Path> files = new ChartsRenderer(report -> List.of())
                .render(Fixtures.report(List.of(), Locale.FRENCH), new RenderContext(out, (w, d, t) -> { }));
        assertThat(files).isEmpty();
        assertThat(out.resolve("graphiques")).isEmptyDirectory();
    }

    @Test
    void renderersOfOneRunShareTheChartsTheFirstOneDrew(@TempDir Path out) throws Exception {
        AtomicInteger drawn = new AtomicInteger();
        ChartService service = report -> {
            drawn.incrementAndGet();
            return List.of(chart("a"));
        };
        SharedWork run = new SharedWork() { // the engine's: one result per key and run
            private final Map<Key<?>, Object> done = new HashMap<>();

            @Override
            @SuppressWarnings("unchecked")
            public <T> T once(Key<T> key, Supplier<? extends T> work) {
                return (T) done.computeIfAbsent(key, k -> work.get());
            }
        };
        Report report = Fixtures.report(List.of(), Locale.FRENCH);
        new ChartsRenderer(service).render(report, new RenderContext(out.resolve("one"), null, null, run));
        List<Chart> other = service.charts(report, run);
        assertThat(drawn).hasValue(1);
        assertThat(Files.readAllBytes(out.resolve("one/graphiques/a.png"))).isEqualTo(other.get(0).png(2));
        new ChartsRenderer(service).render(report, new RenderContext(out.resolve("two"), null));
        assertThat(drawn).as("a context without shared work draws anew").hasValue(2);
    }
}
