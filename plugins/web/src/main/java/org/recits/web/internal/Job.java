package org.recits.web.internal;

import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.recits.api.run.FolderCheck;

/**
 * One upload and what is made from it, in its own folder: {@code donnees/} the files as dropped (a zip unpacked),
 * {@code sorties-N/} each report. A job may instead read the folder {@code recits serve --data} names, in place. Only the visitor who made it (the browser holding {@code owner} in its cookie)
 * finds it.
 */
final class Job {

    final String id;
    final String owner;
    final Path folder;
    /** The files checked and reported on: the upload's, or the folder given to {@code --data}, never removed. */
    private final Path data;
    /** When it was last used, on the clock of its {@link Jobs}. */
    private final AtomicLong lastUse;
    /** The check of the files, by language: they do not change once dropped, so it is made once. */
    final Map<String, FolderCheck> checks = new ConcurrentHashMap<>();
    /** The last report asked, or null. */
    final AtomicReference<Production> production = new AtomicReference<>();
    /** How many reports were asked: each writes to a folder of its own. */
    final AtomicInteger productions = new AtomicInteger();

    Job(String id, String owner, Path folder, Path data, long now) {
        this.lastUse = new AtomicLong(now);
        this.id = id;
        this.owner = owner;
        this.folder = folder;
        this.data = data;
    }

    Path data() {
        return data;
    }

    Path out() {
        return folder.resolve("sorties");
    }

    void touch(long now) {
        lastUse.set(now);
    }

    long idleNanos(long now) {
        return now - lastUse.get();
    }
}
