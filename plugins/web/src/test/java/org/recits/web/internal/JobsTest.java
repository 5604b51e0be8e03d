package org.recits.web.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.recits.api.run.CommandRun;

/** A job's folder stays while it is used, goes once unused for the configured time, and all go at stop. */
class JobsTest {

    private final AtomicLong now = new AtomicLong();

    private static long minutes(double m) {
        return (long) (m * TimeUnit.MINUTES.toNanos(1));
    }

    @Test
    void aJobUnusedForTheConfiguredTimeIsRemovedButNotWhileItsReportRuns() throws Exception {
        Jobs jobs = new Jobs(new Limits(5, Limits.MB, Limits.MB, 2), null, now::get);
        Path root = jobs.root();
        try {
            Job old = jobs.create("moi");
            Files.writeString(old.data().resolve("sessions.csv"), "x");
            Job used = jobs.create("moi");
            now.set(minutes(1.5));
            assertThat(jobs.find(used.id, "moi")).isSameAs(used); // looking at a job's page uses it
            now.set(minutes(2.5));
            jobs.sweep();
            assertThat(old.folder).doesNotExist();
            assertThat(jobs.find(old.id, "moi")).isNull();
            assertThat(used.folder).isDirectory();
            assertThat(jobs.count()).isEqualTo(1);

            Production running = Production.asked(used.folder.resolve("sorties-1"), "2021-T1");
            used.production.set(running);
            now.set(minutes(60));
            jobs.sweep();
            assertThat(used.folder).as("a report still running is not removed").isDirectory();
            used.production.set(running.finished(new CommandRun(0, "", "")));
            jobs.sweep();
            assertThat(used.folder).doesNotExist();
            assertThat(jobs.count()).isZero();

            jobs.create("moi");
        } finally {
            jobs.deactivate();
        }
        assertThat(root).as("every job goes when the server stops").doesNotExist();
    }
}
