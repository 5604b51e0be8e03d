package org.recits.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.recits.launcher.cachefixture.CommandActivator;

/**
 * The bundle cache kept between runs, with a real framework and a test bundle that is the command line:
 * reuse, a damaged cache, a changed plugin, two first runs at once, a killed run, pruning.
 */
class BundleCacheTest {

    @TempDir
    Path dir;
    private Path bundles;
    private Path cache;
    private Path tmp;

    @BeforeEach
    void folders() throws IOException {
        bundles = Files.createDirectories(dir.resolve("bundles"));
        cache = dir.resolve("cache");
        tmp = Files.createDirectories(dir.resolve("tmp"));
        bundle(bundles.resolve("command.jar"), "test.command", "1.0.0", true);
    }

    /** A bundle jar; with the activator, it carries the command line. */
    static void bundle(Path jar, String name, String version, boolean command) throws IOException {
        Manifest m = new Manifest();
        Attributes a = m.getMainAttributes();
        a.put(Attributes.Name.MANIFEST_VERSION, "1.0");
        a.putValue("Bundle-ManifestVersion", "2");
        a.putValue("Bundle-SymbolicName", name);
        a.putValue("Bundle-Version", version);
        if (command) {
            a.putValue("Bundle-Activator", CommandActivator.class.getName());
            a.putValue("Import-Package", "org.osgi.framework");
        }
        try (OutputStream out = Files.newOutputStream(jar); JarOutputStream j = new JarOutputStream(out, m)) {
            if (command) {
                String entry = CommandActivator.class.getName().replace('.', '/') + ".class";
                j.putNextEntry(new JarEntry(entry));
                try (InputStream in = BundleCacheTest.class.getClassLoader().getResourceAsStream(entry)) {
                    in.transferTo(j);
                }
                j.closeEntry();
            }
        }
    }

    /** One run in this JVM, with the cache and temporary folder of the test. */
    private int run(List<Path> plugins, String... args) {
        String before = System.getProperty("recits.cache");
        String beforeTmp = System.getProperty("java.io.tmpdir");
        System.setProperty("recits.cache", cache.toString());
        System.setProperty("java.io.tmpdir", tmp.toString());
        try {
            ByteArrayOutputStream err = new ByteArrayOutputStream();
            int code = Main.run(bundles, plugins, null, args, new PrintStream(err, true, StandardCharsets.UTF_8));
            assertThat(err.toString(StandardCharsets.UTF_8)).isEmpty();
            return code;
        } finally {
            restore("recits.cache", before);
            System.setProperty("java.io.tmpdir", beforeTmp);
        }
    }

    private static void restore(String key, String value) {
        if (value == null) {
            System.clearProperty(key);
        } else {
            System.setProperty(key, value);
        }
    }

    private List<String> listed(List<Path> plugins) throws IOException {
        Path out = dir.resolve("list-" + System.nanoTime() + ".txt");
        assertThat(run(plugins, "list", out.toString())).isZero();
        return Files.readAllLines(out);
    }

    private List<Path> keys() throws IOException {
        try (Stream<Path> s = Files.list(cache.resolve("osgi"))) {
            return s.filter(Files::isDirectory).sorted().toList();
        }
    }

    private static List<String> names(Path folder) throws IOException {
        try (Stream<Path> s = Files.list(folder)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void aSecondRunStartsFromTheCacheTheFirstLeft() throws Exception {
        assertThat(listed(List.of())).containsExactly("test.command 1.0.0 32");
        Path key = keys().get(0);
        assertThat(names(key)).containsExactly("slot-0", "slot-0.lock");
        Path marker = Files.writeString(key.resolve("slot-0").resolve("kept"), "");

        assertThat(listed(List.of())).containsExactly("test.command 1.0.0 32");

        assertThat(keys()).containsExactly(key);
        assertThat(marker).exists();
        assertThat(names(key)).containsExactly("slot-0", "slot-0.lock");
        try (Stream<Path> left = Files.list(tmp)) {
            assertThat(left).isEmpty();
        }
    }

    @Test
    void aDamagedCacheIsBuiltAgainFromTheJars() throws Exception {
        listed(List.of());
        Path slot = keys().get(0).resolve("slot-0");
        Path marker = Files.writeString(slot.resolve("kept"), "");
        List<Path> copies;
        try (Stream<Path> s = Files.walk(slot)) {
            copies = s.filter(p -> p.getFileName().toString().equals("bundle.jar")).toList();
        }
        assertThat(copies).hasSize(1);
        Files.write(copies.get(0), new byte[] {'P', 'K', 3}); // the cached copy of the command's jar, cut

        assertThat(listed(List.of())).containsExactly("test.command 1.0.0 32");

        assertThat(marker).doesNotExist();
        assertThat(Files.size(copies.get(0))).isEqualTo(Files.size(bundles.resolve("command.jar")));
        assertThat(listed(List.of())).containsExactly("test.command 1.0.0 32");
    }

    @Test
    void aChangedPluginJarGivesAnotherCacheWithTheNewBundle() throws Exception {
        Path plugin = Files.createDirectories(dir.resolve("plugins")).resolve("plugin.jar");
        bundle(plugin, "test.plugin", "1.0.0", false);
        assertThat(listed(List.of(plugin))).containsExactly("test.command 1.0.0 32", "test.plugin 1.0.0 32");
        List<Path> first = keys();
        FileTime time = Files.getLastModifiedTime(plugin);

        bundle(plugin, "test.plugin", "1.0.1", false); // same name, same size, even the same time
        Files.setLastModifiedTime(plugin, time);

        assertThat(listed(List.of(plugin))).containsExactly("test.command 1.0.0 32", "test.plugin 1.0.1 32");
        assertThat(keys()).hasSize(2).containsAll(first);
    }

    @Test
    void twoFirstRunsAtOnceEachBuildTheirOwnSlotAndBothAreKept() throws Exception {
        Path go = dir.resolve("go");
        Process a = child("wait", go.toString());
        Process b = child("wait", go.toString());
        try {
            waitFor(dir.resolve("go.started"));
            // both alive with their framework started: two slots in use, none published yet
            long end = System.currentTimeMillis() + 60_000;
            while (System.currentTimeMillis() < end && (keysOrNone().isEmpty() || names(keys().get(0)).stream().filter(n -> n.endsWith(".run")).count() < 2)) {
                Thread.sleep(20);
            }
            Path key = keys().get(0);
            assertThat(names(key)).containsExactly("slot-0.lock", "slot-0.run", "slot-1.lock", "slot-1.run");
            Files.writeString(go, "");
            assertThat(a.waitFor(60, TimeUnit.SECONDS)).isTrue();
            assertThat(b.waitFor(60, TimeUnit.SECONDS)).isTrue();
            assertThat(a.exitValue()).isZero();
            assertThat(b.exitValue()).isZero();
            assertThat(names(key)).containsExactly("slot-0", "slot-0.lock", "slot-1", "slot-1.lock");
        } finally {
            a.destroyForcibly();
            b.destroyForcibly();
        }
        assertThat(listed(List.of())).containsExactly("test.command 1.0.0 32");
    }

    @Test
    void aKilledRunLeavesNoHalfCacheAndNothingInTheTemporaryFolder() throws Exception {
        listed(List.of());
        Process killed = child("halt");
        assertThat(killed.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(killed.exitValue()).isEqualTo(137);
        Path key = keys().get(0);
        assertThat(names(key)).containsExactly("slot-0.lock", "slot-0.run"); // taken out, never put back

        assertThat(listed(List.of())).containsExactly("test.command 1.0.0 32");

        assertThat(names(key)).containsExactly("slot-0", "slot-0.lock");
        try (Stream<Path> left = Files.list(tmp)) {
            assertThat(left).isEmpty();
        }
    }

    @Test
    void onlyTheMostRecentlyUsedKeysAreKeptAndNoneInUse() throws Exception {
        Path root = cache.resolve("osgi");
        List<Path> old = new ArrayList<>();
        for (int i = 0; i < BundleCache.KEYS_KEPT + 2; i++) {
            Path key = Files.createDirectories(root.resolve("old" + i).resolve("slot-0"));
            Files.writeString(key.getParent().resolve("slot-0.lock"), "");
            Files.setLastModifiedTime(key.getParent(), FileTime.fromMillis(1_000_000L * (i + 1)));
            old.add(key.getParent());
        }
        Process busy = childHolding(old.get(0).resolve("slot-0.lock"));
        try {
            listed(List.of());
            List<Path> kept = keys();
            // the run's own key, the three most recent old ones, and the oldest, whose slot a process holds
            assertThat(kept).hasSize(BundleCache.KEYS_KEPT + 1)
                    .contains(old.get(0), old.get(old.size() - 1), old.get(old.size() - 2), old.get(old.size() - 3))
                    .doesNotContain(old.get(1), old.get(2));
        } finally {
            busy.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
        }
    }

    private List<Path> keysOrNone() throws IOException {
        return Files.isDirectory(cache.resolve("osgi")) ? keys() : List.of();
    }

    private static void waitFor(Path file) throws InterruptedException {
        long end = System.currentTimeMillis() + 60_000;
        while (!Files.exists(file) && System.currentTimeMillis() < end) {
            Thread.sleep(20);
        }
        assertThat(file).exists();
    }

    /** A run in its own JVM, as a second {@code recits} started at the same time. */
    private Process child(String... args) throws IOException {
        List<String> cmd = new ArrayList<>(List.of(java(), "-Drecits.cache=" + cache, "-Djava.io.tmpdir=" + tmp,
                "-cp", System.getProperty("java.class.path"), Child.class.getName(), bundles.toString()));
        cmd.addAll(List.of(args));
        return new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(dir.resolve("child-" + System.nanoTime() + ".log").toFile()).start();
    }

    private Process childHolding(Path lockFile) throws Exception {
        Process p = new ProcessBuilder(java(), "-cp", System.getProperty("java.class.path"), Holder.class.getName(),
                lockFile.toString()).redirectErrorStream(true).start();
        assertThat(new String(p.getInputStream().readNBytes(5), StandardCharsets.UTF_8)).isEqualTo("held\n".substring(0, 5));
        return p;
    }

    private static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    /** Main of a child run. */
    public static final class Child {
        public static void main(String[] args) {
            String[] command = java.util.Arrays.copyOfRange(args, 1, args.length);
            System.exit(Main.run(Path.of(args[0]), List.of(), null, command, System.err));
        }
    }

    /** Holds a slot's lock as a run would, until killed. */
    public static final class Holder {
        public static void main(String[] args) throws Exception {
            try (java.nio.channels.FileChannel c = java.nio.channels.FileChannel.open(Path.of(args[0]),
                    java.nio.file.StandardOpenOption.WRITE); java.nio.channels.FileLock l = c.lock()) {
                System.out.print("held\n");
                System.out.flush();
                Thread.sleep(120_000);
            }
        }
    }
}
