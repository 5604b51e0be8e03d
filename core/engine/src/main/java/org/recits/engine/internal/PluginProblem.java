package org.recits.engine.internal;

import java.util.List;
import org.recits.api.report.PluginFailure;
import org.recits.api.text.Messages;

/**
 * A plugin left out of the run, told in words chosen only when shown: plugins are looked at once,
 * before the command knows its language.
 *
 * @param plugin the plugin as users can find it: its jar or its code, with its bundle and version
 * @param stage  what it was doing ({@code load} for a plugin that could not take part at all)
 * @param key    the message's key in the engine's bundles
 * @param args   the message's arguments
 */
public record PluginProblem(String plugin, String stage, String key, List<Object> args) {

    public static final String LOAD = "load";

    public PluginProblem {
        args = List.copyOf(args);
    }

    public PluginFailure in(Messages messages) {
        return new PluginFailure(plugin, stage, messages.get(key, args.toArray()));
    }
}
