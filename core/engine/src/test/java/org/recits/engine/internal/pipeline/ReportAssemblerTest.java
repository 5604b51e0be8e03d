package org.recits.engine.internal.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.recits.api.indicator.Indicator;
import org.recits.api.indicator.IndicatorValue;
import org.recits.api.model.LocalizedText;
import org.recits.api.model.Period;
import org.recits.api.model.Scope;
import org.recits.api.report.Progress;
import org.recits.api.report.Report;
import org.recits.engine.internal.Fixtures;
import org.recits.api.text.Messages;
import org.recits.engine.internal.EngineTexts;
import org.recits.engine.internal.Plugins;

class ReportAssemblerTest {

    @TempDir
    Path tmp;

    /** Computes like {@link Fixtures.SessionCount} but its words for the narrative throw. */
    static final class MuteCount implements Indicator {
        private final Fixtures.SessionCount count = new Fixtures.SessionCount();

        @Override
        public org.recits.api.indicator.IndicatorDefinition definition() {
            return count.definition();
        }

        @Override
        public IndicatorValue compute(org.recits.api.data.Dataset data, Scope scope, Period period) {
            return count.compute(data, scope, period);
        }

        @Override
        public List<LocalizedText> sentences(Scope scope, Period period, IndicatorValue current,
                IndicatorValue previous) {
            throw new IllegalArgumentException("gabarit introuvable");
        }
    }

    @Test
    void aFailureInTheSentencesKeepsTheFiguresAndIsReportedOnce() throws IOException {
        Path data = Files.createDirectories(tmp.resolve("data"));
        Files.write(data.resolve("sessions.txt"), List.of("metz;s1;2020-01-10", "lille;s2;2020-02-10"),
                StandardCharsets.UTF_8);
        Plugins plugins = Fixtures.plugins(List.of(new MuteCount()), List.of());
        Messages words = EngineTexts.of(Locale.FRENCH);
        var read = new DataFolderReader(plugins.ingestors(), words, Progress.NONE).read(data);

        Report report = new ReportAssembler(words, Progress.NONE).assemble(read.dataset(), plugins,
                Period.parse("2020-T1"), Locale.FRENCH, null, 1, List.of());

        // programme, lille, metz: every figure is there, without sentences
        assertThat(report.results()).hasSize(3).allSatisfy(r -> {
            assertThat(r.current().value().value()).isPositive();
            assertThat(r.sentences()).isEmpty();
        });
        assertThat(report.failures()).singleElement().satisfies(f -> {
            assertThat(f.plugin()).startsWith("T_SESSIONS");
            assertThat(f.stage()).isEqualTo("sentences");
            assertThat(f.message()).contains("gabarit introuvable");
        });
    }
}
