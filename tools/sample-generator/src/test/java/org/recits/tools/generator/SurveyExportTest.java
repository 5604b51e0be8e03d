package org.recits.tools.generator;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The survey exports look like the tools' own and agree with their mapping files. */
class SurveyExportTest {

    static final String AVANT = "results-survey472913-avant";
    static final String APRES = "results-survey472913-apres";
    static final String KOBO = "Satisfaction_et_qualite_de_service_-_all_versions_-_labels_-_2021-10-04-09-30-12";
    static final String TEST = "Test_prototype_Belrive_-_all_versions_-_labels_-_2017-07-03-16-40-02";

    @TempDir
    static Path tmp;
    static Path dir;

    @BeforeAll
    static void generate() {
        assertThat(SampleGenerator.run("--out", tmp.toString())).isZero();
        dir = tmp.resolve("enquetes");
    }

    @Test
    void everyExportHasItsMappingBesideIt() throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString()).toList()).containsExactlyInAnyOrder(
                    KOBO + ".csv", KOBO + ".mapping.csv", TEST + ".csv", TEST + ".mapping.csv",
                    AVANT + ".csv", AVANT + ".mapping.csv", APRES + ".csv", APRES + ".mapping.csv");
        }
    }

    @Test
    void limeSurveyExportIsUtf8WithBomCrlfQuotedCodes() throws IOException {
        byte[] bytes = Files.readAllBytes(dir.resolve(AVANT + ".csv"));
        assertThat(bytes).startsWith(0xEF, 0xBB, 0xBF);
        String text = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
        assertThat(text).startsWith("\"id\",\"submitdate\",\"lastpage\",\"startlanguage\",\"seed\",\"token\"")
                .contains("\"CAP1[SQ001]\"").contains("\r\n");
        Table t = Table.read(dir.resolve(AVANT + ".csv"));
        assertThat(t.separator()).isEqualTo(',');
        // Incomplete responses: no submitdate, stopped at page 1.
        assertThat(t.rows()).anyMatch(r -> r.get("submitdate").isEmpty() && r.get("lastpage").equals("1"));
        assertThat(t.rows()).allMatch(r -> r.get("cap1[sq001]").matches("A[1-5]"));
        // A comment with a line break inside its cell, as LimeSurvey keeps them.
        assertThat(t.rows()).anyMatch(r -> r.get("com1").contains("\n"));
    }

    @Test
    void beforeAndAfterWavesPairOnTokensForSomeRespondentsOnly() throws IOException {
        Table avant = Table.read(dir.resolve(AVANT + ".csv"));
        Table apres = Table.read(dir.resolve(APRES + ".csv"));
        Set<String> before = new HashSet<>();
        avant.rows().forEach(r -> before.add(r.get("token")));
        long paired = apres.rows().stream().filter(r -> !r.get("token").isEmpty() && before.contains(r.get("token"))).count();
        long anonymous = apres.rows().stream().filter(r -> r.get("token").isEmpty()).count();
        assertThat(paired).isGreaterThan(20);
        assertThat(anonymous).isPositive();
        assertThat(mapping(AVANT)).anyMatch(m -> m.get("question").equals("*") && m.get("mesure").equals("vague")
                && m.get("libelles").equals("avant"));
        assertThat(mapping(APRES)).anyMatch(m -> m.get("question").equals("*") && m.get("libelles").equals("apres"));
    }

    @Test
    void koboExportUsesSemicolonsGroupPathsMetadataAndLabels() throws IOException {
        String text = Files.readString(dir.resolve(KOBO + ".csv"), StandardCharsets.UTF_8);
        assertThat(text).startsWith("\"start\";\"end\";\"today\"").contains("\r\n");
        Table t = Table.read(dir.resolve(KOBO + ".csv"));
        assertThat(t.separator()).isEqualTo(';');
        assertThat(t.header()).contains("evaluation/satisfaction_globale", "_uuid", "_submission_time", "_index");
        assertThat(t.rows()).anyMatch(r -> r.get("evaluation/satisfaction_globale").equals("Plutôt d'accord"));
        assertThat(t.rows()).allMatch(r -> r.get("_uuid").matches("[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}"));
        assertThat(t.rows()).allMatch(r -> r.get("start").matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}\\+0[12]:00"));
        assertThat(t.rows().get(0).get("_index")).isEqualTo("1");
    }

    @Test
    void mappingsNameRealColumnsAndEveryLabelledAnswerIsKnown() throws IOException {
        for (String name : List.of(AVANT, APRES, KOBO, TEST)) {
            Table export = Table.read(dir.resolve(name + ".csv"));
            for (Map<String, String> m : mapping(name)) {
                if (m.get("question").equals("*")) {
                    continue;
                }
                String column = Table.normalise(m.get("question"));
                assertThat(export.header()).as(name).contains(column);
                if (!m.get("libelles").isEmpty()) {
                    Set<String> labels = new TreeSet<>();
                    for (String pair : m.get("libelles").split("\\|")) {
                        labels.add(pair.substring(0, pair.lastIndexOf('=')));
                    }
                    for (Map<String, String> r : export.rows()) {
                        String v = r.get(column);
                        assertThat(v.isEmpty() || labels.contains(v)).as(name + " " + column + " " + v).isTrue();
                    }
                }
            }
        }
    }

    @Test
    void measuresCoverTheFourValuesCapacitationAndSatisfaction() throws IOException {
        Set<String> measures = new TreeSet<>();
        for (String name : List.of(AVANT, APRES, KOBO, TEST)) {
            mapping(name).forEach(m -> measures.add(m.get("mesure")));
        }
        assertThat(measures).contains("democratie", "qualite", "impact", "productivite", "capacitation", "satisfaction",
                "collectivite", "vague", "date", "role");
        // One mapping takes the collectivité from a column, another from a constant.
        assertThat(mapping(KOBO)).anyMatch(m -> m.get("mesure").equals("collectivite") && !m.get("question").equals("*"));
        assertThat(mapping(TEST)).anyMatch(m -> m.get("mesure").equals("collectivite") && m.get("question").equals("*")
                && m.get("libelles").equals("belrive"));
    }

    @Test
    void respondentsPerCollectiviteAreFiveOrMoreExceptInOne() throws IOException {
        for (String name : List.of(AVANT, APRES, KOBO)) {
            String column = name.equals(KOBO) ? "identification/collectivite" : "coll";
            Map<String, Integer> count = new TreeMap<>();
            Table.read(dir.resolve(name + ".csv")).rows().forEach(r -> count.merge(r.get(column), 1, Integer::sum));
            assertThat(count).as(name).hasSize(10);
            Map<String, Integer> small = new HashMap<>(count);
            small.values().removeIf(n -> n >= 5);
            assertThat(small.keySet()).as(name).containsExactly("armor-loire");
        }
    }

    static List<Map<String, String>> mapping(String name) throws IOException {
        return Table.read(dir.resolve(name + ".mapping.csv")).rows();
    }
}
