package org.recits.report.excel.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The workbook's texts: every key the code reads is in both languages, and the two files hold the same keys. */
class TextsTest {

    private static final Pattern KEY = Pattern.compile("(?:tx\\.get|get)\\(\"([a-z0-9.]+)\"|\"([a-z]+(?:\\.[a-z0-9]+)+)\", \\d+\\)");

    private static Properties load(String name) throws IOException {
        Properties p = new Properties();
        try (InputStream in = Texts.class.getResourceAsStream(name)) {
            assertThat(in).as(name).isNotNull();
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }

    @Test
    void frenchAndEnglishHoldTheSameKeys() throws IOException {
        assertThat(load("messages_en.properties").stringPropertyNames())
                .isEqualTo(load("messages.properties").stringPropertyNames());
    }

    @Test
    void everyKeyTheCodeReadsHasItsTexts() throws IOException {
        Set<String> used = new TreeSet<>();
        try (Stream<Path> files = Files.list(Path.of("src/main/java/org/recits/report/excel/internal"))) {
            for (Path f : (Iterable<Path>) files::iterator) {
                Matcher m = KEY.matcher(Files.readString(f));
                while (m.find()) {
                    used.add(m.group(1) != null ? m.group(1) : m.group(2));
                }
            }
        }
        assertThat(used).hasSizeGreaterThan(100);
        for (Locale locale : new Locale[] {Locale.FRENCH, Locale.ENGLISH}) {
            Texts tx = new Texts(locale);
            for (String key : used) {
                // Arguments left as they are: a pattern that does not parse fails here. The later ones are
                // counts, which choice formats ({3,choice,0#ligne|2#lignes}) need as numbers.
                assertThat(tx.get(key, "{0}", "{1}", "{2}", 3L, 4L, 5L)).as(key).isNotBlank();
            }
        }
        assertThat(load("messages.properties").stringPropertyNames()).containsAll(used);
    }

    @Test
    void argumentsAreWrittenAsGivenAndApostrophesSurvive() {
        Texts fr = new Texts(Locale.FRENCH);
        Texts en = new Texts(Locale.ENGLISH);
        assertThat(fr.suppressed(5)).isEqualTo("masqué (< 5 personnes)");
        assertThat(en.suppressed(5)).isEqualTo("suppressed (< 5 people)");
        assertThat(fr.get("records.numbered.sheet", "Réponses", "12")).isEqualTo("Réponses 12");
        assertThat(en.get("readme.purpose.text")).contains("programme's impact");
        assertThat(fr.get("indicators.thin", "1", "5")).isEqualTo("Peu de données\u00a0: n\u00a0=\u00a01 (moins de 5)");
        assertThat(fr.get("readme.records.rows", "1 234 567", "une par session", "Sessions", 1_234_567L))
                .startsWith("1 234 567 lignes, une par session. Tableau Excel «\u00a0Sessions\u00a0»\u00a0: ");
    }
}
