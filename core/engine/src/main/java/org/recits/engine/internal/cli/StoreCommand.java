package org.recits.engine.internal.cli;

import org.recits.api.text.Messages;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;

/** {@code recits store push|history|roles}: the programme store's commands (docs/entrepot.md). */
@Command(name = "store", mixinStandardHelpOptions = true, sortOptions = false)
final class StoreCommand implements Runnable {

    @Spec
    CommandLine.Model.CommandSpec spec;

    @Mixin
    LangOption lang;

    private final Messages messages;

    StoreCommand(Messages messages) {
        this.messages = messages;
    }

    /** The group with its commands, French names beside the English ones. */
    static CommandLine of(CliContext ctx, Messages messages) {
        CommandLine store = new CommandLine(new StoreCommand(messages));
        store.addSubcommand("push", new StorePushCommand(ctx, messages), "envoyer");
        store.addSubcommand("history", new StoreHistoryCommand(ctx, messages), "historique");
        store.addSubcommand("roles", new StoreRolesCommand(ctx, messages));
        return store;
    }

    /** Without a command: the usage, as a usage error. */
    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), messages.get("error.noStoreCommand"));
    }
}
