package org.recits.engine.internal.cli;

import org.recits.api.text.Messages;
import org.recits.engine.internal.EngineTexts;
import org.recits.engine.internal.pipeline.DataFolderReader;

/**
 * How {@code report} and {@code check} end on a data folder they must not go on with: nothing readable
 * is a usage error (exit 2), a table from two files of one folder that the user did not settle with
 * {@code --source} is refused input (exit 3), whatever {@code --strict} says.
 */
final class FolderGuard {

    private FolderGuard() {
    }

    /** Prints why the run stops and returns its exit code; null when the run may go on. */
    static Integer refusal(CliContext ctx, Messages words, DataFolderReader.Result read) {
        if (read.unusable() != null) {
            ctx.err().println(words.get("error.prefix") + " " + read.unusable());
            return RecitsCli.USAGE;
        }
        if (read.collisions() > 0) {
            ctx.err().println(words.get("error.prefix") + " " + words.get("error.collisions", read.collisions()));
            return RecitsCli.REJECTED;
        }
        return null;
    }
}
