package org.recits.engine.internal.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.recits.api.report.Progress;
import org.recits.api.report.RenderContext;
import org.recits.api.report.Report;
import org.recits.api.report.ReportRenderer;
import org.recits.api.text.Messages;
import org.recits.engine.internal.EngineTexts;
import org.recits.engine.internal.Registered;

/** The renderers run side by side; what reaches the output folder must not depend on their timing. */
class OutputWriterTest {

    @TempDir
    Path out;

    /** Writes one file named after itself, optionally after waiting for a latch, optionally failing. */
    private record Fake(String id, CountDownLatch waitFor, CountDownLatch done, boolean fail) implements ReportRenderer {
        @Override
        public List<Path> render(Report report, RenderContext context) throws IOException {
            try {
                if (waitFor != null && !waitFor.await(10, TimeUnit.SECONDS)) {
                    throw new IOException("the other renderer never finished");
                }
                Path f = context.outputDir().resolve(id + ".txt");
                Files.writeString(f, id, StandardCharsets.UTF_8);
                if (fail) {
                    throw new IllegalStateException("boom in " + id);
                }
                return List.of(f);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException(e);
            } finally {
                if (done != null) {
                    done.countDown();
                }
            }
        }
    }

    private OutputWriter writer() {
        return new OutputWriter(EngineTexts.of(Locale.FRENCH), Progress.NONE);
    }

    @Test
    void aFailingRendererLeavesNoFileWhileTheOthersAreMoved() throws IOException {
        List<Registered<ReportRenderer>> renderers = List.of(
                Registered.local(new Fake("a", null, null, false)),
                Registered.local(new Fake("b", null, null, true)),
                Registered.local(new Fake("c", null, null, false)));

        OutputWriter.Result r = writer().write(null, renderers, out);

        assertThat(r.written()).containsExactly(Path.of("a.txt"), Path.of("c.txt"));
        assertThat(r.failures()).singleElement().satisfies(f -> assertThat(f.plugin()).startsWith("b "));
        assertThat(Files.exists(out.resolve("b.txt"))).isFalse();
        try (Stream<Path> left = Files.list(out)) {
            assertThat(left.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("a.txt", "c.txt",
                    OutputSet.HOME);
        }
    }

    @Test
    void failuresAreReportedInTheRenderersOrderWhateverFinishesFirst() throws IOException {
        // "second" finishes before "first" starts writing when they run side by side.
        CountDownLatch secondDone = new CountDownLatch(1);
        boolean parallel = Runtime.getRuntime().availableProcessors() > 1;
        List<Registered<ReportRenderer>> renderers = new ArrayList<>(List.of(
                Registered.local(new Fake("first", parallel ? secondDone : null, null, true)),
                Registered.local(new Fake("second", null, secondDone, true))));

        OutputWriter.Result r = writer().write(null, renderers, out);

        assertThat(r.written()).isEmpty();
        assertThat(r.failures()).extracting(f -> f.plugin().split(" ")[0]).containsExactly("first", "second");
        try (Stream<Path> left = Files.list(out)) {
            assertThat(left.map(p -> p.getFileName().toString())).containsExactly(OutputSet.HOME);
        }
    }

    /** Fills the disk as the JDK reports it: a FileSystemException naming the file, "No space left on device". */
    private record DiskFiller(String id) implements ReportRenderer {
        @Override
        public List<Path> render(Report report, RenderContext context) throws IOException {
            Path f = context.outputDir().resolve("recits-P.xlsx");
            Files.writeString(f, "half a workbook", StandardCharsets.UTF_8);
            throw new java.nio.file.FileSystemException(f.toString(), null, "No space left on device");
        }
    }

    @Test
    void aFullDiskStopsTheRunNamingTheFileAndLeavesThePreviousSetWhole() throws IOException {
        writer().write(null, List.of(Registered.local(new Fake("a", null, null, false))), out);
        List<Registered<ReportRenderer>> renderers = List.of(Registered.local(new Fake("b", null, null, false)),
                Registered.local(new DiskFiller("full")));

        org.assertj.core.api.Assertions.assertThatThrownBy(() -> writer().write(null, renderers, out))
                .isInstanceOfSatisfying(DiskFull.class, e -> {
                    assertThat(e.file()).isEqualTo("recits-P.xlsx");
                    assertThat(e.written()).isGreaterThan(0);
                });
        try (Stream<Path> left = Files.list(out)) {
            assertThat(left.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("a.txt", OutputSet.HOME);
        }
        try (Stream<Path> home = Files.list(out.resolve(OutputSet.HOME))) {
            // Nothing staged is kept: it would hold the space the user is about to free.
            assertThat(home.map(p -> p.getFileName().toString())).doesNotContain("switch")
                    .noneMatch(n -> n.startsWith("tmp-"));
        }
    }
}
