package org.recits.tabular;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/** The third-party exports of the real-exports folder ({@link RealData}): they are read as they are. */
class RealFilesTest {

    static List<Row> rows(Table t) {
        List<Row> out = new ArrayList<>();
        t.forEach(out::add);
        return out;
    }

    @TestFactory
    Stream<DynamicTest> everyRealCsvIsReadWithASensibleHeader() throws IOException {
        Path dir = RealData.dir();
        List<Path> files;
        try (Stream<Path> s = Files.walk(dir)) {
            files = s.filter(Files::isRegularFile)
                    .filter(p -> p.toString().endsWith(".csv") || p.toString().endsWith(".txt")
                            && !p.getFileName().toString().equals("READ_ME.txt"))
                    .sorted().toList();
        }
        assertThat(files).hasSizeGreaterThan(20);
        return files.stream().map(f -> DynamicTest.dynamicTest(dir.relativize(f).toString(), () -> {
            try (Table t = Tables.csv(f, f.getFileName().toString())) {
                List<Row> rows = rows(t);
                assertThat(t.header()).isNotEmpty();
                assertThat(t.header().get(0)).doesNotStartWith("\uFEFF");
                // A sensible header: several columns (the separator was found) with no replacement character
                // from a wrong decoding, except csv-spectrum's location file whose bytes are U+FFFD already.
                assertThat(t.header().size()).as("columns of " + f).isGreaterThan(1);
                if (!f.toString().contains("location_coordinates")) {
                    assertThat(String.join("", t.header())).doesNotContain("\uFFFD");
                }
                long previous = t.headerLine();
                for (Row r : rows) {
                    assertThat(r.line()).isGreaterThan(previous);
                    previous = r.line();
                }
            }
        }));
    }

    @Test
    void libraryHoursBomCrSemicolon() throws IOException {
        Path f = RealData.file("library-hours-bom-cr-semicolon/bibli_amp_latlong_horaires.csv");
        try (Table t = Tables.csv(f, "bibli.csv")) {
            assertThat(t.charset()).isEqualTo(StandardCharsets.UTF_8);
            assertThat(t.separator()).isEqualTo(';');
            assertThat(t.header()).hasSize(15);
            assertThat(t.header().get(0)).isEqualTo("nom");
            List<Row> rows = rows(t);
            // 707 CR in the file, none after the last row: 708 lines, header + 707 rows (README: 707 rows).
            assertThat(rows).hasSize(707);
            assertThat(rows.get(0).line()).isEqualTo(2);
            assertThat(rows.get(706).line()).isEqualTo(708);
            assertThat(rows.get(0).cell(1)).isEqualTo("BIBLIOTHÈQUE DE LA HALLE AUX GRAINS");
            assertThat(rows.get(0).cell(4)).isEqualTo("5419.0");
        }
    }

    @Test
    void inseeLatin1TabCrlf() throws IOException {
        Path f = RealData.file("insee-latin1-tab-crlf/canton2017.txt");
        try (Table t = Tables.csv(f, "canton2017.txt")) {
            assertThat(t.separator()).isEqualTo('\t');
            assertThat(t.charset().name()).isEqualTo("windows-1252");
            assertThat(t.header()).containsExactly("REGION", "DEP", "CANTON", "TYPCT", "BURCENTRAL", "TNCC", "ARTMAJ",
                    "NCC", "ARTMIN", "NCCENR");
            List<Row> rows = rows(t);
            assertThat(rows).hasSize(2054); // 2055 CRLF lines, README: 2054 rows
            assertThat(rows.get(0).cells()).containsExactly("84", "01", "01", "1", "01004", "1", "", "AMBERIEU-EN-BUGEY",
                    "", "Ambérieu-en-Bugey");
            assertThat(rows.get(6).line()).isEqualTo(8);
            assertThat(rows.get(6).cell(9)).isEqualTo("Ceyzériat");
        }
    }

    @Test
    void dvfPipeDecimalComma() throws IOException {
        Path f = RealData.file("dvf-pipe-decimal-comma/ValeursFoncieres-2024.txt");
        try (Table t = Tables.csv(f, "dvf.txt")) {
            assertThat(t.separator()).isEqualTo('|');
            assertThat(t.header()).hasSize(43);
            assertThat(t.header().get(10)).isEqualTo("Valeur fonciere");
            List<Row> rows = rows(t);
            assertThat(rows).hasSize(100);
            for (Row r : rows) {
                assertThat(r.size()).isEqualTo(43);
                Values.decimal(r.cell(10)); // every amount parses (or is blank)
                Values.date(r.cell(8));
            }
            assertThat(Values.decimal(rows.get(0).cell(10))).isEqualByComparingTo("346.50");
            assertThat(Values.decimal(rows.get(1).cell(10))).isEqualByComparingTo("10000");
            assertThat(Values.date(rows.get(0).cell(8))).isEqualTo(LocalDate.of(2024, 1, 2));
            Row last = rows.get(99);
            assertThat(last.line()).isEqualTo(101);
            assertThat(Values.decimal(last.cell(10))).isEqualByComparingTo(new BigDecimal("85000"));
            assertThat(last.cell(7)).isEqualTo("000001"); // leading zeros kept as text
        }
    }

    @Test
    void demarchesSimplifieesIso8859Crlf() throws IOException {
        Path f = RealData.file("demarches-simplifiees-fixtures/modele-import-referentiel-iso-8859-crlf-special-characters.csv");
        try (Table t = Tables.csv(f, "ds.csv")) {
            assertThat(t.separator()).isEqualTo(';');
            // The DS spec expects ["adresse","nom","numéro","email"]: the trailing space goes in normalisation.
            assertThat(t.header()).containsExactly("adresse ", "nom", "numéro", "email");
            assertThat(t.header().stream().map(Values::normalizeHeader))
                    .containsExactly("adresse", "nom", "numero", "email");
            List<Row> rows = rows(t);
            assertThat(rows).hasSize(2);
            assertThat(rows.get(0).cell(0)).isEqualTo("115, Boulevard Exelmans, Paris, 75016");
            assertThat(rows.get(0).cell(2)).isEqualTo("UK +447\u00A0864\u00A0743\u00A0320");
            assertThat(rows.get(1).cell(0)).isEqualTo("29, Rue des Fougères, Paris, 75020");
            assertThat(rows.get(1).line()).isEqualTo(3);
        }
        Path g = RealData.file("demarches-simplifiees-fixtures/groupe_iso_8859_invalid_characters.csv");
        try (Table t = Tables.csv(g, "groupe.csv")) {
            assertThat(t.header()).containsExactly("Email", "Groupe");
            assertThat(rows(t)).extracting(r -> r.cell(1))
                    .containsExactly("Auvergne-Rhône-Alpes", "Vendée", "Auvergne-Rhône-Alpes", "Vendée");
        }
        Path h = RealData.file("demarches-simplifiees-fixtures/modele-import-referentiel-with-bom.csv");
        try (Table t = Tables.csv(h, "bom.csv")) {
            assertThat(t.header()).containsExactly("DESCRIPTION", "FLEX_VALUE");
            List<Row> rows = rows(t);
            assertThat(rows.get(0).cells()).containsExactly("Direction des Affaires financières et sociales", "AFS");
            assertThat(rows.get(1).cell(0)).isEqualTo("Direction de l’Architecture, du Patrimoine et des Jardins");
        }
    }

    @Test
    void csvkitEncodingsAndNewlines() throws IOException {
        try (Table t = Tables.csv(RealData.file("csvkit-examples/test_utf8_bom.csv"), "bom.csv")) {
            assertThat(t.header()).containsExactly("foo", "bar", "baz");
            assertThat(rows(t).get(1).cells()).containsExactly("4", "5", "ʤ");
        }
        try (Table t = Tables.csv(RealData.file("csvkit-examples/test_latin1.csv"), "latin1.csv")) {
            assertThat(t.charset().name()).isEqualTo("windows-1252");
            assertThat(rows(t).get(1).cells()).containsExactly("4", "5", "©");
        }
        try (Table t = Tables.csv(RealData.file("csvkit-examples/test_utf16_little.csv"), "utf16.csv")) {
            assertThat(t.charset()).isEqualTo(StandardCharsets.UTF_16LE);
            assertThat(t.header()).containsExactly("a", "b", "c");
            assertThat(rows(t).get(1).cells()).containsExactly("4", "5", "ʤ");
        }
        try (Table t = Tables.csv(RealData.file("csvkit-examples/mac_newlines.csv"), "mac.csv")) {
            List<Row> rows = rows(t);
            assertThat(rows).extracting(Row::line).containsExactly(2L, 3L);
            assertThat(rows.get(1).cells()).containsExactly("Once upon\ra time", "5", "6");
        }
        // Decided behaviour: a NUL character is dropped (documented in the README).
        try (Table t = Tables.csv(RealData.file("csvkit-examples/null_byte.csv"), "nul.csv")) {
            assertThat(rows(t).get(0).cells()).containsExactly("", "2", "3");
        }
        // Leading blank lines: the header is the first non-blank line and keeps its real line number.
        try (Table t = Tables.csv(RealData.file("csvkit-examples/test_skip_lines.csv"), "skip.csv")) {
            assertThat(t.headerLine()).isEqualTo(4);
            assertThat(t.header()).containsExactly("a", "b", "c");
            assertThat(rows(t)).singleElement().satisfies(r -> assertThat(r.line()).isEqualTo(5));
        }
        // Ragged rows come as written: the caller decides.
        try (Table t = Tables.csv(RealData.file("csvkit-examples/bad.csv"), "bad.csv")) {
            assertThat(rows(t)).extracting(Row::size).containsExactly(4, 2, 3);
        }
        try (Table t = Tables.csv(RealData.file("csvkit-examples/test_locale.csv"), "locale.csv")) {
            Row r = rows(t).get(0);
            // test_locale_converted.csv expects 1.7 and 200000000.
            assertThat(Values.decimal(r.cell(0))).isEqualByComparingTo("1.7");
            assertThat(Values.decimal(r.cell(1))).isEqualByComparingTo("200000000");
        }
    }
}
