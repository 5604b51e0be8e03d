package org.recits.tabular;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.function.Function;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A title above the header: the separator is the table's, and the table can be read from a later header row. */
class TitleRowTest {
    @TempDir
    Path dir;

    private Path write(String text) throws IOException {
        Path f = dir.resolve("t.csv");
        Files.writeString(f, text, StandardCharsets.UTF_8);
        return f;
    }

    @Test
    void aTitleLineWithoutSeparatorDoesNotDecideTheSeparator() throws IOException {
        try (Table t = Tables.csv(write("Suivi des présences 2021\n\nid;nom\n1;a\n"), "t.csv")) {
            assertThat(t.separator()).isEqualTo(';');
            assertThat(t.header()).containsExactly("Suivi des présences 2021");
        }
        try (Table t = Tables.csv(write("un\ndeux\n"), "t.csv")) {
            assertThat(t.separator()).isEqualTo(','); // one column throughout: as before
        }
    }

    @Test
    void aTableReadFromALaterHeaderKeepsTheFilesLineNumbers() throws IOException {
        try (Table t = Tables.csv(write("Titre\n\nid;nom\n1;a\n\n2;b\n"), "t.csv")) {
            List<Row> candidates = Headers.candidates(t);
            assertThat(candidates).extracting(Row::line).containsExactly(1L, 3L, 4L, 6L);
            Table from = Headers.from(t, candidates.get(1));
            assertThat(from.header()).containsExactly("id", "nom");
            assertThat(from.headerLine()).isEqualTo(3);
            assertThat(from.name()).isEqualTo("t.csv");
            List<Row> rows = new ArrayList<>();
            from.forEach(rows::add);
            assertThat(rows).extracting(Row::line).containsExactly(4L, 6L);
            assertThat(from.head(5)).extracting(Row::line).containsExactly(4L, 6L);
            Iterator<Table.Prepared<String>> prepared = from.prepared(() -> (Function<Row, String>) r -> r.cell(1));
            List<String> values = new ArrayList<>();
            prepared.forEachRemaining(p -> values.add(p.value()));
            assertThat(values).containsExactly("a", "b");
            assertThat(Headers.from(t, candidates.get(0))).isSameAs(t);
        }
    }
}
