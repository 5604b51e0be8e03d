package org.recits.launcher;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.osgi.framework.Bundle;
import org.osgi.framework.Constants;

/**
 * For {@code recits serve} only: the servlet container and the page live in {@code web/} of the product
 * folder, apart from {@code bundles/}, so that no other command starts a server. The container reads its
 * address from framework properties when it starts, before the command line parses anything: the launcher
 * reads {@code --port} and {@code --host} here, the same options the engine's {@code serve} command declares,
 * validates and documents.
 */
final class WebBundles {

    /** The folder of the product holding the web bundles. */
    static final String FOLDER = "web";

    /** The defaults of the {@code serve} command: this machine only. */
    static final int DEFAULT_PORT = 8027;
    static final String DEFAULT_HOST = "127.0.0.1";

    /** The container's framework properties (Felix HTTP). */
    static final String PORT_PROPERTY = "org.osgi.service.http.port";
    static final String HOST_PROPERTY = "org.apache.felix.http.host";
    /** The folder {@code --data} names, which the page offers to check and report on as it is. */
    static final String DATA_PROPERTY = "recits.serve.data";

    private static final Set<String> COMMAND = Set.of("serve", "servir");
    private static final Set<String> HELP = Set.of("-h", "--help", "-V", "--version");

    private WebBundles() {
    }

    /**
     * The web bundles in the order they start: first those that others need when they start, the extenders
     * (SPI Fly, the Service Loader Mediator, which binds SLF4J to its provider) and the providers it registers
     * (SLF4J's binding to java.util.logging), then the rest in name order. Started by name alone, the servlet container would
     * start its log before the binding is there, and SLF4J would print on the user's terminal that it has none.
     */
    static List<Bundle> startOrder(List<Bundle> bundles) {
        List<Bundle> ordered = new ArrayList<>(bundles);
        ordered.sort(Comparator.comparing(b -> !neededAtStart(b)));
        return ordered;
    }

    private static boolean neededAtStart(Bundle b) {
        String provided = b.getHeaders().get(Constants.PROVIDE_CAPABILITY);
        // register:= marks a provider that the Service Loader Mediator registers for its consumers
        return provided != null && (provided.contains("osgi.extender") || provided.contains("register:="));
    }

    /**
     * The container's properties when the arguments ask for a server, or null: another command, a request for
     * help, or a port that is not one (the command then says why, in the user's language, and no server starts).
     */
    static Map<String, String> config(String[] args) {
        int i = 0;
        // Before the command: only --lang, with its value, and the help options.
        while (i < args.length && args[i].startsWith("-")) {
            i += args[i].equals("--lang") ? 2 : 1;
        }
        if (i >= args.length || !COMMAND.contains(args[i])) {
            return null;
        }
        String port = String.valueOf(DEFAULT_PORT);
        String host = DEFAULT_HOST;
        String data = null;
        for (int j = 0; j < args.length; j++) {
            String a = args[j];
            if (HELP.contains(a)) {
                return null;
            }
            String next = j + 1 < args.length ? args[j + 1] : null;
            if (a.equals("--port") && next != null) {
                port = next;
            } else if (a.startsWith("--port=")) {
                port = a.substring("--port=".length());
            } else if (a.equals("--host") && next != null) {
                host = next;
            } else if (a.startsWith("--host=")) {
                host = a.substring("--host=".length());
            } else if (a.equals("--data") && next != null) {
                data = next;
            } else if (a.startsWith("--data=")) {
                data = a.substring("--data=".length());
            }
        }
        try {
            int p = Integer.parseInt(port.strip());
            if (p < 0 || p > 65535) {
                return null;
            }
        } catch (NumberFormatException e) {
            return null;
        }
        Map<String, String> config = new java.util.HashMap<>(Map.of(PORT_PROPERTY, port.strip(), HOST_PROPERTY, host));
        if (data != null) {
            config.put(DATA_PROPERTY, java.nio.file.Paths.get(data).toAbsolutePath().normalize().toString());
        }
        return config;
    }
}
