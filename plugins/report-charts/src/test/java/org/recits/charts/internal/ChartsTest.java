package org.recits.charts.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.recits.api.indicator.IndicatorDefinition;
import org.recits.api.indicator.TargetBand;
import org.recits.api.indicator.Unit;
import org.recits.api.indicator.ValueFamily;
import org.recits.api.model.Scope;
import org.recits.api.report.IndicatorResult;
import org.recits.api.report.Progress;
import org.recits.api.report.RenderContext;
import org.recits.api.report.Report;
import org.recits.charts.Chart;

class ChartsTest {

    private final JFreeChartService service = new JFreeChartService();

    private static Chart byId(List<Chart> charts, String id) {
        return charts.stream().filter(c -> c.id().equals(id)).findFirst().orElseThrow();
    }

    @Test
    void everyChartWhoseIndicatorsArePresent() {
        List<Chart> charts = service.charts(Fixtures.report(Fixtures.full(), Locale.FRENCH));
        assertThat(charts).extracting(Chart::id).containsExactly("valeurs-score", "assiduite", "meteo",
                "jours-intervention", "cas-methodes", "financement",
                // trends: programme results only, in report order; DEM_VOICE, satisfaction and
                // cases have no programme result here
                "tendance-part-attendance-rate", "tendance-qual-group-weather", "tendance-prot-intervention-days",
                "tendance-fin-collectivite-share");
        // the four values in their order: Démocratie before Qualité
        assertThat(byId(charts, "valeurs-score").codes()).containsExactly("DEM_VOICE", "QUAL_SESSION_SATISFACTION");
    }

    @Test
    void chartsByCollectiviteShowThirtyAndSaySoForABigProgramme() {
        IndicatorDefinition days = Fixtures.def("PROT_INTERVENTION_DAYS", "Jours d’intervention",
                "Intervention days", Unit.DAYS, ValueFamily.PROTOCOLE, TargetBand.NONE);
        List<Scope> scopes = new ArrayList<>(List.of(Scope.programme()));
        List<IndicatorResult> results = new ArrayList<>();
        for (int i = 1; i <= 35; i++) {
            Scope s = Scope.of(String.format("c%02d", i));
            scopes.add(s);
            results.add(Fixtures.result(days, s, Fixtures.obs(Fixtures.P, 10.0 + i, TargetBand.NONE)));
        }
        Report big = new Report(Fixtures.P, Fixtures.P.previous(4), scopes, Locale.FRENCH, Fixtures.P.end(), results,
                Fixtures.data(), List.of(), List.of(), List.of(), 5);
        String svg = byId(service.charts(big), "jours-intervention").svg();
        assertThat(svg).contains("30 collectivités sur 35 montrées").contains(">c30<").doesNotContain(">c31<");
        String small = byId(service.charts(Fixtures.report(Fixtures.full(), Locale.FRENCH)), "jours-intervention")
                .svg();
        assertThat(small).doesNotContain("montrées");
    }

    @Test
    void missingIndicatorsLeaveTheirChartsOut() {
        List<Chart> charts = service.charts(Fixtures.report(Fixtures.full().subList(0, 3), Locale.FRENCH));
        assertThat(charts).extracting(Chart::id).containsExactly("assiduite", "tendance-part-attendance-rate");
        assertThat(service.charts(Fixtures.report(List.of(), Locale.FRENCH))).isEmpty();
    }

    @Test
    void suppressedAndMissingValuesAreNotPlottedAndSayWhyInTheirPlace() {
        String svg = byId(service.charts(Fixtures.report(Fixtures.full(), Locale.FRENCH)), "valeurs-score").svg();
        // Mulhouse's satisfaction 4.2 is labelled on its bar; Paris's 4.7 (3 people) must not appear.
        assertThat(svg).contains(">4,2<").doesNotContain("4,7");
        // Paris's two bars are words: its satisfaction is withheld, its agents' voice is n/d.
        assertThat(svg).contains(">masqué<").contains(">n/d<");
        assertThat(svg).contains("«\u00a0masqué\u00a0»\u00a0: moins de 5 personnes, pour protéger les petits groupes")
                .doesNotContain("Paris – Satisfaction");
        // its table says the same words, never the withheld figure
        List<List<String>> table = byId(service.charts(Fixtures.report(Fixtures.full(), Locale.FRENCH)), "valeurs-score")
                .table();
        assertThat(table.toString()).doesNotContain("4,7");
        List<String> paris = table.stream().filter(r -> r.get(0).equals("Paris")).findFirst().orElseThrow();
        assertThat(paris).contains("masqué", "n/d");
    }

    @Test
    void frenchAndEnglishNumberTypography() {
        // 0.82 → 82 %; 12 345.5 days → 12 345,5 with a narrow no-break space
        assertThat(Formats.of(Unit.PERCENT, Locale.FRENCH).format(0.82)).isEqualTo("82\u00A0%");
        assertThat(Formats.of(Unit.DAYS, Locale.FRENCH).format(12345.5)).isEqualTo("12\u202F345,5");
        assertThat(Formats.of(Unit.PERCENT, Locale.ENGLISH).format(0.82)).isEqualTo("82%");
        assertThat(Formats.of(Unit.DAYS, Locale.ENGLISH).format(12345.5)).isEqualTo("12,345.5");
        assertThat(Formats.of(Unit.EUR, Locale.FRENCH).format(1500)).isEqualTo("1\u202F500\u00A0€");

        String fr = byId(service.charts(Fixtures.report(Fixtures.full(), Locale.FRENCH)), "financement").svg();
        assertThat(fr).contains("60\u00A0%").contains("Partenaires").contains("Qui finance");
        String en = byId(service.charts(Fixtures.report(Fixtures.full(), Locale.ENGLISH)), "financement").svg();
        assertThat(en).contains("60%").contains("Partners").contains("Who pays").doesNotContain("Partenaires");
    }

    @Test
    void protocolMarkerAndTargetBand() {
        List<Chart> charts = service.charts(Fixtures.report(Fixtures.full(), Locale.FRENCH));
        assertThat(byId(charts, "jours-intervention").svg()).contains("protocole : 35 jours");
        assertThat(byId(charts, "tendance-part-attendance-rate").svg()).contains("cible\u00a0: ≥ 80 %");
    }

    @Test
    void sameReportSameBytes() throws Exception {
        Report report = Fixtures.report(Fixtures.full(), Locale.FRENCH);
        List<Chart> a = service.charts(report);
        List<Chart> b = new JFreeChartService().charts(report); // drawn anew, not the kept charts
        assertThat(b).isNotSameAs(a);
        for (int i = 0; i < a.size(); i++) {
            assertThat(b.get(i).png(2)).isEqualTo(a.get(i).png(2));
            assertThat(b.get(i).svg()).isEqualTo(a.get(i).svg());
            assertThat(a.get(i).svg()).isEqualTo(a.get(i).svg());
        }
    }

    @Test
    void theServiceKeepsNoReportBetweenCalls() throws Exception {
        Report report = Fixtures.report(Fixtures.full(), Locale.FRENCH);
        List<Chart> a = service.charts(report);
        List<Chart> b = service.charts(report);
        // Each call draws its own charts: nothing of a run stays in the service.
        assertThat(b).isNotSameAs(a);
        assertThat(b.get(0)).isNotSameAs(a.get(0));
        assertThat(b.get(0).svg()).isEqualTo(a.get(0).svg());
        assertThat(java.util.Arrays.stream(JFreeChartService.class.getDeclaredFields())
                .filter(f -> !java.lang.reflect.Modifier.isStatic(f.getModifiers()))).isEmpty();
    }

    @Test
    void aChartKeepsItsEncodingAndGivesCopies() throws Exception {
        Chart c = service.charts(Fixtures.report(Fixtures.full(), Locale.FRENCH)).get(0);
        byte[] png = c.png(2);
        png[0] = 0; // a caller's copy: changing it does not change the kept encoding
        assertThat(c.png(2)[0]).isNotEqualTo((byte) 0);
        assertThat(c.png(1)).isNotEqualTo(c.png(2));
        assertThat(c.svg()).isSameAs(c.svg());
    }

    @Test
    void pngAtScaleWithoutTimeChunkAndSvgWithStableIds() throws Exception {
        Chart c = byId(service.charts(Fixtures.report(Fixtures.full(), Locale.FRENCH)), "assiduite");
        byte[] png = c.png(2);
        BufferedImage img = ImageIO.read(new ByteArrayInputStream(png));
        assertThat(img.getWidth()).isEqualTo(2 * c.width());
        assertThat(img.getHeight()).isEqualTo(2 * c.height());
        assertThat(new String(png, StandardCharsets.ISO_8859_1)).doesNotContain("tIME").doesNotContain("tEXt");
        String svg = c.svg();
        assertThat(svg).startsWith("<svg").contains("id='recits-assiduite'").contains("viewBox='0.0 0.0 800.0 450.0'");
        // every clip-path id carries the chart's own prefix, never the default time-based one
        assertThat(svg).contains("recits-assiduite-clip").doesNotContainPattern("id='_\\d+");
    }

    @Test
    void rendererWritesPngAndSvgUnderGraphiques(@TempDir Path out) throws Exception {
        ChartsRenderer renderer = new ChartsRenderer(service);
        List<Path> files = renderer.render(Fixtures.report(Fixtures.full(), Locale.FRENCH),
                new RenderContext(out, Progress.NONE));
        assertThat(renderer.id()).isEqualTo("charts");
        assertThat(files).contains(Path.of("graphiques", "financement.png"), Path.of("graphiques", "financement.svg"));
        assertThat(files).hasSize(20);
        for (Path f : files) {
            assertThat(Files.size(out.resolve(f))).isPositive();
        }
        assertThat(Files.readString(out.resolve("graphiques/financement.svg"))).startsWith("<?xml");
    }
}
