package org.recits.store.postgresql.internal;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.apache.commons.io.file.PathUtils;
import org.recits.api.store.StoreException;

/**
 * The default store: a PostgreSQL server of the store's own in the user's folder, started for one session and
 * stopped when it closes. The folder holds a lock (one server per folder: a second command waits for the first),
 * the unpacked binaries, the cluster ({@code donnees/}), its password and the server's log. The server listens on
 * 127.0.0.1 only, on a free port, and asks for the password, which only the user can read: another account of the
 * machine cannot read the store while it runs. io.zonky.test's own runner is not used: it is made for throwaway
 * test servers (trusts every local connection, fails the second command instead of waiting).
 */
final class EmbeddedServer implements AutoCloseable {

    static final String SUPERUSER = "recits";
    static final String DATABASE = "recits";

    /** One server per folder within this JVM too: a file lock is held per process, not per thread. */
    private static final ConcurrentHashMap<Path, Semaphore> IN_THIS_JVM = new ConcurrentHashMap<>();

    private final Path pgCtl;
    private final Path cluster;
    private final Account account;
    private final FileChannel lockFile;
    private final Semaphore local;
    private final String url;
    private final Thread stopAtExit;

    private EmbeddedServer(Path pgCtl, Path cluster, Account account, FileChannel lockFile, Semaphore local,
            String url) {
        this.local = local;
        this.pgCtl = pgCtl;
        this.cluster = cluster;
        this.account = account;
        this.lockFile = lockFile;
        this.url = url;
        // a run interrupted (Ctrl-C) stops its server; one killed leaves it, and the next start stops it
        this.stopAtExit = new Thread(this::stop, "recits-embedded-postgresql-stop");
        Runtime.getRuntime().addShutdownHook(stopAtExit);
    }

    /**
     * Starts the server of {@code folder}, once the folder's lock is held: unpacks the binaries and makes the
     * cluster on first use, stops a server left by a killed run.
     */
    static EmbeddedServer start(Path shipped, Path folder, Account account) throws StoreException {
        if (account.root()) {
            throw Texts.refusal(null, "error.embedded.root");
        }
        Path jar = ServerBinaries.find(shipped);
        Semaphore local = IN_THIS_JVM.computeIfAbsent(folder.toAbsolutePath().normalize(), f -> new Semaphore(1));
        local.acquireUninterruptibly();
        FileChannel lock = null;
        EmbeddedServer server = null;
        try {
            if (!Files.isDirectory(folder)) {
                Files.createDirectories(folder);
                Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwx------"));
                account.own(folder);
            }
            lock = FileChannel.open(folder.resolve("verrou"), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            FileLock held = lock.lock();
            if (!held.isValid()) {
                throw new IOException("lock lost");
            }
            Path bin = ServerBinaries.unpacked(jar, folder);
            Path cluster = folder.resolve("donnees");
            String password = password(folder, account);
            if (!Files.isDirectory(cluster)) {
                create(bin, folder, cluster, account);
            } else {
                checkVersion(bin, cluster);
            }
            Path pgCtl = bin.resolve("pg_ctl");
            stopLeftOver(pgCtl, cluster, account);
            int port = freePort();
            Path log = folder.resolve("journal.log");
            List<String> start = command(account, pgCtl.toString(), "start", "-D", cluster.toString(), "-w", "-t", "60",
                    "-l", log.toString(), "-o", "-p " + port);
            if (run(start) != 0) {
                throw Texts.refusal(null, "error.embedded.start", lastLines(log), log);
            }
            String url = "postgresql://127.0.0.1:" + port + "/" + DATABASE + "?user=" + SUPERUSER + "&password="
                    + password;
            server = new EmbeddedServer(pgCtl, cluster, account, lock, local, url);
            createDatabase(port, password);
            return server;
        } catch (IOException e) {
            if (server != null) {
                server.close();
            }
            release(lock, server == null ? local : null);
            throw Texts.refusal(e, "error.embedded.io", folder, e.getMessage());
        } catch (StoreException | RuntimeException e) {
            if (server != null) {
                server.close();
            }
            release(lock, server == null ? local : null);
            throw e;
        }
    }

    /** The address of the store's database, with its password. */
    String url() {
        return url;
    }

    /** Stops the server and lets the next command have the folder. */
    @Override
    public void close() {
        try {
            Runtime.getRuntime().removeShutdownHook(stopAtExit);
        } catch (IllegalStateException e) {
            // the JVM is ending: its hook may be stopping the server too, stop() is done once
        }
        stop();
    }

    private synchronized void stop() {
        if (!lockFile.isOpen()) {
            return;
        }
        try {
            run(command(account, pgCtl.toString(), "stop", "-D", cluster.toString(), "-m", "fast", "-w"));
        } catch (IOException e) {
            // the server stays up; the next start stops it before its own
        } finally {
            release(lockFile, local);
        }
    }

    private static void createDatabase(int port, String password) throws StoreException {
        String postgres = "postgresql://127.0.0.1:" + port + "/postgres?user=" + SUPERUSER + "&password=" + password;
        try (Connection c = Connections.open(postgres); Statement s = c.createStatement()) {
            try (var rs = s.executeQuery("SELECT 1 FROM pg_database WHERE datname = '" + DATABASE + "'")) {
                if (rs.next()) {
                    return;
                }
            }
            s.execute("CREATE DATABASE " + DATABASE);
        } catch (SQLException e) {
            throw SqlErrors.describe(e, "CREATE DATABASE");
        }
    }

    /** The cluster, made by initdb: UTF-8, no locale (sorting by bytes, the same everywhere), password required. */
    private static void create(Path bin, Path folder, Path cluster, Account account) throws IOException,
            StoreException {
        Path log = folder.resolve("initdb.log");
        Path partial = folder.resolve("donnees.partiel");
        if (Files.exists(partial)) {
            PathUtils.deleteDirectory(partial);
        }
        List<String> initdb = command(account, bin.resolve("initdb").toString(), "-D", partial.toString(), "-U",
                SUPERUSER, "--pwfile=" + folder.resolve("motdepasse"), "--auth=scram-sha-256", "-E", "UTF8",
                "--no-locale");
        Process p = new ProcessBuilder(initdb).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        if (!waitFor(p)) {
            throw Texts.refusal(null, "error.embedded.start", lastLines(log), log);
        }
        // TCP on the loopback only, no Unix socket (the JDBC driver does not use one)
        Files.writeString(partial.resolve("postgresql.conf"), "\n# Récits\nlisten_addresses = '127.0.0.1'\n"
                + "unix_socket_directories = ''\n", StandardCharsets.UTF_8, StandardOpenOption.APPEND);
        // made whole or not at all: a run killed during initdb leaves only the partial folder, made again
        Files.move(partial, cluster, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
    }

    private static void checkVersion(Path bin, Path cluster) throws IOException, StoreException {
        String has = Files.readString(cluster.resolve("PG_VERSION"), StandardCharsets.US_ASCII).strip();
        String binaries = bin.getParent().getFileName().toString().replaceFirst("^postgresql-linux-amd64-", "");
        String major = binaries.replaceFirst("\\..*", "");
        if (!has.equals(major)) {
            throw Texts.refusal(null, "error.embedded.version", cluster, has, binaries);
        }
    }

    /** A server left running by a killed run (its lock fell with it) is stopped before this one starts. */
    private static void stopLeftOver(Path pgCtl, Path cluster, Account account) throws IOException {
        if (Files.exists(cluster.resolve("postmaster.pid"))
                && run(command(account, pgCtl.toString(), "status", "-D", cluster.toString())) == 0) {
            run(command(account, pgCtl.toString(), "stop", "-D", cluster.toString(), "-m", "fast", "-w"));
        }
    }

    /** The cluster's password, made on first use: readable by the user alone. */
    private static String password(Path folder, Account account) throws IOException {
        Path file = folder.resolve("motdepasse");
        if (Files.exists(file)) {
            return Files.readString(file, StandardCharsets.US_ASCII).strip();
        }
        byte[] random = new byte[24];
        new SecureRandom().nextBytes(random);
        String password = HexFormat.of().formatHex(random);
        Path partial = folder.resolve("motdepasse.partiel");
        Files.deleteIfExists(partial);
        Files.createFile(partial, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        Files.writeString(partial, password + "\n", StandardCharsets.US_ASCII);
        account.own(partial);
        Files.move(partial, file, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        return password;
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }

    private static List<String> command(Account account, String... args) {
        List<String> out = new ArrayList<>(account.prefix());
        out.addAll(List.of(args));
        return out;
    }

    private static int run(List<String> command) throws IOException {
        Process p = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        return waitFor(p) ? 0 : p.isAlive() ? -1 : p.exitValue();
    }

    private static boolean waitFor(Process p) throws IOException {
        try {
            if (!p.waitFor(120, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                return false;
            }
            return p.exitValue() == 0;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            p.destroyForcibly();
            throw new IOException("interrupted", e);
        }
    }

    /** The end of a log, without its time stamps, to say why the server did not start. */
    private static String lastLines(Path log) {
        try {
            List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
            return String.join(" ", lines.subList(Math.max(0, lines.size() - 2), lines.size()))
                    .replaceAll("\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d(\\.\\d+)? \\w+ \\[\\d+\\] ", "")
                    .replaceAll("\\s+", " ").strip();
        } catch (IOException e) {
            return "";
        }
    }

    private static void release(FileChannel lock, Semaphore local) {
        try {
            if (lock != null && lock.isOpen()) {
                lock.close();
            }
        } catch (IOException e) {
            // closing the channel releases the lock; nothing more to do
        } finally {
            if (local != null) {
                local.release();
            }
        }
    }
}
