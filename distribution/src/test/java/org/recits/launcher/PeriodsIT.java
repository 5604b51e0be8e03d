package org.recits.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.recits.tools.generator.SampleGenerator;

/**
 * The period guardrails as a user meets them, on the sample programme in its own, staggered calendar
 * (the generator's {@code --staggered}; the shipped demo's calendar keeps nine programmes running through
 * 2021-T1) for 2021-T1: eight of its ten collectivités had ended their programme before 2021, one session
 * was held in the quarter, and its quotes span 2016–2020.
 */
class PeriodsIT {

    private static final String NB = "\u00a0";
    private static final Pattern QUOTE = Pattern.compile(
            "<blockquote><p>«[ \u00a0](.*?)[ \u00a0]»</p><footer>— (.*?)</footer></blockquote>");
    private static final DateTimeFormatter FR_DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.FRENCH);

    @TempDir
    static Path work;
    static Distribution.Run run;
    static String html;

    @BeforeAll
    static void report() throws Exception {
        Path programme = work.resolve("programme");
        assertThat(SampleGenerator.run("--out", programme.toString(), "--staggered")).isZero();
        run = Distribution.script(Distribution.folder(), work, "report", "--data", programme.toString(),
                "--period", "2021-T1", "--out", "out");
        html = Files.readString(work.resolve("out/recit-2021-T1.html"), StandardCharsets.UTF_8);
    }

    @Test
    void theHeadlineCountsTheCollectivitesActiveInTheQuarterAndNamesTheEndedOnes() {
        assertThat(run.code()).as(run.err()).isZero();
        // it said « le programme a réuni 10 collectivités »
        assertThat(html).contains("le programme a réuni 2 collectivités (au moins une session ou un temps collectif dans la période)")
                .doesNotContain("réuni 10 collectivités")
                .contains("Programme achevé avant la période, collectivités non comptées" + NB + ": Ville de Belrive, le 14 février 2018");
        // Belrive (ended 14/02/2018) is no longer « Ambassadeurs actifs : 20 … dans la cible », nor a section of
        // its figures: one line of the annex's list of collectivités without activity
        assertThat(html).doesNotContain("id=\"c-belrive\"");
        String idle = html.substring(html.indexOf("id=\"sans-activite\""));
        idle = idle.substring(0, idle.indexOf("</ul>"));
        assertThat(idle).contains("<li>Ville de Belrive" + NB + ": programme achevé le 14 février 2018</li>")
                .doesNotContain("Ambassadeurs actifs").doesNotContain("dans la cible");
    }

    @Test
    void theWorkbookNamesTheEndedCollectivite() throws Exception {
        try (InputStream in = Files.newInputStream(work.resolve("out/recits-2021-T1.xlsx"));
                XSSFWorkbook wb = new XSSFWorkbook(in)) {
            List<String> names = new ArrayList<>();
            for (Row r : wb.getSheet("Synthèse")) {
                names.add(r.getCell(1) == null ? "" : r.getCell(1).toString());
            }
            assertThat(names).contains("Ville de Belrive (programme achevé le 14/02/2018)");
        }
    }

    @Test
    void quotesAreOfTheQuarterOrTheYearBeforeEachOnce() {
        Matcher m = QUOTE.matcher(html);
        Set<String> seen = new HashSet<>();
        int n = 0;
        LocalDate from = LocalDate.of(2020, 1, 1);
        while (m.find()) {
            n++;
            String who = m.group(2);
            String[] parts = who.split(", ");
            String date = parts[parts.length - 1].replace(" (avant la période)", "").replace("1er", "1");
            LocalDate d = LocalDate.parse(date, FR_DATE);
            assertThat(d).as(who).isBetween(from, LocalDate.of(2021, 3, 31));
            assertThat(who.endsWith("(avant la période)")).as(who).isEqualTo(d.isBefore(LocalDate.of(2021, 1, 1)));
            // the same words from the same collectivité once (it printed ten of them two or three times)
            String collectivite = parts[parts.length - 2];
            assertThat(seen.add(m.group(1) + "|" + collectivite)).as(m.group(1) + " — " + who).isTrue();
        }
        assertThat(n).isGreaterThan(5);
        // guillemets hold their words with no-break spaces: no « » alone at the start of a line
        assertThat(html).doesNotContain("<blockquote><p>« ").doesNotContain(" »</p>");
    }

    @Test
    void aRateOnOneSessionShowsItsN() {
        // « Implication des élus : 100 %, en hausse de 100 points » rested on one session, unsaid
        assertThat(html).contains("Implication des élus" + NB + ": 100" + NB + "% (n" + NB + "=" + NB + "1, peu de données)");
    }
}
