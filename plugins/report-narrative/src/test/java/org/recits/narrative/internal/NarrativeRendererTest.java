package org.recits.narrative.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.recits.api.report.Progress;
import org.recits.api.report.RenderContext;
import org.recits.api.report.Report;
import org.recits.charts.internal.JFreeChartService;

class NarrativeRendererTest {

    private static final String NB = "\u00A0";
    private static final String NN = "\u202F";

    private static List<Path> render(Path out, Locale locale, boolean charts) throws Exception {
        return new NarrativeRenderer(charts ? new JFreeChartService()::charts : null)
                .render(Fixtures.report(locale), new RenderContext(out, Progress.NONE));
    }

    @Test
    void htmlHasEverySectionAnchorsAndTheFiguresSaidByRule(@TempDir Path out) throws Exception {
        assertThat(render(out, Locale.FRENCH, true)).containsExactly(Path.of("recit-2020-T1.html"), Path.of("recit-2020-T1.docx"),
                Path.of("recit-2020-T1.pdf"));
        String html = Files.readString(out.resolve("recit-2020-T1.html"));
        for (String id : List.of("en-bref", "ce-qui-s-est-passe", "quatre-valeurs", "democratie", "qualite", "impact",
                "productivite", "capacitation", "groupe", "labo", "budget", "ce-qui-resiste", "prochain",
                "collectivites", "c-mulhouse", "c-paris")) {
            assertThat(html).as(id).contains("id=\"" + id + "\"");
        }
        assertThat(html).contains("<title>Récit du 1er trimestre 2020</title>", "<h1 id=\"titre\">Récit du 1<sup>er</sup> trimestre 2020</h1>").contains("@page { size: A4");
        // no code in the text: a raised note number, linked to the note that names the indicator and its row
        assertThat(html).doesNotContain("[PART_ATTENDANCE_RATE").contains("<sup class=\"note\"><a href=\"#ref-PART_ATTENDANCE_RATE-programme-2020-T1\">")
                .containsPattern("<li id=\"ref-PART_ATTENDANCE_RATE-programme-2020-T1\" value=\"\\d+\">Taux de présence \\(PART_ATTENDANCE_RATE\\), "
                        + "Programme, 2020-T1" + NB + ": classeur, feuille «" + NB + "Indicateurs" + NB + "», ligne de clé PART_ATTENDANCE_RATE\\|programme\\|2020-T1.</li>");
        // Mulhouse: sessions of 2 and 1.5 days on 14 January and 3 March
        assertThat(html).contains("Au 1<sup>er</sup> trimestre 2020, 2 sessions se sont tenues, du 14 janvier 2020 au 3 mars 2020, soit 3,5 jours d’intervention.");
        // Paris: one session of 3 days on 1 February
        assertThat(html).contains("1 session s’est tenue, le 1<sup>er</sup> février 2020, soit 3 jours d’intervention.");
        // programme funding: 120 000 + 80 000 = 200 000 €, 120 000 / 200 000 = 60 %
        assertThat(html).contains("200" + NN + "000" + NB + "€, dont 120" + NN + "000" + NB + "€ par les collectivités (60" + NB + "%)");
        assertThat(html).contains("1 session est déjà prévue, la première le 7 avril 2020");
        assertThat(html).contains("18 ambassadeurs actifs sur 20 attendus.");
        // what resists: programme ambassadors (38) and Paris attendance (58 %) are red
        // « ils sont dits tels quels » read oddly (user review of 2 December): the count and a colon
        assertThat(html).contains("Deux indicateurs sont dans le rouge" + NB + ":</p>").doesNotContain("tels quels").contains("Paris" + NB + ": Taux de présence" + NB + ": 58" + NB + "%");
        assertThat(html).contains("Voix des agents — n/d" + NB + ": aucune réponse à l’enquête.");
        // the suppressed 4.7 appears nowhere in the text (SVG path coordinates aside)
        assertThat(html.replaceAll("(?s)<svg.*?</svg>", "")).contains("chiffre masqué (moins de 5 personnes)")
                .doesNotContain("4,7");
        // quotes: consented ones with their value, the negative one included; the unconsented never
        assertThat(html).contains("Il manque du temps entre deux sessions.").contains("Le prototype a changé le guichet.");
        assertThat(html).doesNotContain("Secret");
        // charts inline as SVG, each with its own ids
        assertThat(html).contains("<svg id='recits-valeurs-score'").contains("<svg id='recits-assiduite'");
        // anchors are unique
        java.util.regex.Matcher m = java.util.regex.Pattern.compile(" id=\"([^\"]+)\"").matcher(html);
        java.util.Set<String> ids = new java.util.HashSet<>();
        while (m.find()) {
            assertThat(ids.add(m.group(1))).as("duplicate id " + m.group(1)).isTrue();
        }
    }

    @Test
    void anEventEveryCollectiviteRecordsIsOneEventOfTheProgramme(@TempDir Path out) throws Exception {
        // Before, the programme said « 2 InterTransfos » for the one day Mulhouse and Paris both recorded.
        render(out, Locale.FRENCH, false);
        String html = Files.readString(out.resolve("recit-2020-T1.html"));
        assertThat(html).contains("Autres temps du programme" + NB + ": 1 InterTransfo.").doesNotContain("2 InterTransfos");
    }

    @Test
    void aChartsCaptionNumbersItAndNeverRepeatsTheTitleDrawnInIt() throws Exception {
        // Before, the caption under each chart was its title again, already drawn in the picture.
        for (Locale locale : List.of(Locale.FRENCH, Locale.ENGLISH)) {
            Report report = Fixtures.report(locale);
            Doc doc = new NarrativeBuilder(report, new JFreeChartService().charts(report)).build();
            List<Doc.Figure> figures = doc.blocks.stream().filter(Doc.Figure.class::isInstance).map(Doc.Figure.class::cast).toList();
            assertThat(figures).hasSizeGreaterThan(3);
            String word = locale == Locale.ENGLISH ? "Chart " : "Graphique ";
            for (int i = 0; i < figures.size(); i++) {
                Doc.Figure f = figures.get(i);
                assertThat(f.caption()).startsWith(word + (i + 1)).doesNotContain(f.title());
                assertThat(f.title()).isEqualTo(new Typo(locale).in(f.chart().title()));
                assertThat(f.alt()).contains(f.title());
            }
            // beside a key message, the caption names it: « Graphique 1 : le plus fort changement »
            assertThat(figures.get(0).caption()).matches(word + "1" + (locale == Locale.ENGLISH ? ":" : NB + ":") + " \\p{Ll}.+");
        }
    }

    @Test
    void everyChartInTheHtmlHasItsFiguresInATableUnderIt(@TempDir Path out) throws Exception {
        // Before, the figures of a chart were only in its image (RGAA 1.8, 4.1).
        render(out, Locale.FRENCH, true);
        String html = Files.readString(out.resolve("recit-2020-T1.html"));
        java.util.regex.Matcher figures = java.util.regex.Pattern.compile("(?s)<figure .*?</figure>").matcher(html);
        int n = 0;
        while (figures.find()) {
            n++;
            assertThat(figures.group()).contains("<details class=\"donnees\"><summary>Les chiffres du graphique</summary>")
                    .contains("<th scope=\"col\">").contains("<th scope=\"row\">").contains("<caption>");
        }
        assertThat(n).isGreaterThan(3);
        assertThat(html).contains("<th scope=\"row\">T1 2020</th>");
        render(out, Locale.ENGLISH, true);
        assertThat(Files.readString(out.resolve("recit-2020-T1.html"))).contains("<summary>The chart’s figures</summary>")
                .contains("<th scope=\"row\">Q1 2020</th>");
    }

    @Test
    void docxHasHeadingStylesAndPictures(@TempDir Path out) throws Exception {
        render(out, Locale.FRENCH, true);
        try (InputStream in = Files.newInputStream(out.resolve("recit-2020-T1.docx"));
                XWPFDocument d = new XWPFDocument(in)) {
            List<String> h1 = d.getParagraphs().stream().filter(p -> "Heading1".equals(p.getStyle()))
                    .map(XWPFParagraph::getText).toList();
            assertThat(h1).contains("En bref", "Ce qui s’est passé", "Les quatre valeurs", "Ce qui résiste",
                    "Collectivité par collectivité");
            assertThat(d.getParagraphs().stream().filter(p -> "Heading2".equals(p.getStyle())).map(XWPFParagraph::getText))
                    .contains("Démocratie", "Qualité", "Mulhouse", "Paris");
            assertThat(d.getStyles().getStyle("Heading1").getCTStyle().getPPr().getOutlineLvl().getVal()).hasToString("0");
            assertThat(d.getAllPictures()).isNotEmpty();
            assertThat(d.getAllPictures().get(0).getPictureType()).isEqualTo(org.apache.poi.xwpf.usermodel.Document.PICTURE_TYPE_PNG);
            assertThat(d.getProperties().getCoreProperties().getCreated())
                    .isEqualTo(java.util.Date.from(java.time.Instant.parse("2020-03-31T00:00:00Z")));
        }
    }

    @Test
    void sameReportSameBytes(@TempDir Path a, @TempDir Path b) throws Exception {
        render(a, Locale.FRENCH, true);
        render(b, Locale.FRENCH, true);
        for (String f : List.of("recit-2020-T1.html", "recit-2020-T1.docx")) {
            assertThat(Files.readAllBytes(b.resolve(f))).as(f).isEqualTo(Files.readAllBytes(a.resolve(f)));
        }
    }

    @Test
    void englishNarrative(@TempDir Path out) throws Exception {
        assertThat(render(out, Locale.ENGLISH, true)).contains(Path.of("recit-2020-T1.html"));
        String html = Files.readString(out.resolve("recit-2020-T1.html"));
        assertThat(html).contains("<html lang=\"en\">").contains("id=\"en-bref\">At a glance<")
                .contains("In Q1 2020, 2 sessions were held, from 14 January 2020 to 3 March 2020, that is 3.5 intervention days.")
                .contains("Attendance rate: 82%, up 4 points on the previous quarter (78%)")
                .contains("Attendance rate (PART_ATTENDANCE_RATE), Programme, 2020-Q1: workbook, sheet “Indicators”, row with key PART_ATTENDANCE_RATE|programme|2020-Q1.")
                .doesNotContain("Ce qui résiste");
    }

    @Test
    void withoutChartServiceStillWritesBoth(@TempDir Path out) throws Exception {
        render(out, Locale.FRENCH, false);
        assertThat(Files.readString(out.resolve("recit-2020-T1.html"))).doesNotContain("<svg").contains("id=\"en-bref\"");
        try (InputStream in = Files.newInputStream(out.resolve("recit-2020-T1.docx"));
                XWPFDocument d = new XWPFDocument(in)) {
            assertThat(d.getAllPictures()).isEmpty();
        }
    }

    @Test
    void pluginFailuresAreNamedWithoutTheirJavaText(@TempDir Path out) throws Exception {
        List<org.recits.api.report.PluginFailure> failures = List.of(
                new org.recits.api.report.PluginFailure("EX_BROKEN (org.example.throwing 1.0.0)", "compute",
                        "java.lang.IllegalStateException: division par zéro (org.example.Broken.compute:31)"),
                new org.recits.api.report.PluginFailure("EX_PHRASES (org.example.phrases 1.0.0)", "sentences",
                        "java.lang.NullPointerException (org.example.Phrases.sentences:12)"));
        for (Locale locale : List.of(Locale.FRENCH, Locale.ENGLISH)) {
            new NarrativeRenderer(null).render(Fixtures.report(locale, failures), new RenderContext(out, Progress.NONE));
            String html = Files.readString(out.resolve("recit-2020-T1.html"));
            String docx;
            try (InputStream in = Files.newInputStream(out.resolve("recit-2020-T1.docx")); XWPFDocument doc = new XWPFDocument(in)) {
                docx = doc.getParagraphs().stream().map(XWPFParagraph::getText).reduce("", (a, b) -> a + "\n" + b);
            }
            for (String text : List.of(html, docx)) {
                assertThat(text).contains("EX_BROKEN (org.example.throwing 1.0.0)").contains("EX_PHRASES")
                        .doesNotContain("Exception").doesNotContain("java.").doesNotContain("division par zéro")
                        .doesNotContain("org.example.Broken");
            }
            assertThat(html).contains(locale == Locale.FRENCH ? "calcul des chiffres" : "computing the figures");
        }
    }
}
