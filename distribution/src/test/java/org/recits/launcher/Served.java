package org.recits.launcher;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code recits serve} running as a user starts it, through the start script, in its own process; stopped as
 * Ctrl-C stops it (SIGINT).
 */
final class Served implements AutoCloseable {

    private static final Pattern ADDRESS = Pattern.compile("http://[^\\s]+/");

    final Process process;
    final Path out;
    final Path err;
    final String address;

    private Served(Process process, Path out, Path err, String address) {
        this.process = process;
        this.out = out;
        this.err = err;
        this.address = address;
    }

    /** Starts the server on a free port and waits until it prints its address. */
    static Served start(Path home, Path dir, String... args) throws IOException, InterruptedException {
        return start(java.util.Map.of(), home, dir, args);
    }

    /** The same with these environment variables (RECITS_JAVA_OPTS: limits, the temporary folder). */
    static Served start(java.util.Map<String, String> env, Path home, Path dir, String... args)
            throws IOException, InterruptedException {
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        // A run started from a background job of a non-interactive shell (a CI script's) inherits SIGINT ignored,
        // and Java then never sees Ctrl-C: env (coreutils) gives the server the default disposition back.
        List<String> command = new ArrayList<>(List.of("env", "--default-signal=INT", home.resolve("recits").toString(),
                "serve", "--port", String.valueOf(port)));
        command.addAll(List.of(args));
        Path out = dir.resolve("serve-out.txt");
        Path err = dir.resolve("serve-err.txt");
        ProcessBuilder b = new ProcessBuilder(command).directory(dir.toFile()).redirectOutput(out.toFile())
                .redirectError(err.toFile());
        b.environment().putAll(env);
        Process p = b.start();
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
        while (System.nanoTime() < end) {
            Matcher m = ADDRESS.matcher(Files.readString(out, StandardCharsets.UTF_8));
            if (m.find()) {
                return new Served(p, out, err, m.group());
            }
            if (!p.isAlive()) {
                break;
            }
            Thread.sleep(100);
        }
        p.destroyForcibly();
        throw new IllegalStateException("recits serve gave no address: " + Files.readString(out, StandardCharsets.UTF_8)
                + Files.readString(err, StandardCharsets.UTF_8));
    }

    /**
     * The environment of a server whose temporary folder is {@code serverTmp}, made here (its jobs' folders go
     * there, to be looked for once it stops), with these further Java options and variables.
     */
    static java.util.Map<String, String> ownTemporaryFolder(Path serverTmp, String javaOptions, String... variables)
            throws IOException {
        Files.createDirectories(serverTmp);
        java.util.Map<String, String> env = new java.util.HashMap<>();
        env.put("RECITS_JAVA_OPTS", ("-Xmx1g -XX:+UseSerialGC -Djava.io.tmpdir=" + serverTmp + " " + javaOptions).strip());
        for (int i = 0; i + 1 < variables.length; i += 2) {
            env.put(variables[i], variables[i + 1]);
        }
        return env;
    }

    /** Ctrl-C, which ends it with 130 and leaves no folder of its jobs in {@code serverTmp}. */
    void stopLeavingNothingIn(Path serverTmp) throws IOException, InterruptedException {
        org.assertj.core.api.Assertions.assertThat(interrupt()).as("exit code on Ctrl-C").isEqualTo(130);
        try (java.util.stream.Stream<Path> left = Files.list(serverTmp)) {
            org.assertj.core.api.Assertions.assertThat(left.map(p -> p.getFileName().toString())
                    .filter(n -> n.startsWith("recits-serve-"))).as("the jobs' folder is removed at exit").isEmpty();
        }
    }

    String out() throws IOException {
        return Files.readString(out, StandardCharsets.UTF_8);
    }

    String err() throws IOException {
        return Files.readString(err, StandardCharsets.UTF_8);
    }

    /** Ctrl-C: SIGINT to the Java process (the start script execs it); its exit code. */
    int interrupt() throws IOException, InterruptedException {
        new ProcessBuilder("kill", "-INT", String.valueOf(process.pid())).inheritIO().start().waitFor();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new IllegalStateException("recits serve did not stop on SIGINT");
        }
        return process.exitValue();
    }

    @Override
    public void close() throws InterruptedException {
        if (process.isAlive()) {
            // Ctrl-C first, so that the server removes its temporary folder; killed only if it will not stop.
            try {
                new ProcessBuilder("kill", "-INT", String.valueOf(process.pid())).start().waitFor();
            } catch (IOException e) {
                // killed below
            }
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
            }
        }
    }
}
