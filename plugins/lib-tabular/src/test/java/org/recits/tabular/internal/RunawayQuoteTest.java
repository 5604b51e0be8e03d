package org.recits.tabular.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.recits.tabular.Row;
import org.recits.tabular.RunawayQuote;
import org.recits.tabular.Table;

/** A stray quote that swallows the rows below it, read on one thread and in blocks: the same runaway quote. */
class RunawayQuoteTest {

    @TempDir
    Path dir;

    private static String presences(int rows, int strayAt, boolean closedLater) {
        StringBuilder s = new StringBuilder("collectivite;session;participant\n");
        for (int i = 1; i <= rows; i++) {
            String participant = "p" + i;
            if (i == strayAt) {
                participant = "\"p" + i; // a quote typed at a cell's start, never closed
            }
            if (closedLater && i == strayAt + 10) {
                participant = "p" + i + "\"";
            }
            s.append("mulhouse;S").append(i % 7).append(';').append(participant).append('\n');
        }
        return s.toString();
    }

    private List<RunawayQuote> runaways(Table t) {
        List<RunawayQuote> found = new ArrayList<>();
        for (Row r : t) {
            RunawayQuote q = RunawayQuote.of(r, t.separator(), t.header().size());
            if (q != null) {
                found.add(q);
            }
        }
        return found;
    }

    @Test
    void aStrayQuoteToTheEndIsOneRowThatSwallowedTheRestOnBothPaths() throws IOException {
        Path f = dir.resolve("presences.csv");
        Files.writeString(f, presences(3000, 80, false), StandardCharsets.UTF_8);
        List<RunawayQuote> sequential;
        try (Table t = CsvTable.open(f, "presences.csv", Long.MAX_VALUE)) {
            sequential = runaways(t);
        }
        List<RunawayQuote> blocks;
        try (Table t = CsvTable.open(f, "presences.csv", 0, 4096)) {
            blocks = runaways(t);
        }
        // header on line 1: row i on line i + 1; rows 81 to 3000 are read as the text of row 80's last cell
        assertThat(sequential).containsExactly(new RunawayQuote(81, 3001, 2, 2920));
        assertThat(blocks).isEqualTo(sequential);
    }

    @Test
    void aQuoteClosedTenRowsBelowSwallowsThoseRows() throws IOException {
        Path f = dir.resolve("presences.csv");
        Files.writeString(f, presences(100, 20, true), StandardCharsets.UTF_8);
        try (Table t = CsvTable.open(f, "presences.csv", Long.MAX_VALUE)) {
            assertThat(runaways(t)).containsExactly(new RunawayQuote(21, 31, 2, 10));
        }
        try (Table t = CsvTable.open(f, "presences.csv", 0, 512)) {
            assertThat(runaways(t)).containsExactly(new RunawayQuote(21, 31, 2, 10));
        }
    }

    @Test
    void aCommentOnTwoLinesIsNoRunawayQuote() {
        Row r = new Row(5, List.of("mulhouse", "V1", "On a appris;\nbeaucoup, et vite.\nMerci"));
        assertThat(RunawayQuote.of(r, ';', 4)).isNull();
        assertThat(RunawayQuote.of(new Row(5, List.of("a", "b")), ';', 2)).isNull();
    }
}
