package org.recits.api.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SourceRefTest {

    @Test
    void printsFileColonLineAndTheFileAloneWithoutALine() {
        assertThat(new SourceRef("sessions.csv", 12)).hasToString("sessions.csv:12");
        assertThat(new SourceRef("labo.xlsx#Sessions", 1)).hasToString("labo.xlsx#Sessions:1");
        assertThat(new SourceRef("sessions.csv", 0)).hasToString("sessions.csv");
    }

    @Test
    void noneIsAnEmptyFileWithoutALine() {
        assertThat(SourceRef.NONE.file()).isEmpty();
        assertThat(SourceRef.NONE.line()).isZero();
        assertThat(SourceRef.NONE).hasToString("");
        assertThat(new SourceRef("", 0)).isEqualTo(SourceRef.NONE);
    }

    @Test
    void equalByFileAndLine() {
        assertThat(new SourceRef("a.csv", 2)).isEqualTo(new SourceRef("a.csv", 2))
                .isNotEqualTo(new SourceRef("a.csv", 3)).isNotEqualTo(new SourceRef("b.csv", 2));
    }
}
