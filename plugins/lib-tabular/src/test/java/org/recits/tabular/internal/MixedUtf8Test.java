package org.recits.tabular.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.recits.tabular.Row;
import org.recits.tabular.Table;

/** A UTF-8 file with one line in Windows-1252: the other lines keep their accents, on both reading paths. */
class MixedUtf8Test {
    private static final Charset CP1252 = Charset.forName("windows-1252");

    @TempDir
    Path dir;

    private Path verbatims(int rows, int cp1252At, String end) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(("collectivite;texte" + end).getBytes(StandardCharsets.UTF_8));
        for (int i = 1; i <= rows; i++) {
            String line = "mulhouse;« dès le début » n°" + i + end;
            out.writeBytes(line.getBytes(i == cp1252At ? CP1252 : StandardCharsets.UTF_8));
        }
        Path f = dir.resolve("verbatims.csv");
        Files.write(f, out.toByteArray());
        return f;
    }

    private static List<Row> rows(Table t) {
        List<Row> rows = new ArrayList<>();
        t.forEach(rows::add);
        return rows;
    }

    @Test
    void oneWindows1252LineInAUtf8FileIsReadAsSuchAndNamed() throws IOException {
        for (String end : List.of("\n", "\r\n", "\r")) {
            Path f = verbatims(2000, 700, end);
            List<Row> sequential;
            try (Table t = CsvTable.open(f, "verbatims.csv", Long.MAX_VALUE)) {
                assertThat(t.charset()).isEqualTo(StandardCharsets.UTF_8);
                assertThat(t.windows1252Lines()).as(end).containsExactly(701L);
                sequential = rows(t);
            }
            assertThat(sequential).hasSize(2000);
            for (int i = 0; i < 2000; i++) {
                assertThat(sequential.get(i).cell(1)).isEqualTo("« dès le début » n°" + (i + 1));
            }
            try (Table t = CsvTable.open(f, "verbatims.csv", 0, 1024)) {
                assertThat(rows(t)).isEqualTo(sequential);
            }
        }
    }

    @Test
    void aWindows1252FileStaysOne() throws IOException {
        Path f = dir.resolve("sessions.csv");
        Files.write(f, "collectivite;lieu\nmulhouse;Salle des fêtes\nmulhouse;Théâtre\n".getBytes(CP1252));
        try (Table t = CsvTable.open(f, "sessions.csv")) {
            assertThat(t.charset()).isEqualTo(CP1252);
            assertThat(t.windows1252Lines()).isEmpty();
            assertThat(rows(t).get(1).cell(1)).isEqualTo("Théâtre");
        }
    }

    @Test
    void decodingCutsOnlyBetweenLines() {
        byte[] b = "é\r\nè\n".getBytes(StandardCharsets.UTF_8);
        byte[] w = "à\n".getBytes(CP1252);
        byte[] all = new byte[b.length + w.length];
        System.arraycopy(b, 0, all, 0, b.length);
        System.arraycopy(w, 0, all, b.length, w.length);
        assertThat(MixedUtf8.decode(all, 0, all.length)).isEqualTo("é\r\nè\nà\n");
    }
}
