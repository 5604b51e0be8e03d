package org.recits.engine.internal.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import org.recits.api.report.PluginFailure;
import org.recits.api.text.Messages;
import org.recits.engine.internal.EngineTexts;
import org.recits.engine.internal.PluginProblem;
import org.recits.engine.internal.Plugins;

/**
 * What every command says about plugins that take no part or fail: one line each on standard error,
 * and exit code 4, whatever the command.
 */
final class PluginTrouble {

    private PluginTrouble() {
    }

    /** Plugin jars that take no part in this run, in {@code words}. */
    static List<PluginFailure> notLoaded(CliContext ctx, Messages words) {
        List<PluginFailure> out = new ArrayList<>();
        for (PluginProblem p : ctx.loading().get()) {
            out.add(p.in(words));
        }
        return out;
    }

    /** Plugin jars that take no part, then services refused (a code already taken…), in {@code words}. */
    static List<PluginFailure> atLoad(CliContext ctx, Plugins plugins, Messages words) {
        List<PluginFailure> out = notLoaded(ctx, words);
        out.addAll(plugins.failures(words));
        return out;
    }

    static void print(PrintWriter err, Messages words, List<PluginFailure> failures) {
        for (PluginFailure f : failures) {
            err.println(words.get("plugin.failed", f.plugin(), words.get("stage." + f.stage()), f.message()));
        }
        java.nio.file.Path log = org.recits.engine.internal.FailureLog.location();
        if (!failures.isEmpty() && java.nio.file.Files.exists(log)) {
            err.println(words.get("plugin.log", log));
        }
        err.flush();
    }

    /** Prints the failures; 4 when there is any, else {@code code}. */
    static int exitCode(PrintWriter err, Messages words, List<PluginFailure> failures, int code) {
        print(err, words, failures);
        return failures.isEmpty() ? code : RecitsCli.PLUGIN_FAILED;
    }
}
