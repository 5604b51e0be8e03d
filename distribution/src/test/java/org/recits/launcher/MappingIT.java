package org.recits.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code recits mapping} on the demo's survey exports, through the start script: the draft proposes the
 * measure the demo's own mapping gives to each of its questions, and, put beside the export in place of that
 * mapping, it reads without a finding on the mapping nor a rejected row.
 */
class MappingIT {

    private static final Set<String> MEASURES = Set.of("democratie", "qualite", "impact", "productivite",
            "capacitation", "satisfaction");

    @TempDir
    Path work;

    @Test
    void theDraftOfEachDemoSurveyProposesTheDemoMappingsMeasuresAndReadsCleanly() throws Exception {
        Path demo = Distribution.folder().resolve("demo/enquetes");
        List<Path> exports = new ArrayList<>();
        try (Stream<Path> files = Files.list(demo)) {
            files.filter(p -> p.toString().endsWith(".csv") && !p.toString().endsWith(".mapping.csv")).sorted()
                    .forEach(exports::add);
        }
        assertThat(exports).hasSize(4);
        Path data = Files.createDirectories(work.resolve("donnees/enquetes"));
        int compared = 0;
        for (Path export : exports) {
            String file = export.getFileName().toString();
            Path copy = Files.copy(export, data.resolve(file));
            Distribution.Run run = Distribution.script(Distribution.folder(), work, "mapping", copy.toString());
            assertThat(run.code()).as(run.err()).isZero();
            String base = file.substring(0, file.length() - ".csv".length());
            Path draft = data.resolve(base + ".mapping.csv");
            assertThat(run.out()).as(file).contains("Reconnu\u00a0: ").contains("Brouillon écrit\u00a0: " + draft);

            Map<String, String> own = measures(demo.resolve(base + ".mapping.csv"));
            Map<String, String> drafted = measures(draft);
            for (Map.Entry<String, String> q : own.entrySet()) {
                if (MEASURES.contains(q.getValue())) {
                    assertThat(drafted.get(q.getKey())).as("%s: %s", file, q.getKey()).isEqualTo(q.getValue());
                    compared++;
                }
            }
            // a second run keeps the draft as it is
            String written = Files.readString(draft, StandardCharsets.UTF_8);
            Distribution.Run again = Distribution.script(Distribution.folder(), work, "mapping", copy.toString());
            assertThat(again.code()).isEqualTo(2);
            assertThat(again.err()).contains("existe déjà et n’est pas remplacé");
            assertThat(Files.readString(draft, StandardCharsets.UTF_8)).isEqualTo(written);
        }
        // 6 + 11 capacitation, satisfaction, impact, democratie, productivite (LimeSurvey), 7 KoBo, 3 prototype
        assertThat(compared).isEqualTo(27);

        Distribution.Run check = Distribution.script(Distribution.folder(), work, "check", "--data",
                work.resolve("donnees").toString());
        assertThat(check.code()).as(check.err()).isZero();
        // every response of the demo's exports: 175 + 126 LimeSurvey, 79 KoBo, 12 prototype
        assertThat(check.out()).contains("Lignes\u00a0: 392 lues, 392 retenues, aucune rejetée\u202f; aucun constat de rejet,"
                + " aucun avertissement.");
    }

    /** question → mesure of a mapping file. */
    private static Map<String, String> measures(Path mapping) throws IOException {
        Map<String, String> out = new LinkedHashMap<>();
        String text = Files.readString(mapping, StandardCharsets.UTF_8).replace("\uFEFF", "");
        char sep = text.lines().findFirst().orElse("").contains(";") ? ';' : ',';
        try (Reader r = new java.io.StringReader(text)) {
            for (CSVRecord rec : CSVFormat.DEFAULT.builder().setDelimiter(sep).setHeader().setSkipHeaderRecord(true)
                    .build().parse(r)) {
                out.put(rec.get("question"), rec.get("mesure"));
            }
        }
        return out;
    }
}
