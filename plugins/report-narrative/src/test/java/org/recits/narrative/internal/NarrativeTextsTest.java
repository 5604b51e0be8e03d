package org.recits.narrative.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.recits.api.data.Dataset;
import org.recits.api.model.Period;
import org.recits.api.model.Scope;
import org.recits.api.report.Report;

/**
 * The narrative's bundles, beyond what the tree-wide {@code MessageBundlesTest} checks (same keys in
 * both files, patterns that parse, keys named in code that exist): the two languages take the same
 * arguments, and the texts looked up by a name made at run time are there.
 */
class NarrativeTextsTest {

    private static final Pattern ARGUMENT = Pattern.compile("\\{(\\d+)");

    @Test
    void bothLanguagesHaveTheSameKeysAndTakeTheSameArguments() throws IOException {
        Properties fr = new Properties();
        Properties en = new Properties();
        try (Reader base = reader("messages.properties"); Reader english = reader("messages_en.properties")) {
            fr.load(base);
            en.load(english);
        }
        assertThat(en.stringPropertyNames()).isEqualTo(fr.stringPropertyNames());
        for (String key : fr.stringPropertyNames()) {
            if (key.equals("comparison.count.same")) {
                // Given both phrases of the previous period, each language takes the one its grammar wants.
                assertThat(arguments(fr.getProperty(key))).containsExactly(1);
                assertThat(arguments(en.getProperty(key))).containsExactly(0);
                continue;
            }
            assertThat(arguments(en.getProperty(key))).as(key).isEqualTo(arguments(fr.getProperty(key)));
        }
    }

    @Test
    void aFailedPluginsStageIsSaidInWordsElseAsItIs() {
        Typo fr = new Typo(Locale.FRENCH);
        Typo en = new Typo(Locale.ENGLISH);
        // The stages the engine names (PluginFailure.stage).
        for (String stage : List.of("load", "ingest", "compute", "sentences", "render")) {
            assertThat(ReadingNotes.stage(fr, stage)).as(stage).isNotEqualTo(stage).isNotBlank();
            assertThat(ReadingNotes.stage(en, stage)).as(stage).isNotEqualTo(stage)
                    .isNotEqualTo(ReadingNotes.stage(fr, stage));
        }
        assertThat(ReadingNotes.stage(fr, "compute")).isEqualTo("calcul des chiffres");
        assertThat(ReadingNotes.stage(en, "ingest")).isEqualTo("reading the files");
        assertThat(ReadingNotes.stage(fr, "publish")).isEqualTo("publish");
    }

    @Test
    void everyMonthQuarterAndNumberWordHasItsText() {
        Typo fr = new Typo(Locale.FRENCH);
        Typo en = new Typo(Locale.ENGLISH);
        for (int m = 1; m <= 12; m++) {
            assertThat(fr.date(LocalDate.of(2021, m, 15))).matches("15 [a-zéû]+ 2021");
            assertThat(en.date(LocalDate.of(2021, m, 15))).matches("15 [A-Z][a-z]+ 2021");
        }
        assertThat(fr.date(LocalDate.of(2021, 8, 1))).isEqualTo("1er août 2021");
        assertThat(en.date(LocalDate.of(2021, 12, 1))).isEqualTo("1 December 2021");
        assertThat(fr.periodName(Period.quarterOf(LocalDate.of(2021, 11, 2)))).isEqualTo("4e trimestre 2021");
        assertThat(en.periodName(Period.quarterOf(LocalDate.of(2021, 5, 2)))).isEqualTo("Q2 2021");
        assertThat(fr.words(10)).isEqualTo("dix");
        assertThat(en.words(0)).isEqualTo("zero");
        assertThat(fr.words(11)).isEqualTo("11");
    }

    @Test
    void aCalendarOfThePeriodTakesDuOrDeInFrench() {
        Typo fr = new Typo(Locale.FRENCH);
        Typo en = new Typo(Locale.ENGLISH);
        assertThat(fr.ofPeriod(Period.quarterOf(LocalDate.of(2020, 4, 1)))).isEqualTo("du 2e trimestre 2020");
        assertThat(fr.ofPeriod(Period.year(2021))).isEqualTo("de 2021");
        assertThat(fr.ofPeriod(Period.month(2021, 3))).isEqualTo("de mars 2021");
        assertThat(fr.ofPeriod(Period.range(LocalDate.of(2019, 6, 1), LocalDate.of(2020, 10, 31))))
                .isEqualTo("du 1er juin 2019 au 31 octobre 2020");
        assertThat(en.ofPeriod(Period.year(2021))).isEqualTo(en.inPeriod(Period.year(2021))).isEqualTo("in 2021");
    }

    @Test
    void theNextPeriodsHeadingAgreesWithItsNoun() {
        assertThat(headings(Fixtures.P, Locale.FRENCH)).contains("Le trimestre prochain");
        assertThat(headings(Period.year(2020), Locale.FRENCH)).contains("La période suivante");
        assertThat(headings(Period.month(2020, 3), Locale.ENGLISH)).contains("The next period");
    }

    private static List<String> headings(Period period, Locale locale) {
        Report r = new Report(period, period.previous(1), List.of(Scope.programme()), locale, period.end(), List.of(),
                Dataset.builder().build(), List.of(), List.of(), List.of(), 5);
        return new NarrativeBuilder(r, List.of()).build().blocks.stream()
                .filter(b -> b instanceof Doc.Heading).map(b -> ((Doc.Heading) b).text()).toList();
    }

    private static Set<Integer> arguments(String pattern) {
        Set<Integer> out = new TreeSet<>();
        Matcher m = ARGUMENT.matcher(pattern);
        while (m.find()) {
            out.add(Integer.parseInt(m.group(1)));
        }
        return out;
    }

    private static Reader reader(String name) {
        return new InputStreamReader(Objects.requireNonNull(Typo.class.getResourceAsStream(name), name),
                StandardCharsets.UTF_8);
    }
}
