package org.recits.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.nio.file.attribute.UserPrincipal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The default store through the start script: without {@code --db} nor {@code RECITS_DB}, Récits starts the
 * PostgreSQL server shipped in the product folder in the user's data folder. A lab's folder pushed there is
 * reported with the very bytes of the report from the folder. PostgreSQL refuses root: run as root (as CI is),
 * Récits refuses with the way out, and the rest runs as {@code nobody}, whose data folders are set in its
 * environment.
 */
class DefaultStoreIT {

    @TempDir
    Path work;

    @Test
    void withoutDbTheDefaultStoreServesAnOrdinaryUserAndIsRefusedToRoot() throws Exception {
        boolean root = "root".equals(System.getProperty("user.name"));
        Path user = Files.createDirectories(work.resolve("utilisateur"));
        Map<String, String> env = new TreeMap<>();
        env.put("RECITS_DB", "");
        for (String v : List.of("HOME", "XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME")) {
            env.put(v, user.resolve(v.toLowerCase(java.util.Locale.ROOT)).toString());
        }
        if (root) {
            Distribution.Run refused = recits(List.of(), env, "store", "history");
            assertThat(refused.code()).as(refused.err()).isEqualTo(1);
            assertThat(refused.err()).contains("PostgreSQL refuse de tourner sous le compte root").contains("--db").contains("--data")
                    .contains("RECITS_DB");
            assertThat(user.resolve("xdg_data_home")).doesNotExist();
            // the rest as an ordinary account: its folders are its own, the product readable as installed
            Files.setPosixFilePermissions(work, PosixFilePermissions.fromString("rwxr-xr-x"));
            UserPrincipal nobody = work.getFileSystem().getUserPrincipalLookupService().lookupPrincipalByName("nobody");
            Files.setOwner(user, nobody);
            // POI writes its temporary sheets in the JVM's temporary folder: the account's own
            env.put("JAVA_TOOL_OPTIONS", "-Djava.io.tmpdir=" + user);
        }
        List<String> as = root ? List.of("runuser", "-u", "nobody", "--") : List.of();
        if (root) {
            assertThat(new ProcessBuilder(List.of("runuser", "-u", "nobody", "--", "test", "-r",
                    Distribution.folder().resolve("lib/recits-launcher.jar").toString())).start().waitFor())
                    .as("the product folder %s must be readable by nobody for this test, run as root",
                            Distribution.folder()).isZero();
        }
        Path demo = Distribution.folder().resolve("demo");
        Distribution.Run push = recits(as, env, "store", "push", "--data", demo.toString(), "--lab", "lab-nord");
        assertThat(push.code()).as(push.err()).isZero();
        assertThat(push.out()).contains("Labo lab-nord").contains("fichiers ajoutés");
        Path store = user.resolve("xdg_data_home/recits/entrepot");
        assertThat(store.resolve("donnees/PG_VERSION")).exists();
        assertThat(store.resolve("donnees/postmaster.pid")).as("the server stopped with the command").doesNotExist();

        List<String> options = List.of("--period", "2021-T1", "--date", "2021-04-15", "--format", "csv");
        Path fromFolder = user.resolve("dossier");
        Path fromStore = user.resolve("entrepot");
        Distribution.Run folder = recits(as, env, StoreIT.concat(List.of("report", "--data", demo.toString(), "--out",
                fromFolder.toString()), options));
        assertThat(folder.code()).as(folder.err()).isZero();
        Distribution.Run report = recits(as, env, StoreIT.concat(List.of("report", "--out", fromStore.toString()),
                options));
        assertThat(report.code()).as(report.err()).isZero();
        assertThat(report.out()).contains("Rapport inscrit à l’historique de l’entrepôt");
        StoreIT.assertSameReport(fromFolder, fromStore);
        Distribution.Run history = recits(as, env, "store", "history", "--lab", "lab-nord");
        assertThat(history.code()).as(history.err()).isZero();
        assertThat(history.out()).contains("envoi du labo lab-nord").contains("rapport sur lab-nord");
    }

    /** The start script, as {@code as} says (nothing: as this process), with this environment. */
    private Distribution.Run recits(List<String> as, Map<String, String> env, List<String> args) throws IOException,
            InterruptedException {
        return recits(as, env, args.toArray(String[]::new));
    }

    private Distribution.Run recits(List<String> as, Map<String, String> env, String... args) throws IOException,
            InterruptedException {
        List<String> command = new ArrayList<>(as);
        // runuser resets HOME and the like: env sets them again for the command
        command.add("env");
        env.forEach((k, v) -> command.add(k + "=" + v));
        command.add(Distribution.folder().resolve("recits").toString());
        command.addAll(List.of(args));
        Path err = Files.createTempFile(work, "err", ".txt");
        Process p = new ProcessBuilder(command).directory(work.toFile()).redirectError(err.toFile()).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!p.waitFor(5, TimeUnit.MINUTES)) {
            p.destroyForcibly();
            throw new IllegalStateException("recits did not finish: " + command);
        }
        return new Distribution.Run(p.exitValue(), out, Files.readString(err, StandardCharsets.UTF_8));
    }
}
