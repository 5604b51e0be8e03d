package org.recits.web.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;
import java.util.logging.Logger;
import org.apache.commons.io.file.PathUtils;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;

/**
 * The jobs of the page, each in its own temporary folder under one folder of this server: made on upload,
 * found by id and owner, removed once unused for {@link Limits#jobMinutes} and all at once when the server
 * stops. Its log names counts, never a file or a person.
 */
@Component(service = Jobs.class)
public final class Jobs {

    private static final Logger LOG = Logger.getLogger(Jobs.class.getName());
    private static final SecureRandom RANDOM = new SecureRandom();

    private final Map<String, Job> jobs = new ConcurrentHashMap<>();
    private final Path root;
    private final Limits limits;
    private final Path dataFolder;
    private final ScheduledExecutorService sweeper;
    /** Reports run here, two at a time at most on this machine; the others wait their turn. */
    private final ExecutorService reports;

    /** The clock the jobs' last use is read on: {@link System#nanoTime()}, or a test's. */
    private final LongSupplier clock;

    @Activate
    public Jobs(BundleContext context) throws IOException {
        this(Limits.of(context), folder(context.getProperty("recits.serve.data")), System::nanoTime);
    }

    /** Jobs under these limits, on this clock (a test's, to see them expire without waiting). */
    Jobs(Limits limits, Path dataFolder, LongSupplier clock) throws IOException {
        this.limits = limits;
        this.dataFolder = dataFolder;
        this.clock = clock;
        this.root = Files.createTempDirectory("recits-serve-");
        this.sweeper = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "recits-serve-sweeper");
            t.setDaemon(true);
            return t;
        });
        sweeper.scheduleWithFixedDelay(this::sweep, 1, 1, TimeUnit.MINUTES);
        this.reports = Executors.newFixedThreadPool(2, r -> {
            Thread t = new Thread(r, "recits-serve-report");
            t.setDaemon(true);
            return t;
        });
    }

    @Deactivate
    void deactivate() throws InterruptedException {
        sweeper.shutdownNow();
        reports.shutdownNow();
        // a report still writing would recreate files in a folder being removed
        reports.awaitTermination(20, TimeUnit.SECONDS);
        jobs.clear();
        delete(root);
    }

    private static Path folder(String data) {
        return data == null || data.isBlank() ? null : Path.of(data);
    }

    Limits limits() {
        return limits;
    }

    /** A new, empty job for {@code owner}. */
    Job create(String owner) throws IOException {
        String id = token();
        Path folder = Files.createDirectory(root.resolve(id));
        Job job = new Job(id, owner, folder, Files.createDirectory(folder.resolve("donnees")), clock.getAsLong());
        jobs.put(id, job);
        LOG.fine(() -> "job created; jobs: " + jobs.size());
        return job;
    }

    /** A job for {@code owner} on the folder given to {@code --data}, read in place; its reports go in its own. */
    Job onFolder(String owner, Path data) throws IOException {
        String id = token();
        Job job = new Job(id, owner, Files.createDirectory(root.resolve(id)), data, clock.getAsLong());
        jobs.put(id, job);
        return job;
    }

    /** The folder given to {@code recits serve --data}, or null. */
    Path dataFolder() {
        return dataFolder;
    }

    /** The job of this id made by this owner, or null: an unknown id and another's job look the same. */
    Job find(String id, String owner) {
        if (id == null || owner == null) {
            return null;
        }
        Job job = jobs.get(id);
        if (job == null || !job.owner.equals(owner)) {
            return null;
        }
        job.touch(clock.getAsLong());
        return job;
    }

    /** Runs a job's report in the background. */
    void run(Runnable report) {
        reports.execute(report);
    }

    void remove(Job job) {
        jobs.remove(job.id);
        delete(job.folder);
    }

    /** The folder of all jobs, for the tests that look for leftovers. */
    Path root() {
        return root;
    }

    int count() {
        return jobs.size();
    }

    /** Removes the jobs unused for {@link Limits#jobMinutes} and their folders; not one whose report runs. */
    void sweep() {
        long ttl = TimeUnit.MINUTES.toNanos(limits.jobMinutes());
        long now = clock.getAsLong();
        jobs.values().removeIf(job -> {
            Production p = job.production.get();
            if (job.idleNanos(now) < ttl || p != null && !p.done()) {
                return false;
            }
            delete(job.folder);
            return true;
        });
    }

    /** 128 random bits, URL-safe. */
    static String token() {
        byte[] b = new byte[16];
        RANDOM.nextBytes(b);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(b);
    }

    /** Removes a folder and all it holds; a symbolic link is removed, never followed. */
    static void delete(Path folder) {
        if (!Files.exists(folder, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        try {
            PathUtils.deleteDirectory(folder);
        } catch (IOException e) {
            LOG.warning("a job folder could not be removed: " + e.getClass().getSimpleName());
        }
    }
}
