package org.recits.web.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.recits.api.run.CommandRun;

/** The files of a report as its page lists them: the few a reader opens first, the charts' images folded. */
class OutputsTest {

    @TempDir
    Path dir;

    @Test
    void theReportsFilesComeFirstThenTheChartsImagesFoldedAndNothingHidden() throws Exception {
        Path out = dir.resolve("sorties-1");
        for (String name : new String[] {"recit-2021-T1.docx", "recits-2021-T1.xlsx", "recit-2021-T1.html",
                "graphiques/assiduite.svg", "graphiques/assiduite.png", ".recits-tmp-1/recit-2021-T1.pdf"}) {
            Files.createDirectories(out.resolve(name).getParent());
            Files.writeString(out.resolve(name), name);
        }
        Job job = new Job("J1", "moi", dir, dir.resolve("data"), 0);
        Production done = Production.asked(out, "2021-T1").finished(new CommandRun(0, "Rapport écrit.\n", ""));

        StringBuilder page = new StringBuilder();
        Outputs.describe(page, new PageLanguage("fr"), job, done);
        String html = page.toString();

        assertThat(links(html)).containsExactly("Tout télécharger en un .zip (5 fichiers)",
                "Télécharger recits-2021-T1.xlsx", "Lire recit-2021-T1.html", "Télécharger recit-2021-T1.docx",
                "Télécharger graphiques/assiduite.png", "Télécharger graphiques/assiduite.svg");
        String folded = html.substring(html.indexOf("<details"));
        assertThat(folded).startsWith("<details class=\"outputs\">\n<summary>Les 2 images des graphiques (PNG et SVG,"
                + " aussi dans le .zip)</summary>").contains("graphiques/assiduite.png").doesNotContain(".xlsx");
        assertThat(html).doesNotContain(".recits-tmp");

        StringBuilder english = new StringBuilder();
        Outputs.describe(english, new PageLanguage("en"), job, done);
        assertThat(english.toString()).contains("<summary>The 2 images of the charts (PNG and SVG, also in the .zip)");
    }

    private static java.util.List<String> links(String html) {
        Matcher m = Pattern.compile("<a [^>]*>([^<]*)</a>").matcher(html);
        java.util.List<String> found = new java.util.ArrayList<>();
        while (m.find()) {
            found.add(m.group(1));
        }
        return found;
    }
}
