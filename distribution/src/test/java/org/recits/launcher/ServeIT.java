package org.recits.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * {@code recits serve} as a labo lead meets it: started through the start script, its page opened in a real
 * headless Chromium, in French then English, with the keyboard alone; the answers' security headers; Ctrl-C.
 * Screenshots of each step are kept in {@code target/serve-screenshots}.
 */
class ServeIT {

    @TempDir
    static Path tmp;

    static Served served;

    @BeforeAll
    static void serve() throws Exception {
        served = Served.start(Distribution.folder(), tmp);
    }

    @AfterAll
    static void stop() throws Exception {
        served.close();
    }

    @Test
    void printsTheAddressOnThisMachineOnly() throws IOException {
        assertThat(served.address).startsWith("http://127.0.0.1:");
        assertThat(served.out()).contains("Récits est servi à l’adresse " + served.address)
                .contains("Ctrl-C pour arrêter");
        assertThat(served.err()).isEmpty();
    }

    @Test
    void theCatalogueListsTheIndicatorsOfTheCommandLineInFrenchThenInEnglish() throws Exception {
        Set<String> expected = codes(Distribution.script(Distribution.folder(), tmp, "indicators").out());
        assertThat(expected).contains("PART_ATTENDANCE_RATE").hasSizeGreaterThan(10);
        ChromeDriver browser = HeadlessChromium.start(tmp.resolve("profile-catalogue"));
        try {
            browser.get(served.address);
            assertThat(browser.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("fr");
            assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Récits, le rapport trimestriel du labo");
            HeadlessChromium.screenshot(browser, "01-accueil");
            assertThat(Axe.serious(browser)).as("axe on the home page").isEmpty();

            HeadlessChromium.follow(browser, By.linkText("Indicateurs"));
            assertThat(browser.getTitle()).isEqualTo("Indicateurs – Récits");
            List<WebElement> rows = browser.findElements(By.cssSelector("#indicateurs tbody tr"));
            Set<String> shown = rows.stream().map(r -> r.findElement(By.tagName("code")).getText())
                    .collect(Collectors.toCollection(TreeSet::new));
            assertThat(shown).isEqualTo(expected);
            assertThat(browser.findElement(By.cssSelector("main p")).getText())
                    .isEqualTo(expected.size() + " indicateurs installés.");
            assertThat(browser.findElement(By.id("extensions")).getText()).contains("org.recits.indicators.activity")
                    .contains("org.recits.report.excel");
            HeadlessChromium.screenshot(browser, "02-indicateurs");
            assertThat(Axe.serious(browser)).as("axe on Indicateurs").isEmpty();

            HeadlessChromium.follow(browser, By.linkText("English"));
            assertThat(browser.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("en");
            assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Indicators");
            assertThat(browser.findElement(By.cssSelector("main p")).getText())
                    .isEqualTo(expected.size() + " indicators installed.");
            assertThat(browser.findElements(By.cssSelector("#indicateurs tbody tr"))).hasSize(expected.size());
            HeadlessChromium.screenshot(browser, "03-indicators-en");
            // the choice holds from page to page
            HeadlessChromium.follow(browser, By.linkText("Home"));
            assertThat(browser.getCurrentUrl()).endsWith("/?lang=en");
            assertThat(browser.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("en");
        } finally {
            browser.quit();
        }
    }

    /** The page's plugin table counts what {@code recits plugins} lists, bundle by bundle: one registry for both. */
    @Test
    void thePluginTableCountsWhatTheCommandLineLists() throws Exception {
        String listed = Distribution.script(Distribution.folder(), tmp, "plugins").out();
        java.util.Map<String, long[]> expected = new java.util.TreeMap<>();
        int kind = -1;
        for (String line : listed.lines().toList()) {
            if (!line.startsWith(" ")) {
                kind++; // « Lecteurs (2) : », then indicators, then renderers
            } else if (!line.isBlank()) {
                String[] words = line.strip().split("\\s+");
                expected.computeIfAbsent(words[1], b -> new long[3])[kind]++;
            }
        }
        assertThat(kind).isEqualTo(2);
        String html = get("/indicateurs", "fr").body();
        String table = html.substring(html.indexOf("<table id=\"extensions\">"));
        java.util.regex.Matcher row = java.util.regex.Pattern.compile(
                "<tr><th scope=\"row\">([^<]+)</th><td>[^<]*</td><td>(\\d+)</td><td>(\\d+)</td><td>(\\d+)</td></tr>")
                .matcher(table);
        java.util.Map<String, String> shown = new java.util.TreeMap<>();
        while (row.find()) {
            shown.put(row.group(1), row.group(2) + "/" + row.group(3) + "/" + row.group(4));
        }
        java.util.Map<String, String> wanted = new java.util.TreeMap<>();
        expected.forEach((b, c) -> wanted.put(b, c[0] + "/" + c[1] + "/" + c[2]));
        assertThat(shown).isEqualTo(wanted);
    }

    @Test
    void theBrowsersLanguageChoosesWhenTheAddressDoesNot() throws Exception {
        HttpResponse<String> en = get("/", "en-GB,en;q=0.8");
        assertThat(en.body()).contains("<html lang=\"en\">");
        HttpResponse<String> de = get("/", "de-DE,de;q=0.9");
        assertThat(de.body()).contains("<html lang=\"fr\">");
    }

    @Test
    void theKeyboardAloneReachesEveryLink() throws IOException {
        ChromeDriver browser = HeadlessChromium.start(tmp.resolve("profile-keyboard"));
        try {
            browser.get(served.address);
            WebElement body = browser.findElement(By.tagName("body"));
            body.sendKeys(Keys.TAB);
            WebElement skip = browser.switchTo().activeElement();
            assertThat(skip.getText()).isEqualTo("Aller au contenu");
            assertThat(skip.isDisplayed()).isTrue();
            HeadlessChromium.screenshot(browser, "04-clavier-lien-d-evitement");
            skip.sendKeys(Keys.TAB);
            assertThat(browser.switchTo().activeElement().getText()).isEqualTo("Accueil");
            browser.switchTo().activeElement().sendKeys(Keys.TAB);
            assertThat(browser.switchTo().activeElement().getText()).isEqualTo("Déposer");
            browser.switchTo().activeElement().sendKeys(Keys.TAB);
            WebElement indicators = browser.switchTo().activeElement();
            assertThat(indicators.getText()).isEqualTo("Indicateurs");
            HeadlessChromium.follow(browser, () -> indicators.sendKeys(Keys.ENTER));
            assertThat(browser.getTitle()).isEqualTo("Indicateurs – Récits");
            assertThat(browser.findElement(By.cssSelector("nav a[aria-current=page]")).getText()).isEqualTo("Indicateurs");
            HeadlessChromium.screenshot(browser, "05-clavier-indicateurs");
        } finally {
            browser.quit();
        }
    }

    @Test
    void everyAnswerCarriesTheSecurityHeadersAndNothingComesFromElsewhere() throws Exception {
        for (String path : List.of("/", "/indicateurs", "/static/recits.css", "/static/recits.js", "/nulle-part")) {
            HttpResponse<String> r = get(path, "fr");
            String csp = r.headers().firstValue("Content-Security-Policy").orElse("");
            assertThat(csp).as(path).contains("default-src 'none'").contains("script-src 'self'")
                    .contains("frame-ancestors 'none'").doesNotContain("unsafe-inline");
            assertThat(r.headers().firstValue("X-Content-Type-Options")).as(path).hasValue("nosniff");
        }
        HttpResponse<String> page = get("/indicateurs", "fr");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().firstValue("Content-Type").orElse("")).startsWith("text/html");
        assertThat(page.body()).doesNotContain("://").doesNotContain("<script>").doesNotContain("style=");
        assertThat(get("/static/recits.css", "fr").headers().firstValue("Content-Type").orElse(""))
                .startsWith("text/css");
        assertThat(get("/static/recits.js", "fr").headers().firstValue("Content-Type").orElse(""))
                .startsWith("text/javascript");
        assertThat(get("/nulle-part", "fr").statusCode()).isEqualTo(404);
        assertThat(get("/nulle-part", "fr").body()).contains("Page introuvable");
        // only the listed assets are served: no path reaches the bundle's other resources or the disk
        assertThat(get("/static/messages.properties", "fr").statusCode()).isEqualTo(404);
        assertThat(get("/static/%2e%2e/messages.properties", "fr").statusCode()).isIn(400, 404);
        assertThat(get("/static/..%2F..%2F..%2Fetc%2Fpasswd", "fr").statusCode()).isIn(400, 404);
    }

    /**
     * Started with {@code --data}, <em>Déposer</em> offers that folder as it is on the disk; its button, reached and
     * pressed with the keyboard alone, gives the check {@code recits check --data} prints.
     */
    @Test
    void theFolderGivenAtStartIsCheckedFromItsButtonWithTheKeyboardAlone() throws Exception {
        Path demo = Distribution.folder().resolve("demo");
        List<String> cli = Distribution.script(Distribution.folder(), tmp, "check", "--data", demo.toString()).out()
                .lines().toList();
        Path dir = java.nio.file.Files.createDirectories(tmp.resolve("with-data"));
        try (Served withData = Served.start(Distribution.folder(), dir, "--data", demo.toString())) {
            ChromeDriver browser = HeadlessChromium.start(tmp.resolve("profile-data"));
            try {
                browser.get(withData.address + "deposer");
                WebElement button = browser.findElement(By.cssSelector("form.folder button"));
                assertThat(button.getText()).isEqualTo("Vérifier ce dossier");
                assertThat(browser.findElement(By.tagName("main")).getText()).contains(demo.toString());
                // Tab as a person presses it (to the page, not into the file input, which would take it as a path)
                org.openqa.selenium.interactions.Actions keys = new org.openqa.selenium.interactions.Actions(browser);
                for (int i = 0; i < 20 && !browser.switchTo().activeElement().equals(button); i++) {
                    keys.sendKeys(Keys.TAB).perform();
                }
                assertThat(browser.switchTo().activeElement()).as("the folder's button, reached by Tab").isEqualTo(button);
                HeadlessChromium.screenshot(browser, "06-clavier-dossier");
                HeadlessChromium.follow(browser, () -> keys.sendKeys(Keys.ENTER).perform());
                assertThat(browser.getTitle()).isEqualTo("Vérifier – Récits");
                assertThat(browser.findElement(By.id("bilan")).getText().replaceAll("[\u00a0\u202f]", " "))
                        .isEqualTo(cli.get(cli.size() - 1).replaceAll("[\u00a0\u202f]", " "));
                HeadlessChromium.screenshot(browser, "07-dossier-verifie");
            } finally {
                browser.quit();
            }
        }
    }

    @Test
    void ctrlCStopsTheServerCleanly() throws Exception {
        Path dir = tmp.resolve("ctrl-c");
        java.nio.file.Files.createDirectories(dir);
        Served other = Served.start(Distribution.folder(), dir);
        URI address = URI.create(other.address);
        int code = other.interrupt();
        assertThat(code).as(other.err()).isEqualTo(130);
        assertThat(other.out()).contains("Serveur arrêté.");
        assertThat(other.err()).isEmpty();
        assertThat(listening(address)).isFalse();
    }

    private static boolean listening(URI address) {
        try (Socket s = new Socket(address.getHost(), address.getPort())) {
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private static HttpResponse<String> get(String path, String languages) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(served.address.replaceAll("/$", "") + path))
                .header("Accept-Language", languages).build();
        return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
    }

    /** The codes {@code recits indicators} lists: the first word of each line that is not indented. */
    private static Set<String> codes(String out) {
        return out.lines().filter(l -> l.matches("[A-Z][A-Z0-9_]+ .*")).map(l -> l.substring(0, l.indexOf(' ')))
                .collect(Collectors.toCollection(TreeSet::new));
    }
}
