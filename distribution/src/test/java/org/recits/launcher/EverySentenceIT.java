package org.recits.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.recits.testkit.Typography;

/**
 * Every sentence the narrative writes from every installed indicator, in both languages: the demo's
 * narrative for quarters, a year and a month that reach different states of each figure (values, rises
 * and falls, n/d with their reasons, masked values, thin rates, red, orange and green), and each run's
 * every paragraph, list item, heading, caption and key message checked for the language's typography,
 * indicator codes and vocabulary codes in the text, agreement of a count with its noun, and, in English,
 * French words left. Every indicator {@code recits indicators} lists is said in at least one of them.
 */
class EverySentenceIT {

    private static final List<String> PERIODS = List.of("2019-T2", "2020-T3", "2020", "2021-03", "2021-T1");
    private static final List<String> LANGS = List.of("fr", "en");

    /** An indicator code, such as {@code PART_ATTENDANCE_RATE}. */
    static final Pattern CODE = Pattern.compile("\\b[A-Z]{2,}(_[A-Z0-9]+)+\\b");
    /** Codes of the files' vocabularies (roles, statuses, methods, waves, measures), quoted or as a word. */
    static final Pattern SLUG = Pattern.compile("«\\s*(elu|elue|referent|resident|usager|ambassadeur|"
            + "propose|retenu|en-cours|termine|abandonne|avant|apres|qualite|democratie|productivite|capacitation)\\s*»"
            + "|\\b(Elu|Referent|Resident|Usager|Ambassadeur|Relais|Partenaire)\\b,"
            + "|\\b(atelier-creatif|chapeaux-de-bono|enquete-ciblee|jeu-de-role|reportage-photo|test-usagers|"
            + "synthese-creative|scenarisation|agent-service|non-usager|en-cours)\\b"
            + "|collectivit[eé]\\(s\\)");
    /**
     * A parenthesis opened inside another (« (verbatims (élus) : 1 ; …) »): an opening one before the last
     * opened has closed. One level reads; two make the reader count.
     */
    static final Pattern NESTED = Pattern.compile("\\([^)]*\\(");
    /** A count and its noun that disagree: « 1 sessions », « 3 session » (French: singular under 2). */
    private static final Pattern FRENCH_AGREEMENT = Pattern.compile("(?<![\\d,.\u202F])(?:[01] (?:sessions|collectivités|"
            + "jours|personnes|réponses|ambassadeurs|participants|indicateurs|cas pratiques retenus)\\b"
            + "|(?:[2-9]|\\d{2,}) (?:session|collectivité|jour|personne|réponse|ambassadeur|participant|indicateur)(?![\\p{L}-]))");
    private static final Pattern ENGLISH_AGREEMENT = Pattern.compile("(?<![\\d,.])(?:1 (?:sessions|collectivités|days|"
            + "people|answers|ambassadors|participants|indicators)\\b"
            + "|(?:0|[2-9]|\\d{2,}) (?:session|collectivité|day|answer|ambassador|participant|indicator)(?![\\p{L}-]))");
    /** French words an English sentence must not hold, beyond {@link Typography}'s. */
    private static final Pattern FRENCH_LEFT = Pattern.compile("\\b(aucune?|selon|depuis|rouge|vert|masqué|chiffres?|"
            + "semaines?|mois|données|lors)\\b");
    private static final Pattern BLOCK = Pattern.compile("(?s)<(p|li|h[1-4]|figcaption|strong|caption|summary)[^>]*>(.*?)</\\1>");

    @TempDir
    static Path work;

    @BeforeAll
    static void reports() {
        Path demo = Distribution.folder().resolve("demo");
        for (String period : PERIODS) {
            for (String lang : LANGS) {
                Distribution.Run r = Distribution.inProcess(Distribution.folder(), "report", "--data", demo.toString(),
                        "--period", period, "--lang", lang, "--out", work.resolve(period + lang).toString());
                assertThat(r.code()).as(period + lang + ": " + r.err()).isZero();
            }
        }
    }

    private static String html(String period, String lang) throws Exception {
        return Files.readString(work.resolve(period + lang).resolve("recit-" + period + ".html"), StandardCharsets.UTF_8);
    }

    /**
     * The sentences of one narrative as a reader reads them: no chart drawing, no people's words (quoted as
     * said), no note (where codes belong), no note number, no markup.
     */
    private static List<String> sentences(String html) {
        String reading = html.replaceAll("(?s)<svg.*?</svg>", "").replaceAll("(?s)<style>.*?</style>", "")
                .replaceAll("(?s)<blockquote><p>.*?</p>", "<blockquote>").replaceAll("(?s)<ol class=\"notes\">.*?</ol>", "")
                .replaceAll("(?s)<table>.*?</table>", "");
        List<String> out = new ArrayList<>();
        Matcher m = BLOCK.matcher(reading);
        while (m.find()) {
            out.add(m.group(2).replaceAll("<sup class=\"note\">.*?</sup>", "").replaceAll("</?sup>", "").replaceAll("<[^>]+>", " ").replace("&amp;", "&")
                    .replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replaceAll(" {2,}", " ").strip());
        }
        return out;
    }

    @Test
    void everySentenceOfEveryRunKeepsItsLanguageAndSaysNoCode() throws Exception {
        List<String> problems = new ArrayList<>();
        int checked = 0;
        for (String period : PERIODS) {
            for (String lang : LANGS) {
                boolean en = lang.equals("en");
                for (String said : sentences(html(period, lang))) {
                    checked++;
                    // a case's title is quoted as the lab wrote it, in French, in the English narrative too
                    String s = en ? said.replaceAll("“[^”]*”", "“”") : said;
                    for (String p : Typography.problems(s, en)) {
                        problems.add(period + lang + " " + p);
                    }
                    found(problems, period + lang + " code", CODE, s);
                    found(problems, period + lang + " vocabulary code", SLUG, s);
                    found(problems, period + lang + " nested parentheses", NESTED, s);
                    found(problems, period + lang + " agreement", en ? ENGLISH_AGREEMENT : FRENCH_AGREEMENT, s);
                    if (en) {
                        found(problems, period + lang + " French word", FRENCH_LEFT, s);
                    }
                }
            }
        }
        assertThat(checked).isGreaterThan(2000);
        assertThat(problems).isEmpty();
    }

    @Test
    void everyInstalledIndicatorIsSaidInBothLanguages() throws Exception {
        Distribution.Run list = Distribution.inProcess(Distribution.folder(), "indicators");
        assertThat(list.code()).as(list.err()).isZero();
        Set<String> installed = new TreeSet<>();
        Matcher m = Pattern.compile("(?m)^([A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+)\\s").matcher(list.out());
        while (m.find()) {
            installed.add(m.group(1));
        }
        assertThat(installed).hasSizeGreaterThan(20);
        for (String lang : LANGS) {
            // a sentence's note names its indicator: every code in some run's notes is a sentence checked above
            Set<String> said = new TreeSet<>();
            for (String period : PERIODS) {
                Matcher notes = CODE.matcher(html(period, lang).replaceAll("(?s)<svg.*?</svg>", ""));
                while (notes.find()) {
                    said.add(notes.group());
                }
            }
            assertThat(said).as(lang).containsAll(installed);
        }
    }

    private static void found(List<String> problems, String what, Pattern p, String sentence) {
        Matcher m = p.matcher(sentence);
        while (m.find()) {
            problems.add(what + " « " + m.group() + " »: " + sentence);
        }
    }
}
