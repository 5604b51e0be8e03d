package org.recits.engine.internal.cli;

import org.recits.api.store.ProgrammeStore;
import org.recits.api.store.StoreException;
import org.recits.api.store.StoreSession;
import org.recits.api.text.Messages;
import picocli.CommandLine.Option;

/**
 * {@code --db URL}: the programme store a command works on, else the one {@code RECITS_DB} names, else the default
 * store (a PostgreSQL server of the store's own in the user's data folder, {@link StoreFolder}, from the binaries
 * in the product folder's {@code postgresql/}), and the step every store command shares to open it ({@link #with}).
 */
public final class StoreOption {

    /** The environment variable naming the store when {@code --db} is not given. */
    static final String ENV = "RECITS_DB";
    /** The product folder's directory of the default store's server binaries. */
    static final String SHIPPED = "postgresql";

    @Option(names = "--db", paramLabel = "URL", descriptionKey = "opt.db")
    String db;

    /** What a store command does on its open session: its exit code. */
    @FunctionalInterface
    interface Work {
        int on(StoreSession session) throws StoreException, java.io.IOException;
    }

    /**
     * The step every store command shares: opens the store, does the work, closes the session; a refusal of the
     * store (a lost connection, a forbidden row) is said in the run's language, exit 1.
     */
    int with(CliContext ctx, Messages messages, Work work) throws java.io.IOException {
        try (StoreSession session = open(ctx, messages)) {
            return work.on(session);
        } catch (StoreException e) {
            return refused(ctx, messages, e);
        }
    }

    /** Lab names as the store takes them ({@link StoreSession#checkLab}); a usage error naming the first that is not. */
    static void checkLabs(Messages messages, java.util.Collection<String> labs) {
        for (String lab : labs) {
            if (!StoreSession.checkLab(lab)) {
                throw new RecitsCli.UsageException(messages.get("error.labName", lab));
            }
        }
    }

    /** Opens a session on the store named, else on the default one; an error when the store's plugin is missing. */
    private StoreSession open(CliContext ctx, Messages messages) throws StoreException {
        String url = db != null ? db : System.getenv(ENV);
        ProgrammeStore store = ctx.store().get();
        if (store == null) {
            throw new IllegalStateException(messages.get("error.noStorePlugin"));
        }
        if (url == null || url.isBlank()) {
            return store.openEmbedded(ctx.home() == null ? null : ctx.home().resolve(SHIPPED), StoreFolder.forRun());
        }
        return store.open(url);
    }

    /** Why the store refused, in the run's language, after the usual prefix. */
    static int refused(CliContext ctx, Messages messages, StoreException e) {
        ctx.err().println(messages.get("error.prefix") + " " + e.why().in(messages.locale()));
        return RecitsCli.ERROR;
    }
}
