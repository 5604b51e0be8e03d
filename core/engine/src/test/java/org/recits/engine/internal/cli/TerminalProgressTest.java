package org.recits.engine.internal.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

class TerminalProgressTest {

    @Test
    void aRunShorterThanASecondShowsNoProgressALongerOneRewritesOneLine() {
        StringWriter err = new StringWriter();
        TerminalProgress quick = new TerminalProgress(new PrintWriter(err, true), System.nanoTime());
        quick.update("Lecture de sessions.csv", 0, 3);
        quick.clear();
        assertThat(err.toString()).isEmpty();

        TerminalProgress slow = new TerminalProgress(new PrintWriter(err, true),
                System.nanoTime() - TerminalProgress.DELAY_NANOS);
        slow.update("Lecture de sessions.csv", 0, 3);
        slow.update("Lecture de presences.csv", 1, 3);
        slow.clear();
        assertThat(err.toString()).isEqualTo("\r\033[KLecture de sessions.csv [1/3]\r\033[KLecture de presences.csv [2/3]"
                + "\r\033[K");
    }
}
