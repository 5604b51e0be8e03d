package org.recits.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A bounded load on 127.0.0.1: 20 visitors drop the demo's files and produce its report at once. Every job ends,
 * every file of the 20 zips of outputs has the same bytes (a difference names the file, and the two zips are kept
 * in {@code target/serve-load}), and once Ctrl-C has stopped the server nothing is left in its temporary folder.
 * The server has a pseudonym key of its own, made by its first job, rather than the user's.
 */
class ServeLoadIT {

    static final int JOBS = 20;

    @TempDir
    Path tmp;

    @Test
    void twentyJobsAtOnceGiveTheSameReportAndLeaveNothingBehind() throws Exception {
        Path serverTmp = tmp.resolve("server-tmp");
        Path zip = ServeDepositIT.zip(Distribution.folder().resolve("demo"), tmp.resolve("demo.zip"));
        byte[] demo = Files.readAllBytes(zip);
        try (Served served = Served.start(Served.ownTemporaryFolder(serverTmp, "", "RECITS_PSEUDONYM_KEY_FILE",
                tmp.resolve("cle/cle-pseudonymes.txt").toString()), Distribution.folder(), tmp)) {
            HttpClient http = HttpClient.newHttpClient();
            ExecutorService visitors = Executors.newFixedThreadPool(JOBS);
            List<Future<byte[]>> results = new ArrayList<>();
            for (int i = 0; i < JOBS; i++) {
                results.add(visitors.submit(() -> visit(http, served.address, demo)));
            }
            List<byte[]> zips = new ArrayList<>();
            for (Future<byte[]> f : results) {
                zips.add(f.get());
            }
            visitors.shutdown();
            // every file of every job, by name: a difference names the file; both zips are kept to look into
            Map<String, byte[]> first = entries(zips.get(0));
            for (int i = 1; i < zips.size(); i++) {
                Map<String, byte[]> other = entries(zips.get(i));
                List<String> differing = first.keySet().stream()
                        .filter(n -> !java.util.Arrays.equals(first.get(n), other.get(n))).toList();
                if (!differing.isEmpty() || !other.keySet().equals(first.keySet()) || !java.util.Arrays.equals(zips.get(i),
                        zips.get(0))) {
                    Path kept = Files.createDirectories(Path.of("target", "serve-load"));
                    Files.write(kept.resolve("job-0.zip"), zips.get(0));
                    Files.write(kept.resolve("job-" + i + ".zip"), zips.get(i));
                }
                assertThat(other.keySet()).as("job %d's files", i).isEqualTo(first.keySet());
                assertThat(differing).as("files of job %d with other bytes than job 0's (kept in target/serve-load)", i)
                        .isEmpty();
                assertThat(zips.get(i)).as("job %d's zip", i).isEqualTo(zips.get(0));
            }
            assertThat(zips.get(0).length).isGreaterThan(10_000);
            served.stopLeavingNothingIn(serverTmp);
            assertThat(served.err()).isEmpty();
        }
    }

    /** One visitor: the form, the upload, the report asked for, followed until done, then its zip. */
    private static byte[] visit(HttpClient http, String address, byte[] demo) throws Exception {
        HttpResponse<String> form = http.send(HttpRequest.newBuilder(URI.create(address + "deposer")).build(),
                HttpResponse.BodyHandlers.ofString());
        String set = form.headers().firstValue("Set-Cookie").orElseThrow();
        String token = set.substring(set.indexOf('=') + 1, set.indexOf(';'));
        String boundary = "----recits" + System.nanoTime();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"fichiers\"; filename=\"demo.zip\""
                + "\r\nContent-Type: application/zip\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.write(demo);
        body.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> upload = http.send(HttpRequest.newBuilder(URI.create(address + "deposer?csrf=" + token))
                .header("Cookie", "recits=" + token).header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(upload.statusCode()).as(upload.body()).isEqualTo(303);
        String job = upload.headers().firstValue("Location").orElseThrow().replaceAll(".*job=([^&]+).*", "$1");
        String page = get(http, address + "produire?lang=fr&job=" + job, token);
        Matcher period = Pattern.compile("<option value=\"([^\"]+)\" selected>").matcher(page);
        assertThat(period.find()).as(page).isTrue();
        HttpResponse<String> asked = http.send(HttpRequest.newBuilder(URI.create(address + "produire?lang=fr&job=" + job
                + "&csrf=" + token)).header("Cookie", "recits=" + token)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("periode=" + period.group(1) + "&langue=fr")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(asked.statusCode()).isEqualTo(303);
        long end = System.nanoTime() + java.util.concurrent.TimeUnit.MINUTES.toNanos(10);
        while (!(page = get(http, address + "produire?lang=fr&job=" + job, token)).contains("id=\"zip\"")) {
            assertThat(page).doesNotContain("n’a pas pu être écrit");
            assertThat(System.nanoTime()).as("job still running").isLessThan(end);
            Thread.sleep(500);
        }
        HttpResponse<byte[]> zip = http.send(HttpRequest.newBuilder(URI.create(address + "sortie/" + job + ".zip"))
                .header("Cookie", "recits=" + token).build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(zip.statusCode()).isEqualTo(200);
        return zip.body();
    }

    /** Every file of a zip of outputs, by name. */
    private static Map<String, byte[]> entries(byte[] zip) throws java.io.IOException {
        Map<String, byte[]> files = new java.util.TreeMap<>();
        try (java.util.zip.ZipInputStream in = new java.util.zip.ZipInputStream(new java.io.ByteArrayInputStream(zip))) {
            for (java.util.zip.ZipEntry e; (e = in.getNextEntry()) != null; ) {
                files.put(e.getName(), in.readAllBytes());
            }
        }
        return files;
    }

    private static String get(HttpClient http, String address, String token) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(address)).header("Cookie", "recits=" + token)
                .header("Accept-Language", "fr").build(), HttpResponse.BodyHandlers.ofString()).body();
    }
}
