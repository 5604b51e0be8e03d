package org.recits.engine.internal.cli;

import java.util.concurrent.Callable;
import org.recits.api.text.Messages;

/**
 * Base of the subcommands: the context they run in and the texts in the language of the command line.
 * Options stay declared in each command, so that its help lists them in its own order.
 */
abstract class CliCommand implements Callable<Integer> {

    final CliContext ctx;
    final Messages messages;

    CliCommand(CliContext ctx, Messages messages) {
        this.ctx = ctx;
        this.messages = messages;
    }
}
