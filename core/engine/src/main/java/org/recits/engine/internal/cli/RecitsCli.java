package org.recits.engine.internal.cli;

import java.util.Locale;
import org.recits.api.text.Messages;
import org.recits.engine.internal.EngineTexts;
import org.recits.engine.internal.pipeline.DataFolderException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;

/**
 * The {@code recits} command line. Exit codes (ARCHITECTURE.md): 0 done, 2 usage error, 3 input
 * rejected under {@code --strict}, 4 a plugin failed, 1 anything else.
 */
@Command(name = "recits", mixinStandardHelpOptions = true, sortOptions = false)
public final class RecitsCli implements Runnable {

    public static final int OK = 0;
    public static final int ERROR = 1;
    public static final int USAGE = 2;
    public static final int REJECTED = 3;
    public static final int PLUGIN_FAILED = 4;

    @Spec
    CommandLine.Model.CommandSpec spec;

    @Mixin
    LangOption lang;

    private final Messages messages;

    private RecitsCli(Messages messages) {
        this.messages = messages;
    }

    /** Runs one command line and returns its exit code; never throws, never calls {@code System.exit}. */
    public static int run(CliContext ctx, String... args) {
        Messages messages = EngineTexts.of(preScanLocale(args));
        CommandLine cl = new CommandLine(new RecitsCli(messages));
        // French names beside the English ones, for a labo lead who types in French
        cl.addSubcommand("report", new ReportCommand(ctx, messages), "rapport");
        cl.addSubcommand("demo", new DemoCommand(ctx, messages));
        cl.addSubcommand("check", new CheckCommand(ctx, messages), "verifier", "vérifier");
        cl.addSubcommand("init", new InitCommand(ctx, messages));
        cl.addSubcommand("indicators", new IndicatorsCommand(ctx, messages));
        cl.addSubcommand("plugins", new PluginsCommand(ctx, messages));
        cl.addSubcommand("mapping", new MappingCommand(ctx, messages), "correspondance");
        cl.addSubcommand("serve", new ServeCommand(ctx, messages), "servir");
        cl.addSubcommand("store", StoreCommand.of(ctx, messages), "entrepot", "entrepôt");
        cl.setResourceBundle(EngineTexts.forPicocli(messages.locale()));
        cl.getCommandSpec().usageMessage().description(EngineTexts.forHelp(messages.get("cmd.recits")));
        cl.getSubcommands().values().forEach(sub -> sub.getCommandSpec().usageMessage()
                .description(EngineTexts.forHelp(messages.get("cmd." + sub.getCommandName()))));
        cl.getSubcommands().get("store").getSubcommands().values().forEach(sub -> sub.getCommandSpec().usageMessage()
                .description(EngineTexts.forHelp(messages.get("cmd.store." + sub.getCommandName()))));
        cl.getCommandSpec().versionProvider(() -> VersionText.lines(ctx, messages));
        cl.setOut(ctx.out());
        cl.setErr(ctx.err());
        cl.setParameterExceptionHandler(new UsageErrors(messages, ctx.err()));
        cl.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            ctx.err().println(messages.get("error.prefix") + " " + IoErrors.describe(messages, e));
            ctx.err().flush();
            return e instanceof UsageException || e instanceof DataFolderException ? USAGE : ERROR;
        });
        int code = cl.execute(args);
        ctx.out().flush();
        ctx.err().flush();
        return code;
    }

    /**
     * The language of the run, known before parsing to print usage errors and help in it; {@code --lang} may
     * stand anywhere (before or after the command name) and rules the whole run.
     */
    static Locale preScanLocale(String... args) {
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            if (a.equals("--lang") && i + 1 < args.length) {
                return "en".equals(args[i + 1]) ? Locale.ENGLISH : Locale.FRENCH;
            }
            if (a.startsWith("--lang=")) {
                return "en".equals(a.substring(7)) ? Locale.ENGLISH : Locale.FRENCH;
            }
        }
        return Locale.FRENCH;
    }

    /** Without a command: the usage, as a usage error. */
    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), messages.get("error.noCommand"));
    }

    /** Bad input found after parsing (an unreadable period, a missing folder): exit code 2. */
    static final class UsageException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        UsageException(String message) {
            super(message);
        }
    }
}
