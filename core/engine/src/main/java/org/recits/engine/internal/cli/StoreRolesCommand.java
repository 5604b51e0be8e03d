package org.recits.engine.internal.cli;

import java.util.ArrayList;
import java.util.List;
import org.recits.api.text.Messages;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code recits store roles --lab NOM…}: creates the programme's reporting role and one role per lab, and the
 * row-level security that holds each lab's role to its own rows (docs/entrepot.md). Run by the store's owner.
 */
@Command(name = "roles", mixinStandardHelpOptions = true, sortOptions = false)
final class StoreRolesCommand extends CliCommand {

    @Option(names = "--lab", paramLabel = "NOM", required = true, descriptionKey = "opt.roleLab")
    List<String> labs = new ArrayList<>();

    @Mixin
    StoreOption store;

    @Mixin
    LangOption lang;

    StoreRolesCommand(CliContext ctx, Messages messages) {
        super(ctx, messages);
    }

    @Override
    public Integer call() throws Exception {
        StoreOption.checkLabs(messages, labs);
        return store.with(ctx, messages, session -> {
            List<String> roles = session.createRoles(labs);
            ctx.out().println(messages.get("roles.done", String.join(", ", roles)));
            return RecitsCli.OK;
        });
    }
}
