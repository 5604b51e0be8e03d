package org.recits.engine.internal.cli;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.concurrent.TimeUnit;
import org.recits.api.text.Messages;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code recits serve}: the labo lead's page, served by the framework's servlet container (the launcher starts
 * it for this command only, on {@code --host} and {@code --port}, which it reads the same way). Prints the
 * address, opens nothing by itself, and runs until Ctrl-C stops the framework.
 */
@Command(name = "serve", mixinStandardHelpOptions = true, sortOptions = false)
final class ServeCommand extends CliCommand {

    /** The default port; the launcher uses the same (core/launcher, WebBundles). */
    static final int DEFAULT_PORT = 8027;

    /** How long the server may take to answer once its bundles are started. */
    private static final long START_WAIT_MS = TimeUnit.SECONDS.toMillis(30);

    @Option(names = "--port", paramLabel = "PORT", descriptionKey = "opt.port")
    int port = DEFAULT_PORT;

    @Option(names = "--host", paramLabel = "ADRESSE", descriptionKey = "opt.host")
    String host;

    /** Read by the launcher and handed to the page, which offers it as it is; checked here. */
    @Option(names = "--data", paramLabel = "DOSSIER", descriptionKey = "opt.serveData")
    java.nio.file.Path data;

    @Mixin
    LangOption lang;

    ServeCommand(CliContext ctx, Messages messages) {
        super(ctx, messages);
    }

    @Override
    public Integer call() throws Exception {
        if (port < 0 || port > 65535) {
            throw new RecitsCli.UsageException(messages.get("error.port", String.valueOf(port)));
        }
        if (data != null && !java.nio.file.Files.isDirectory(data)) {
            throw new RecitsCli.UsageException(messages.get("error.dataFolder", data));
        }
        if (host != null && !loopback(host)) {
            ctx.err().println(messages.get("serve.openHost", host));
        }
        String address = ctx.web().awaitAddress(START_WAIT_MS);
        if (address == null) {
            ctx.err().println(messages.get("error.prefix") + " " + messages.get("error.noServer", String.valueOf(port)));
            return RecitsCli.ERROR;
        }
        ctx.out().println(messages.get("serve.address", address));
        ctx.out().flush();
        ctx.web().awaitStop();
        ctx.out().println(messages.get("serve.stopped"));
        ctx.out().flush();
        return RecitsCli.OK;
    }

    /** Whether {@code host} is this machine only; a name that does not resolve is not. */
    static boolean loopback(String host) {
        try {
            return InetAddress.getByName(host).isLoopbackAddress();
        } catch (UnknownHostException e) {
            return false;
        }
    }
}
