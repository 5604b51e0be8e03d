package org.recits.testkit;

import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.assertj.core.api.Assumptions;

/**
 * A real PostgreSQL server for the tests of the programme store, and a fresh database on it for each test.
 *
 * <p>With {@code RECITS_TEST_DB} set (the address of a server and a role that may create databases, as
 * {@code .ci/run} gives for its second run of the store tests), that server is used. Otherwise the
 * installed PostgreSQL binaries ({@code initdb}, {@code pg_ctl}: found through {@code pg_config} or under
 * {@code /usr/lib/postgresql}) start a throwaway cluster in a temporary folder (or the server a test names
 * with {@link #whenNoServerIsGiven}: the store's tests use the product's own default server), on a free local port, once per
 * test JVM, stopped when it ends. PostgreSQL refuses to run as root: started by root, the cluster runs as the
 * {@code postgres} user ({@code runuser}). The databases made on a given server are dropped as the JVM ends. Without PostgreSQL the calling test is skipped, unless the environment
 * says {@code RECITS_REQUIRE_POSTGRESQL=1} (as CI does), where it fails.
 */
public final class PostgresServer {

    /** The environment variable that turns a missing PostgreSQL from a skip into a failure. */
    public static final String REQUIRE = "RECITS_REQUIRE_POSTGRESQL";
    /** The address of an already running server to test against, instead of a throwaway cluster. */
    public static final String SERVER = "RECITS_TEST_DB";
    /** The superuser of the throwaway cluster. */
    public static final String SUPERUSER = "recits";

    private static final AtomicInteger DATABASES = new AtomicInteger();
    /** What the tests made on a server they were given, dropped as the JVM ends: databases first, then roles. */
    private static final List<String> DROPS = new ArrayList<>();
    private static String base;
    private static String failure;
    private static boolean hooked;
    private static java.util.concurrent.Callable<String> starter;

    private PostgresServer() {
    }

    /**
     * A new, empty database, owned by the server's superuser (or the role of {@code RECITS_TEST_DB}).
     *
     * @return its address, {@code postgresql://127.0.0.1:PORT/NAME?user=ROLE}
     */
    public static synchronized String freshDatabase() throws IOException, InterruptedException {
        String server = server();
        String name = "recits_t" + ProcessHandle.current().pid() + "_" + DATABASES.incrementAndGet();
        run(List.of(psql(), "-X", "-q", "-v", "ON_ERROR_STOP=1", "-d", libpq(server, "postgres"),
                "-c", "CREATE DATABASE " + name), "createdb");
        if (isGiven(server)) {
            dropAtExit(server, name);
        }
        return withDatabase(server, name);
    }

    /**
     * The server to test against when {@code RECITS_TEST_DB} is not set, instead of a throwaway cluster of the
     * installed binaries: the store's tests start the product's own default server with it.
     *
     * @param start starts the server once, on first use, and gives its address ({@code …/postgres?user=…})
     */
    public static synchronized void whenNoServerIsGiven(java.util.concurrent.Callable<String> start) {
        starter = start;
    }

    /**
     * Roles a test made on the server: on a server the tests were given (roles are the whole cluster's, shared by
     * its databases), they are dropped as the JVM ends, after the databases that use them.
     *
     * @param roles the roles' names
     */
    public static synchronized void dropRolesAtExit(String... roles) throws IOException,
            InterruptedException {
        String server = server();
        if (isGiven(server)) {
            hookDrops(server);
            for (String role : roles) {
                String drop = "DROP ROLE IF EXISTS " + role;
                if (!DROPS.contains(drop)) {
                    DROPS.add(drop);
                }
            }
        }
    }

    private static boolean isGiven(String server) {
        return server.equals(System.getenv(SERVER) == null ? null : System.getenv(SERVER).strip());
    }

    /**
     * A database made on a server the tests were given outlives them unless dropped: the JVM drops it as it ends,
     * closing what still connects to it (PostgreSQL 13+), then the roles the tests made. A throwaway cluster goes
     * whole instead.
     */
    private static void dropAtExit(String server, String name) throws IOException, InterruptedException {
        hookDrops(server);
        DROPS.add(0, "DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
    }

    private static void hookDrops(String server) throws IOException, InterruptedException {
        if (!hooked) {
            hooked = true;
            String psql = psql();
            Runtime.getRuntime().addShutdownHook(new Thread(() -> dropAll(psql, server)));
        }
    }

    /** One psql for every drop, each its own transaction (-c after -c): the JVM gives its hooks little time. */
    private static void dropAll(String psql, String server) {
        List<String> command = new ArrayList<>(List.of(psql, "-X", "-q", "-d", libpq(server, "postgres")));
        synchronized (PostgresServer.class) {
            for (String sql : DROPS) {
                command.addAll(List.of("-c", sql));
            }
        }
        try {
            new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .start().waitFor(25, TimeUnit.SECONDS);
        } catch (IOException | InterruptedException e) {
            // the JVM is ending: what stays is named recits_t… (or a test's role) for whoever cleans the server
        }
    }

    /**
     * The same address with another role, to connect as a lab's login role. Its password is its name: a server
     * that asks for passwords (Debian's, for local TCP connections) gets it; the throwaway cluster trusts.
     *
     * @param url  an address {@link #freshDatabase} gave
     * @param role the role, whose password must be its name
     * @return the address with that role
     */
    public static String as(String url, String role) {
        return url.replaceAll("&password=[^&]*", "").replaceAll("([?&])user=[^&]*", "$1user=" + role)
                + "&password=" + role;
    }

    /**
     * Runs SQL through {@code psql} on a database, as its address's role.
     *
     * @param url an address {@link #freshDatabase} gave
     * @param sql the statements
     * @return what psql printed (unaligned, tuples only)
     */
    public static String psql(String url, String sql) throws IOException, InterruptedException {
        return run(List.of(psql(), "-X", "-q", "-A", "-t", "-v", "ON_ERROR_STOP=1", "-d", libpq(url, null), "-c", sql),
                "psql");
    }

    /**
     * Opens a session on a database, sends it SQL in a transaction and keeps both open until closed: a lock a
     * test holds so that what waits for it can be caught waiting. psql answers nothing here (its output may sit
     * in a buffer): the caller polls the server for the effect it awaits; psql's errors go to the test's log.
     *
     * @param url an address {@link #freshDatabase} gave
     * @param sql the statements, run once the transaction has begun
     * @return the session; closing it rolls the transaction back
     */
    public static Held hold(String url, String sql) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(psql(), "-X", "-q", "-v", "ON_ERROR_STOP=1", "-d", libpq(url, null))
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).redirectError(ProcessBuilder.Redirect.INHERIT).start();
        Held held = new Held(p);
        held.send("BEGIN;\n" + sql + ";\n");
        return held;
    }

    /** A psql session kept open by {@link #hold}. */
    public static final class Held implements AutoCloseable {
        private final Process psql;

        private Held(Process psql) {
            this.psql = psql;
        }

        private void send(String text) throws IOException {
            psql.getOutputStream().write(text.getBytes(StandardCharsets.UTF_8));
            psql.getOutputStream().flush();
        }

        @Override
        public void close() throws IOException, InterruptedException {
            try {
                send("ROLLBACK;\n\\q\n");
                psql.getOutputStream().close();
            } catch (IOException ended) {
                // the session is already gone, which is what closing wants
            }
            if (!psql.waitFor(60, TimeUnit.SECONDS)) {
                psql.destroyForcibly().waitFor();
            }
        }
    }

    private static String server() throws IOException, InterruptedException {
        if (base != null) {
            return base;
        }
        String given = System.getenv(SERVER);
        if (given != null && !given.isBlank()) {
            base = given.strip();
            return base;
        }
        if (starter != null) {
            try {
                base = starter.call();
                return base;
            } catch (Exception e) {
                failure = "the test server did not start: " + e;
                fail(failure, e);
            }
        }
        Path bin = binaries();
        if (bin == null) {
            failure = "PostgreSQL (initdb, pg_ctl) is not installed";
        }
        if (failure != null) {
            if ("1".equals(System.getenv(REQUIRE))) {
                fail(failure + " and is required (" + REQUIRE + "=1)");
            }
            Assumptions.assumeThat(failure).as("PostgreSQL is available").isNull();
        }
        base = start(bin);
        return base;
    }

    private static String start(Path bin) throws IOException, InterruptedException {
        Path dir = Files.createTempDirectory("recits-pg-");
        boolean root = "root".equals(System.getProperty("user.name"));
        List<String> as = root ? List.of("runuser", "-u", "postgres", "--") : List.of();
        if (root) {
            run(List.of("chown", "postgres", dir.toString()), "chown");
        }
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        List<String> initdb = new ArrayList<>(as);
        initdb.addAll(List.of(bin.resolve("initdb").toString(), "-D", dir.resolve("data").toString(), "-U", SUPERUSER,
                "--auth=trust", "-E", "UTF8", "--locale=C.UTF-8", "--no-sync"));
        run(initdb, "initdb");
        List<String> start = new ArrayList<>(as);
        start.addAll(List.of(bin.resolve("pg_ctl").toString(), "-D", dir.resolve("data").toString(), "-w",
                "-l", dir.resolve("log").toString(), "-o",
                "-p " + port + " -k " + dir + " -c listen_addresses=127.0.0.1 -c fsync=off", "start"));
        run(start, "pg_ctl start");
        List<String> stop = new ArrayList<>(as);
        stop.addAll(List.of(bin.resolve("pg_ctl").toString(), "-D", dir.resolve("data").toString(), "-m", "immediate",
                "stop"));
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                new ProcessBuilder(stop).redirectErrorStream(true).start().waitFor(30, TimeUnit.SECONDS);
                try (Stream<Path> walk = Files.walk(dir)) {
                    walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
                }
            } catch (IOException | InterruptedException e) {
                // the JVM is ending: a leftover temporary folder is all that can remain
            }
        }));
        return "postgresql://127.0.0.1:" + port + "/postgres?user=" + SUPERUSER;
    }

    /** The folder of initdb and pg_ctl: pg_config's, else the newest under /usr/lib/postgresql. */
    private static Path binaries() throws IOException, InterruptedException {
        try {
            Process p = new ProcessBuilder("pg_config", "--bindir").redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
            if (p.waitFor(30, TimeUnit.SECONDS) && p.exitValue() == 0 && Files.isExecutable(Path.of(out, "initdb"))) {
                return Path.of(out);
            }
        } catch (IOException e) {
            // no pg_config on the PATH: look where Debian puts the server
        }
        Path debian = Path.of("/usr/lib/postgresql");
        if (!Files.isDirectory(debian)) {
            return null;
        }
        try (Stream<Path> versions = Files.list(debian)) {
            return versions.map(v -> v.resolve("bin"))
                    .filter(b -> Files.isExecutable(b.resolve("initdb")) && Files.isExecutable(b.resolve("pg_ctl")))
                    .max(Comparator.comparing(b -> Integer.parseInt(b.getParent().getFileName().toString()
                            .replaceAll("\\D", "0"))))
                    .orElse(null);
        }
    }

    private static String psql() throws IOException, InterruptedException {
        Path bin = binaries();
        return bin != null && Files.isExecutable(bin.resolve("psql")) ? bin.resolve("psql").toString() : "psql";
    }

    /** {@code postgresql://h:p/db?user=u} as libpq's own URI, optionally on another database. */
    private static String libpq(String url, String database) {
        String u = url.startsWith("jdbc:") ? url.substring(5) : url;
        return database == null ? u : withDatabase(u, database);
    }

    private static String withDatabase(String url, String database) {
        return url.replaceFirst("^(postgres(?:ql)?://[^/]+/)[^?]*", "$1" + database);
    }

    private static String run(List<String> command, String what) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!p.waitFor(120, TimeUnit.SECONDS) || p.exitValue() != 0) {
            failure = what + " failed: " + out.strip();
            throw new IOException(failure);
        }
        return out;
    }
}
