package org.recits.launcher;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.recits.testkit.Captured;

/** The assembled product folder (built by this module's package phase) and ways to run it in tests. */
final class Distribution {

    private Distribution() {
    }

    static Path folder() {
        String dir = System.getProperty("recits.dir");
        if (dir == null) {
            throw new IllegalStateException("run through Maven failsafe: recits.dir is not set");
        }
        return Paths.get(dir);
    }

    /** A private copy of the product folder, so that a test may add plugins without touching others. */
    static Path copyTo(Path target) throws IOException {
        return copy(folder(), target);
    }

    /** A copy of the shipped sample programme in {@code dir}, under {@code name}, to add files to. */
    static Path demoCopy(Path dir, String name) throws IOException {
        return copy(folder().resolve("demo"), dir.resolve(name));
    }

    /** Copies a folder with everything in it, file attributes included (the start script stays executable). */
    private static Path copy(Path source, Path target) throws IOException {
        try (Stream<Path> walk = Files.walk(source)) {
            for (Path p : (Iterable<Path>) walk::iterator) {
                Path to = target.resolve(source.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(to);
                } else {
                    Files.copy(p, to, java.nio.file.StandardCopyOption.COPY_ATTRIBUTES);
                }
            }
        }
        return target;
    }

    /** What one run printed and returned. */
    record Run(int code, String out, String err) {
    }

    /** Runs the launcher in this JVM, as the start script would, capturing standard output and error. */
    static Run inProcess(Path home, String... args) {
        Captured run = Captured.run(err -> Main.run(home, args, err));
        return new Run(run.code(), run.out(), run.err());
    }

    /** Runs the start script as a separate process, as a user would. */
    static Run script(Path home, Path workDir, String... args) throws IOException, InterruptedException {
        return script(java.util.Map.of(), home, workDir, args);
    }

    /** The same, with these environment variables added to the test's own. */
    static Run script(java.util.Map<String, String> env, Path home, Path workDir, String... args)
            throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(home.resolve("recits").toString());
        command.addAll(Arrays.asList(args));
        Path out = Files.createTempFile("recits-out", ".txt");
        Path err = Files.createTempFile("recits-err", ".txt");
        ProcessBuilder b = new ProcessBuilder(command).directory(workDir.toFile())
                .redirectOutput(out.toFile()).redirectError(err.toFile());
        b.environment().putAll(env);
        Process p = b.start();
        if (!p.waitFor(5, TimeUnit.MINUTES)) {
            p.destroyForcibly();
            throw new IllegalStateException("recits did not finish: " + command);
        }
        Run run = new Run(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                Files.readString(err, StandardCharsets.UTF_8));
        Files.delete(out);
        Files.delete(err);
        return run;
    }
}
