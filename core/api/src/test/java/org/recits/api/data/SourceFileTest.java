package org.recits.api.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.recits.api.data.SourceFile.TableCount;

class SourceFileTest {

    @Test
    void theNameIsRequiredAndNoTablesIsEmpty() {
        assertThatThrownBy(() -> new SourceFile(null, null, null, null, null)).hasMessage("name");
        SourceFile none = new SourceFile("a.csv", null, null, null, null);
        assertThat(none.tables()).isEmpty();
        assertThat(none.rowsRead()).isZero();
    }

    @Test
    void theTablesAreCopied() {
        List<TableCount> tables = new ArrayList<>(List.of(new TableCount("a", 3, 2, 1)));
        SourceFile f = new SourceFile("a.csv", "00", "csv", "1", tables);
        tables.clear();
        assertThat(f.tables()).hasSize(1);
        assertThatThrownBy(() -> f.tables().clear()).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void sumsEveryTablesCounts() {
        SourceFile f = new SourceFile("labo.xlsx", null, null, null,
                List.of(new TableCount("Sessions", 10, 8, 2), new TableCount("Enquete", 5, 5, 0, 7)));
        assertThat(f.rowsRead()).isEqualTo(15);
        assertThat(f.rowsKept()).isEqualTo(13);
        assertThat(f.rowsRejected()).isEqualTo(2);
        assertThat(f.answersRejected()).isEqualTo(7);
    }

    @Test
    void aTableWithoutAnswerCountHasNoAnswerRejected() {
        assertThat(new TableCount("t", 3, 2, 1)).isEqualTo(new TableCount("t", 3, 2, 1, 0));
    }
}
