package org.recits.tabular;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CsvReadingTest {
    @TempDir
    Path dir;

    private Path write(String name, byte[] bytes) throws IOException {
        Path f = dir.resolve(name);
        Files.write(f, bytes);
        return f;
    }

    private Path write(String name, String text, Charset cs) throws IOException {
        return write(name, text.getBytes(cs));
    }

    private static List<Row> rows(Table t) {
        List<Row> out = new ArrayList<>();
        t.forEach(out::add);
        return out;
    }

    @Test
    void lineNumbersCountQuotedNewlinesAndBlankLines() throws IOException {
        // line 1 header; 2 "a"; 3-4 a two-line cell; 5 blank (skipped); 6 "c"; 7 a three-line cell on CRLF
        String text = "id;texte\n1;a\n2;\"deux\nlignes\"\n\n3;c\r\n4;\"x\r\ny\r\nz\"\r\n5;fin";
        try (Table t = Tables.csv(write("t.csv", text, StandardCharsets.UTF_8), "t.csv")) {
            List<Row> rows = rows(t);
            assertThat(rows).extracting(Row::line).containsExactly(2L, 3L, 6L, 7L, 10L);
            assertThat(rows.get(1).cell(1)).isEqualTo("deux\nlignes");
            assertThat(rows.get(3).cell(1)).isEqualTo("x\r\ny\r\nz");
        }
    }

    @Test
    void crOnlyLineEnds() throws IOException {
        try (Table t = Tables.csv(write("t.csv", "a;b\r1;2\r3;\"x\ry\"\r4;5\r", StandardCharsets.UTF_8), "t.csv")) {
            assertThat(rows(t)).extracting(Row::line).containsExactly(2L, 3L, 5L);
        }
    }

    @Test
    void bomUtf8AndWindows1252KeepTheAccent() throws IOException {
        byte[] body = "nom;ville\nÉlodie;Orléans\n".getBytes(StandardCharsets.UTF_8);
        byte[] bom = new byte[body.length + 3];
        bom[0] = (byte) 0xEF;
        bom[1] = (byte) 0xBB;
        bom[2] = (byte) 0xBF;
        System.arraycopy(body, 0, bom, 3, body.length);
        for (Path f : List.of(write("bom.csv", bom), write("utf8.csv", body),
                write("cp1252.csv", "nom;ville\nÉlodie;Orléans\n", Charset.forName("windows-1252")),
                write("utf16be.csv", "\uFEFFnom;ville\nÉlodie;Orléans\n", StandardCharsets.UTF_16BE))) {
            try (Table t = Tables.csv(f, "x")) {
                assertThat(t.header()).as(f.toString()).containsExactly("nom", "ville");
                assertThat(rows(t).get(0).cells()).as(f.toString()).containsExactly("Élodie", "Orléans");
            }
        }
    }

    @Test
    void latin1ByteOnlyOnTheLastLineIsNotMistakenForUtf8() throws IOException {
        StringBuilder b = new StringBuilder("a,b\n");
        for (int i = 0; i < 20_000; i++) {
            b.append(i).append(",x\n");
        }
        b.append("fin,café\n");
        try (Table t = Tables.csv(write("late.csv", b.toString(), Charset.forName("windows-1252")), "late.csv")) {
            List<Row> rows = rows(t);
            assertThat(rows.get(rows.size() - 1).cell(1)).isEqualTo("café");
            assertThat(rows.get(rows.size() - 1).line()).isEqualTo(20_002);
        }
    }

    @Test
    void separatorsDetectedOutsideQuotes() throws IOException {
        assertThat(sep("\"a,b\";c;d\n1;2;3\n")).isEqualTo(';');
        assertThat(sep("a,b,c\n")).isEqualTo(',');
        assertThat(sep("a\tb\tc\n")).isEqualTo('\t');
        assertThat(sep("a|b|c\n")).isEqualTo('|');
        assertThat(sep("a;b,c\n")).isEqualTo(';'); // tie: the French separator
        assertThat(sep("seule\n1\n")).isEqualTo(',');
    }

    private char sep(String text) throws IOException {
        try (Table t = Tables.csv(write("s" + text.hashCode() + ".csv", text, StandardCharsets.UTF_8), "s")) {
            return t.separator();
        }
    }

    @Test
    void iteratingTwiceGivesTheSameRows() throws IOException {
        try (Table t = Tables.csv(write("t.csv", "a;b\n1;2\n3;4\n", StandardCharsets.UTF_8), "t.csv")) {
            assertThat(rows(t)).isEqualTo(rows(t)).hasSize(2);
            assertThat(t.name()).isEqualTo("t.csv");
            assertThat(t.headerLine()).isEqualTo(1);
        }
    }

    @Test
    void emptyFileHasNoHeaderAndNoRows() throws IOException {
        try (Table t = Tables.csv(write("e.csv", new byte[0]), "e.csv")) {
            assertThat(t.header()).isEmpty();
            assertThat(rows(t)).isEmpty();
        }
    }

    @Test
    void rowOfSeparatorsIsKeptForTheCaller() throws IOException {
        try (Table t = Tables.csv(write("t.csv", "a;b\n;\n1;2\n", StandardCharsets.UTF_8), "t.csv")) {
            assertThat(rows(t)).extracting(Row::cells).containsExactly(List.of("", ""), List.of("1", "2"));
        }
    }

    @Test
    void shortRowsGiveEmptyCells() {
        Row r = new Row(3, List.of("a"));
        assertThat(r.cell(0)).isEqualTo("a");
        assertThat(r.cell(5)).isEmpty();
        assertThat(r.size()).isEqualTo(1);
    }

    @Test
    void unterminatedQuoteRunsToTheEndOfTheFileInOneCell() throws IOException {
        // Lenient like spreadsheets: the open quote swallows the rest of the file into one cell of the row where
        // it starts (line 3), which the ingestors then reject on its values; earlier rows are unaffected.
        Path f = write("bad.csv", "a,b\n1,2\n\"x,3\n4,5\n", StandardCharsets.UTF_8);
        try (Table t = Tables.csv(f, "bad.csv")) {
            List<Row> rows = rows(t);
            assertThat(rows).hasSize(2);
            assertThat(rows.get(0).cells()).containsExactly("1", "2");
            assertThat(rows.get(1).line()).isEqualTo(3);
            assertThat(rows.get(1).cells()).containsExactly("x,3\n4,5\n");
        }
    }

    @Test
    void missingSheetIsAnIOException() {
        assertThatThrownBy(() -> Tables.sheets(dir.resolve("absent.xlsx"))).isInstanceOf(IOException.class);
    }
}
