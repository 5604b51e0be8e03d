package org.recits.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.Select;

/**
 * <em>Déposer</em> and <em>Vérifier</em>: the demo's files dropped as a zip in headless Chromium, the findings of
 * {@code recits check} grouped by cause and filtered by file; then each safety rule with crafted requests (no
 * CSRF token on any form, a foreign job, a name leaving the folder as uploaded or inside a zip, a symbolic link in
 * a zip, a zip bomb, an upload over the limit). The server's
 * temporary folder is this test's: nothing may be left in it once Ctrl-C has stopped the server.
 */
class ServeDepositIT {

    @TempDir
    static Path tmp;

    static Path serverTmp;
    static Served served;
    static Path demoZip;

    @BeforeAll
    static void serve() throws Exception {
        serverTmp = tmp.resolve("server-tmp");
        served = Served.start(Served.ownTemporaryFolder(serverTmp, ""), Distribution.folder(), tmp);
        demoZip = zip(Distribution.folder().resolve("demo"), tmp.resolve("demo.zip"));
    }

    @AfterAll
    static void stopLeavesNothingBehind() throws Exception {
        served.stopLeavingNothingIn(serverTmp);
        assertThat(served.err()).isEmpty();
        assertThat(served.out()).doesNotContain("sessions.csv").doesNotContain("demo.zip");
    }

    static Path zip(Path folder, Path zip) throws IOException {
        try (ZipOutputStream z = new ZipOutputStream(Files.newOutputStream(zip)); Stream<Path> walk = Files.walk(folder)) {
            for (Path p : (Iterable<Path>) walk.filter(Files::isRegularFile).sorted()::iterator) {
                z.putNextEntry(new ZipEntry(folder.relativize(p).toString().replace('\\', '/')));
                Files.copy(p, z);
                z.closeEntry();
            }
        }
        return zip;
    }

    @Test
    void theDemoDroppedAsAZipShowsTheFindingsOfCheckGroupedByCauseAndFilteredByFile() throws Exception {
        Distribution.Run check = Distribution.script(Distribution.folder(), tmp, "check", "--data",
                Distribution.folder().resolve("demo").toString());
        List<String> cli = check.out().lines().toList();
        assertThat(cli).as(check.err()).isNotEmpty();
        String summary = cli.get(cli.size() - 1);
        ChromeDriver browser = HeadlessChromium.start(tmp.resolve("profile-deposit"));
        try {
            browser.get(served.address + "deposer");
            assertThat(browser.getTitle()).isEqualTo("Déposer les fichiers – Récits");
            WebElement input = browser.findElement(By.id("fichiers"));
            assertThat(browser.findElement(By.cssSelector("label[for=fichiers]")).getText()).isEqualTo("Fichiers ou .zip");
            HeadlessChromium.screenshot(browser, "10-deposer");
            assertThat(Axe.serious(browser)).as("axe on Déposer").isEmpty();
            input.sendKeys(demoZip.toString());
            HeadlessChromium.follow(browser, By.cssSelector("form button[type=submit]"));

            assertThat(browser.getTitle()).isEqualTo("Vérifier – Récits");
            // the browser gives some no-break spaces as plain ones
            assertThat(browser.findElement(By.id("bilan")).getText().replaceAll("[\u00a0\u202f]", " "))
                    .isEqualTo(summary.replaceAll("[\u00a0\u202f]", " "));
            assertThat(browser.findElements(By.cssSelector(".files li")).stream().map(e -> e.getText().replaceAll("[\u00a0\u202f]", " ")).toList())
                    .anyMatch(l -> l.matches("sessions\\.csv : tableau des sessions — \\d+ lignes lues.*"));
            List<WebElement> causes = browser.findElements(By.cssSelector("section.cause"));
            assertThat(causes).hasSize(4);
            assertThat(browser.findElements(By.cssSelector("table.findings tbody tr"))).hasSize(4);
            assertThat(browser.findElement(By.tagName("main")).getText().replaceAll("[\u00a0\u202f]", " "))
                    .contains("date illisible : attendu 30/01/2020 ou 2020-01-30").contains("mi-mars 2020");
            HeadlessChromium.screenshot(browser, "11-verifier");
            assertThat(Axe.serious(browser)).as("axe on Vérifier").isEmpty();

            new Select(browser.findElement(By.id("fichier"))).selectByVisibleText("sessions.csv");
            HeadlessChromium.follow(browser, By.cssSelector("form.filter button"));
            List<WebElement> rows = browser.findElements(By.cssSelector("table.findings tbody tr"));
            assertThat(rows).hasSize(1);
            assertThat(rows.get(0).getText()).contains("sessions.csv").contains("22").contains("mi-mars 2020");
            HeadlessChromium.screenshot(browser, "12-verifier-filtre");

            HeadlessChromium.follow(browser, By.linkText("English"));
            assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Check");
            assertThat(browser.findElement(By.tagName("main")).getText()).contains("unreadable date");
            HeadlessChromium.screenshot(browser, "13-check-en");

            // Produire: the latest quarter is offered first; the report is the one recits report writes
            HeadlessChromium.follow(browser, By.linkText("Produce the report with these files"));
            assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Produce the report");
            Select period = new Select(browser.findElement(By.id("periode")));
            String quarter = period.getFirstSelectedOption().getAttribute("value");
            String shown = period.getFirstSelectedOption().getText(); // « Q1 2021 » on the English page
            assertThat(period.getOptions().get(0).getAttribute("value")).isEqualTo(quarter);
            browser.findElement(By.cssSelector("input[name=langue][value=fr]")).click();
            HeadlessChromium.screenshot(browser, "14-produce");
            assertThat(Axe.serious(browser)).as("axe on Produire").isEmpty();
            HeadlessChromium.follow(browser, By.cssSelector("form.produce button"));
            // while it runs, the page shows the engine's own steps (what the terminal shows), with their counts
            List<String> steps = new java.util.ArrayList<>();
            new org.openqa.selenium.support.ui.WebDriverWait(browser, java.time.Duration.ofSeconds(180))
                    .pollingEvery(java.time.Duration.ofMillis(200))
                    .ignoring(org.openqa.selenium.StaleElementReferenceException.class).until(d -> {
                        List<WebElement> step = d.findElements(By.id("etape"));
                        if (!step.isEmpty()) {
                            String text = step.get(0).getText();
                            if (steps.isEmpty() || !steps.get(steps.size() - 1).equals(text)) {
                                steps.add(text);
                                if (text.matches("(?s).*\\d+ of \\d+") && steps.stream()
                                        .filter(t -> t.matches("(?s).*\\d+ of \\d+")).count() == 1) {
                                    try {
                                        HeadlessChromium.screenshot(browser, "14b-produce-steps");
                                    } catch (IOException e) {
                                        throw new java.io.UncheckedIOException(e);
                                    }
                                }
                            }
                        }
                        return !d.findElements(By.id("zip")).isEmpty()
                                || !d.findElements(By.cssSelector("#etat.alert")).isEmpty();
                    });
            assertThat(steps).as("steps shown while the report ran").isNotEmpty()
                    .allMatch(t -> t.startsWith("Current step: ") || t.equals("Starting…"))
                    .anyMatch(t -> t.matches("(?s)Current step: .+\n\\d+ of \\d+"));
            assertThat(browser.findElement(By.id("etat")).getText()).startsWith("Report for " + shown + " written.");
            HeadlessChromium.screenshot(browser, "15-produce-done");
            assertThat(Axe.serious(browser)).as("axe on the report's files").isEmpty();
            String cookie = browser.manage().getCookieNamed("recits").getValue();
            Path cliOut = tmp.resolve("cli-" + quarter);
            Distribution.Run report = Distribution.script(Distribution.folder(), tmp, "report", "--data",
                    Distribution.folder().resolve("demo").toString(), "--out", cliOut.toString(), "--period", quarter);
            assertThat(report.code()).as(report.err()).isZero();
            String workbook = "recits-" + quarter + ".xlsx";
            String href = browser.findElement(By.partialLinkText(workbook)).getAttribute("href");
            HttpResponse<byte[]> download = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(href))
                    .header("Cookie", "recits=" + cookie).build(), HttpResponse.BodyHandlers.ofByteArray());
            assertThat(download.statusCode()).isEqualTo(200);
            assertThat(download.headers().firstValue("Content-Disposition").orElse("")).contains("attachment");
            try (org.apache.poi.xssf.usermodel.XSSFWorkbook wb = new org.apache.poi.xssf.usermodel.XSSFWorkbook(
                    new java.io.ByteArrayInputStream(download.body()));
                    org.apache.poi.xssf.usermodel.XSSFWorkbook expected = new org.apache.poi.xssf.usermodel.XSSFWorkbook(
                            Files.newInputStream(cliOut.resolve(workbook)))) {
                assertThat(wb.getNumberOfSheets()).isEqualTo(expected.getNumberOfSheets());
                assertThat(sheetText(wb.getSheet("Indicateurs"))).isEqualTo(sheetText(expected.getSheet("Indicateurs")));
            }
            // the narrative opens in the page; the zip holds every file the command line wrote
            HeadlessChromium.follow(browser, By.partialLinkText(".html"));
            assertThat(browser.findElement(By.tagName("body")).getText()).isNotBlank();
            HeadlessChromium.screenshot(browser, "16-recit");
            browser.navigate().back();
            HttpResponse<byte[]> zip = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(
                    browser.findElement(By.id("zip")).getAttribute("href"))).header("Cookie", "recits=" + cookie)
                    .build(), HttpResponse.BodyHandlers.ofByteArray());
            java.util.Set<String> zipped = new java.util.TreeSet<>();
            try (java.util.zip.ZipInputStream in = new java.util.zip.ZipInputStream(
                    new java.io.ByteArrayInputStream(zip.body()))) {
                for (ZipEntry e; (e = in.getNextEntry()) != null;) {
                    zipped.add(e.getName());
                }
            }
            try (Stream<Path> walk = Files.walk(cliOut)) {
                assertThat(zipped).isEqualTo(walk.filter(Files::isRegularFile)
                        .map(p -> cliOut.relativize(p).toString().replace('\\', '/'))
                        .filter(name -> !name.startsWith(".recits/")) // the output folder's own bookkeeping
                        .collect(java.util.stream.Collectors.toCollection(java.util.TreeSet::new)));
            }
            // a name that is not one of the job's outputs is not found, whatever it points to
            String base = href.substring(0, href.lastIndexOf('/') + 1);
            for (String bad : List.of("..%2F..%2Fdonnees%2Fsessions.csv", "%2e%2e/donnees/sessions.csv", "nope.xlsx")) {
                assertThat(HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(base + bad))
                        .header("Cookie", "recits=" + cookie).build(), HttpResponse.BodyHandlers.discarding())
                        .statusCode()).as(bad).isIn(400, 404);
            }

            // another browser, or another person, does not see this job
            String address = browser.getCurrentUrl();
            ChromeDriver other = HeadlessChromium.start(tmp.resolve("profile-other"));
            try {
                other.get(address);
                assertThat(other.findElement(By.tagName("h1")).getText()).isEqualTo("Upload not found");
            } finally {
                other.quit();
            }
        } finally {
            browser.quit();
        }
    }

    @Test
    void theEmptyKitIsTheOneOfRecitsInit() throws Exception {
        Path cliKit = tmp.resolve("kit-cli");
        Distribution.Run init = Distribution.script(Distribution.folder(), tmp, "init", cliKit.toString());
        assertThat(init.code()).as(init.err()).isZero();
        HttpResponse<byte[]> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create(served.address + "modele.zip?lang=fr")).build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(r.statusCode()).isEqualTo(200);
        java.util.Map<String, Long> zipped = new java.util.TreeMap<>();
        try (java.util.zip.ZipInputStream in = new java.util.zip.ZipInputStream(new java.io.ByteArrayInputStream(r.body()))) {
            for (ZipEntry e; (e = in.getNextEntry()) != null;) {
                zipped.put(e.getName(), (long) in.readAllBytes().length);
            }
        }
        java.util.Map<String, Long> written = new java.util.TreeMap<>();
        try (Stream<Path> walk = Files.walk(cliKit)) {
            for (Path p : (Iterable<Path>) walk.filter(Files::isRegularFile)::iterator) {
                written.put(cliKit.relativize(p).toString().replace('\\', '/'), Files.size(p));
            }
        }
        assertThat(zipped.keySet()).isEqualTo(written.keySet());
    }

    @Test
    void aFolderWithNothingWrongSaysSoPlainly() throws Exception {
        String cookie = cookie();
        HttpResponse<String> r = upload(cookie, cookie, "meteo.csv",
                Files.readAllBytes(Distribution.folder().resolve("demo/meteo.csv")));
        assertThat(r.statusCode()).isEqualTo(303);
        HttpResponse<String> page = get(r.headers().firstValue("Location").orElseThrow(), cookie);
        assertThat(page.body()).contains("Rien à corriger\u00a0: aucune ligne n’est rejetée ni signalée.");
    }

    @Test
    void aPostWithoutTheVisitorsTokenIsRefusedBeforeItsBodyIsRead() throws Exception {
        String cookie = cookie();
        HttpResponse<String> none = upload(cookie, null, "meteo.csv", "x".getBytes(StandardCharsets.UTF_8));
        assertThat(none.statusCode()).isEqualTo(403);
        assertThat(none.body()).contains("jeton de sécurité");
        HttpResponse<String> other = upload(cookie, cookie(), "meteo.csv", "x".getBytes(StandardCharsets.UTF_8));
        assertThat(other.statusCode()).isEqualTo(403);
        // the other forms too: asking for a report, taking the folder given at start
        String job = upload(cookie, cookie, "meteo.csv", "x".getBytes(StandardCharsets.UTF_8)).headers()
                .firstValue("Location").orElseThrow().replaceAll(".*job=([^&]+).*", "$1");
        for (String form : List.of("/produire?job=" + job, "/dossier?lang=fr")) {
            HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(
                    served.address.replaceAll("/$", "") + form)).header("Cookie", "recits=" + cookie)
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString("periode=2021-T1&langue=fr")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(r.statusCode()).as(form).isEqualTo(403);
            assertThat(r.body()).as(form).contains("jeton de sécurité");
        }
    }

    @Test
    void aForeignOrUnknownJobIsNotFound() throws Exception {
        String mine = cookie();
        HttpResponse<String> r = upload(mine, mine, "meteo.csv", "x".getBytes(StandardCharsets.UTF_8));
        String location = r.headers().firstValue("Location").orElseThrow();
        assertThat(get(location, mine).statusCode()).isEqualTo(200);
        assertThat(get(location, cookie()).statusCode()).isEqualTo(404);
        assertThat(get("/verifier?job=AAAAAAAAAAAAAAAAAAAAAA", mine).statusCode()).isEqualTo(404);
        assertThat(get("/verifier?job=../../etc", mine).statusCode()).isEqualTo(404);
    }

    @Test
    void aNameLeavingTheFolderASymlinkOrABombIsRefusedAndNothingKept() throws Exception {
        String cookie = cookie();
        HttpResponse<String> traversal = upload(cookie, cookie, "../../evil.csv", "x".getBytes(StandardCharsets.UTF_8));
        assertThat(traversal.statusCode()).isEqualTo(400);
        assertThat(traversal.body()).contains("sortirait du dossier du dépôt");

        ByteArrayOutputStream bomb = new ByteArrayOutputStream();
        try (ZipOutputStream z = new ZipOutputStream(bomb)) {
            z.putNextEntry(new ZipEntry("zeros.csv"));
            z.write(new byte[20 * 1024 * 1024]);
            z.closeEntry();
        }
        HttpResponse<String> refused = upload(cookie, cookie, "bombe.zip", bomb.toByteArray());
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body()).contains("bombe de décompression");

        // inside an archive: an entry whose path leaves the folder, a symbolic link
        ByteArrayOutputStream slip = new ByteArrayOutputStream();
        try (ZipOutputStream z = new ZipOutputStream(slip)) {
            z.putNextEntry(new ZipEntry("donnees/../../../evil.csv"));
            z.write("x".getBytes(StandardCharsets.UTF_8));
            z.closeEntry();
        }
        assertThat(upload(cookie, cookie, "glisse.zip", slip.toByteArray()).body()).contains("sortirait du dossier");
        ByteArrayOutputStream link = new ByteArrayOutputStream();
        try (org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream z =
                new org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream(link)) {
            org.apache.commons.compress.archivers.zip.ZipArchiveEntry e =
                    new org.apache.commons.compress.archivers.zip.ZipArchiveEntry("sessions.csv");
            e.setUnixMode(0120777); // a symbolic link to the server's password file
            z.putArchiveEntry(e);
            z.write("/etc/passwd".getBytes(StandardCharsets.UTF_8));
            z.closeArchiveEntry();
        }
        HttpResponse<String> symlink = upload(cookie, cookie, "lien.zip", link.toByteArray());
        assertThat(symlink.statusCode()).isEqualTo(400);
        assertThat(symlink.body()).contains("lien symbolique");
        try (Stream<Path> walk = Files.walk(serverTmp)) {
            assertThat(walk.map(p -> p.getFileName().toString())).doesNotContain("evil.csv", "zeros.csv");
        }
    }

    /**
     * DNS rebinding: a site whose name points at 127.0.0.1 gets neither the page, nor its token and cookie, nor a
     * job; a request from another site's page is refused too; the loopback names are served.
     */
    @Test
    void anotherHostOrOriginIsRefusedInFrench() throws Exception {
        int port = URI.create(served.address).getPort();
        String evil = "evil.example:" + port;
        String page = raw("GET / HTTP/1.1\r\nHost: " + evil + "\r\nOrigin: http://" + evil + "\r\n");
        assertThat(page).startsWith("HTTP/1.1 421").doesNotContainIgnoringCase("Set-Cookie").doesNotContain("csrf=");
        assertThat(page.replaceAll("[\u00a0\u202f]", " "))
                .contains("Ce serveur Récits ne répond qu’aux adresses auxquelles il est lancé");
        assertThat(raw("POST /dossier?csrf=x HTTP/1.1\r\nHost: " + evil + "\r\nOrigin: http://" + evil
                + "\r\nCookie: recits=x\r\nContent-Length: 0\r\n")).startsWith("HTTP/1.1 421");
        assertThat(raw("GET /verifier?job=x HTTP/1.1\r\nHost: " + evil + "\r\n")).startsWith("HTTP/1.1 421");
        String crossSite = raw("GET / HTTP/1.1\r\nHost: 127.0.0.1:" + port + "\r\nOrigin: http://" + evil + "\r\n");
        assertThat(crossSite).startsWith("HTTP/1.1 403").doesNotContainIgnoringCase("Set-Cookie");
        assertThat(crossSite.replaceAll("[\u00a0\u202f]", " ")).contains("vient d’une autre page que celles de ce serveur");
        assertThat(raw("GET / HTTP/1.1\r\nHost: localhost:" + port + "\r\n")).startsWith("HTTP/1.1 200");
        assertThat(raw("GET / HTTP/1.1\r\nHost: [::1]:" + port + "\r\n")).startsWith("HTTP/1.1 200");
        assertThat(raw("GET / HTTP/1.1\r\nHost: 127.0.0.1:" + port + "\r\nOrigin: http://127.0.0.1:" + port
                + "\r\n")).startsWith("HTTP/1.1 200");
    }

    /** The whole answer to a request whose head ends with {@code head}'s lines. */
    private static String raw(String head) throws IOException {
        URI address = URI.create(served.address);
        try (Socket s = new Socket(address.getHost(), address.getPort())) {
            s.setSoTimeout(30_000);
            OutputStream out = s.getOutputStream();
            out.write((head + "Accept-Language: fr\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.UTF_8));
            out.flush();
            return new String(s.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void anUploadOverTheLimitIsRefusedFromItsHeadersAlone() throws Exception {
        String cookie = cookie();
        // the headers announce 10 GB; no byte of the body is sent
        try (Socket s = new Socket(URI.create(served.address).getHost(), URI.create(served.address).getPort())) {
            s.setSoTimeout(30_000);
            OutputStream out = s.getOutputStream();
            out.write(("POST /deposer?csrf=" + cookie + " HTTP/1.1\r\nHost: 127.0.0.1\r\nCookie: recits=" + cookie
                    + "\r\nContent-Type: multipart/form-data; boundary=x\r\nContent-Length: 10737418240\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            out.flush();
            InputStream in = s.getInputStream();
            String status = new String(in.readNBytes(12), StandardCharsets.US_ASCII);
            assertThat(status).isEqualTo("HTTP/1.1 413");
            // and the page says why, and what to do
            ByteArrayOutputStream answer = new ByteArrayOutputStream();
            for (int b; !answer.toString(StandardCharsets.UTF_8).contains("</html>") && (b = in.read()) >= 0;) {
                answer.write(b);
            }
            assertThat(answer.toString(StandardCharsets.UTF_8).replaceAll("[\u00a0\u202f]", " "))
                    .contains("Ce dépôt dépasse 300 Mo : déposez moins de fichiers à la fois, ou un .zip.");
        }
    }

    private static java.util.List<String> sheetText(org.apache.poi.ss.usermodel.Sheet sheet) {
        org.apache.poi.ss.usermodel.DataFormatter f = new org.apache.poi.ss.usermodel.DataFormatter(java.util.Locale.FRANCE);
        java.util.List<String> rows = new java.util.ArrayList<>();
        for (org.apache.poi.ss.usermodel.Row r : sheet) {
            StringBuilder b = new StringBuilder();
            r.forEach(c -> b.append(f.formatCellValue(c)).append('|'));
            rows.add(b.toString());
        }
        return rows;
    }

    /** A new visitor's token, as the deposit form hands it out. */
    private static String cookie() throws Exception {
        HttpResponse<String> r = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create(served.address + "deposer")).build(),
                HttpResponse.BodyHandlers.ofString());
        String set = r.headers().firstValue("Set-Cookie").orElseThrow();
        assertThat(set).contains("HttpOnly").containsIgnoringCase("SameSite=Strict");
        return set.substring(set.indexOf('=') + 1, set.indexOf(';'));
    }

    private static HttpResponse<String> get(String path, String cookie) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(served.address.replaceAll("/$", "")
                + path)).header("Cookie", "recits=" + cookie).header("Accept-Language", "fr").build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** One file posted as the form posts it, with this cookie and this token in the address (none: null). */
    private static HttpResponse<String> upload(String cookie, String token, String name, byte[] content)
            throws Exception {
        String boundary = "----recits" + System.nanoTime();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"fichiers\"; filename=\"" + name
                + "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.write(content);
        body.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        String address = served.address + "deposer?lang=fr" + (token == null ? "" : "&csrf=" + token);
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(address))
                .header("Cookie", "recits=" + cookie).header("Accept-Language", "fr")
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
