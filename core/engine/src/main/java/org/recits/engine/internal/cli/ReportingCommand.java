package org.recits.engine.internal.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.recits.api.text.Messages;

/**
 * What {@code report} and {@code demo} share: the context, the texts and the run of a report. The
 * options stay declared in each command, so that its help lists them in its own order.
 */
abstract class ReportingCommand implements Callable<Integer> {

    final CliContext ctx;
    final Messages messages;

    ReportingCommand(CliContext ctx, Messages messages) {
        this.ctx = ctx;
        this.messages = messages;
    }

    /** The report on {@code data}, written to {@code --out}, else to {@code defaultOut}. */
    final int report(Path data, ReportOptions options, String defaultOut) throws Exception {
        return ReportRun.run(ctx, messages, messages.locale(), data, options.outOr(defaultOut), options);
    }
}
