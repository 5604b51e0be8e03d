package org.recits.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The whole page in English, as a browser set to English gets it without asking: the demo's files dropped, the
 * findings of {@code recits check --lang en}, the report produced in English, its workbook opened with POI (the
 * sheets of {@code recits report --lang en}), its narrative read in the page. No text of the product is left in
 * French on any page or in the narrative (the lab's own words, quotes and titles, stay as written), and axe-core
 * finds no serious violation in any state of the page, the report running included. Screenshots {@code 2x-*}.
 */
class ServeEnglishIT {

    @TempDir
    static Path tmp;

    static Path serverTmp;
    static Map<String, String> env;
    static Served served;

    @BeforeAll
    static void serve() throws Exception {
        serverTmp = tmp.resolve("server-tmp");
        // the server and the command line share a pseudonym key of their own, not the user's
        env = Served.ownTemporaryFolder(serverTmp, "", "RECITS_PSEUDONYM_KEY_FILE",
                tmp.resolve("cle/cle-pseudonymes.txt").toString());
        served = Served.start(env, Distribution.folder(), tmp);
    }

    @AfterAll
    static void stopLeavesNothingBehind() throws Exception {
        served.stopLeavingNothingIn(serverTmp);
        assertThat(served.err()).isEmpty();
    }

    @Test
    void anEnglishBrowserDropsTheDemoAndGetsTheWholeReportInEnglish() throws Exception {
        Path demo = Distribution.folder().resolve("demo");
        FrenchLeft french = FrenchLeft.of(Distribution.folder());
        String data = FrenchLeft.textOf(demo);
        Path demoZip = ServeDepositIT.zip(demo, tmp.resolve("demo.zip"));
        List<String> cli = Distribution.script(env, Distribution.folder(), tmp, "check", "--data", demo.toString(),
                "--lang", "en").out().lines().toList();
        ChromeDriver browser = HeadlessChromium.start(tmp.resolve("profile-en"), "en-GB", "en-GB,en");
        try {
            // no ?lang=: the browser's language chooses
            browser.get(served.address);
            assertThat(browser.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("en");
            assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Récits, the lab’s quarterly report");
            english(browser, french, data, "20-home-en");

            HeadlessChromium.follow(browser, By.linkText("Drop files"));
            assertThat(browser.getTitle()).isEqualTo("Drop the files – Récits");
            assertThat(browser.findElement(By.cssSelector("label[for=fichiers]")).getText()).isEqualTo("Files or .zip");
            english(browser, french, data, "21-drop-en");
            browser.findElement(By.id("fichiers")).sendKeys(demoZip.toString());
            HeadlessChromium.follow(browser, By.cssSelector("form button[type=submit]"));

            assertThat(browser.getTitle()).isEqualTo("Check – Récits");
            assertThat(browser.findElement(By.id("bilan")).getText().replaceAll("[\u00a0\u202f]", " "))
                    .isEqualTo(cli.get(cli.size() - 1).replaceAll("[\u00a0\u202f]", " "));
            assertThat(browser.findElements(By.cssSelector("table.findings thead th")).stream()
                    .map(WebElement::getText).distinct().toList())
                    .containsExactly("File", "Line", "Column", "Value", "What is wrong, and what to do");
            assertThat(browser.findElements(By.cssSelector("table.findings tbody tr"))).hasSize(4);
            assertThat(browser.findElement(By.tagName("main")).getText()).contains("unreadable date")
                    .contains("mi-mars 2020");
            english(browser, french, data, "22-check-en");
            new Select(browser.findElement(By.id("fichier"))).selectByVisibleText("participants.csv");
            HeadlessChromium.follow(browser, By.cssSelector("form.filter button"));
            assertThat(browser.findElements(By.cssSelector("table.findings tbody tr"))).hasSize(1);
            english(browser, french, data, "23-check-filtered-en");

            HeadlessChromium.follow(browser, By.linkText("Produce the report with these files"));
            assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Produce the report");
            Select period = new Select(browser.findElement(By.id("periode")));
            // the quarters as English says them, the latest first and chosen
            assertThat(period.getOptions()).allMatch(o -> o.getText().matches("Q[1-4] \\d{4}"));
            String quarter = period.getFirstSelectedOption().getAttribute("value");
            String shown = period.getFirstSelectedOption().getText();
            assertThat(period.getOptions().get(0).getAttribute("value")).isEqualTo(quarter);
            assertThat(browser.findElement(By.cssSelector("input[name=langue][value=en]")).isSelected())
                    .as("the report's language is the page's").isTrue();
            english(browser, french, data, "24-produce-en");
            HeadlessChromium.follow(browser, By.cssSelector("form.produce button"));

            // while it runs: English words, and no serious violation in that state either
            List<List<String>> whileRunning = new ArrayList<>();
            new WebDriverWait(browser, Duration.ofSeconds(240)).pollingEvery(Duration.ofMillis(200))
                    .ignoring(StaleElementReferenceException.class).until(d -> {
                        if (whileRunning.isEmpty() && !d.findElements(By.cssSelector("#etape")).isEmpty()) {
                            try {
                                String running = d.findElement(By.tagName("main")).getText();
                                List<String> audit = Axe.seriousWhile(browser, "#etape");
                                if (audit != null) {
                                    HeadlessChromium.screenshot(browser, "25-produce-running-en");
                                    whileRunning.add(audit);
                                    whileRunning.add(french.in(running, data));
                                    whileRunning.add(List.of(running));
                                }
                            } catch (java.io.IOException | StaleElementReferenceException e) {
                                // the page reloaded: looked at again at the next poll
                            }
                        }
                        return !d.findElements(By.id("zip")).isEmpty()
                                || !d.findElements(By.cssSelector("#etat.alert")).isEmpty();
                    });
            assertThat(whileRunning).as("the running page was audited").isNotEmpty();
            assertThat(whileRunning.get(0)).as("axe while the report runs").isEmpty();
            assertThat(whileRunning.get(1)).as("French while the report runs").isEmpty();
            assertThat(whileRunning.get(2).get(0)).contains("Report for " + shown + " running");
            assertThat(browser.findElement(By.id("etat")).getText()).startsWith("Report for " + shown + " written.");
            english(browser, french, data, "26-produce-done-en");

            // the workbook is the one recits report --lang en writes, in English
            Path cliOut = tmp.resolve("cli-en");
            Distribution.Run report = Distribution.script(env, Distribution.folder(), tmp, "report", "--data",
                    demo.toString(), "--out", cliOut.toString(), "--period", quarter, "--lang", "en");
            assertThat(report.code()).as(report.err()).isZero();
            String cookie = browser.manage().getCookieNamed("recits").getValue();
            WebElement link = browser.findElement(By.partialLinkText(".xlsx"));
            assertThat(link.getText()).startsWith("Download ");
            HttpResponse<byte[]> download = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                    URI.create(link.getAttribute("href"))).header("Cookie", "recits=" + cookie).build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            assertThat(download.statusCode()).isEqualTo(200);
            assertThat(download.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
            String workbook = link.getAttribute("href").substring(link.getAttribute("href").lastIndexOf('/') + 1);
            try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(download.body()));
                    XSSFWorkbook expected = new XSSFWorkbook(Files.newInputStream(cliOut.resolve(workbook)))) {
                List<String> sheets = new ArrayList<>();
                wb.forEach(s -> sheets.add(s.getSheetName()));
                List<String> cliSheets = new ArrayList<>();
                expected.forEach(s -> cliSheets.add(s.getSheetName()));
                assertThat(sheets).isEqualTo(cliSheets).contains("Read me", "Summary", "Indicators", "Definitions",
                        "Data quality").doesNotContain("Lisez-moi", "Synthèse", "Indicateurs", "Définitions");
                for (String name : List.of("Read me", "Summary", "Indicators", "Data quality")) {
                    List<String> rows = text(wb.getSheet(name));
                    assertThat(rows).as(name).isEqualTo(text(expected.getSheet(name)));
                    assertThat(french.in(String.join("\n", rows), data)).as("French in the sheet %s", name).isEmpty();
                }
            }
            // the charts' links are folded: their text is read as it stands, not as it shows
            List<String> files = browser.findElements(By.cssSelector("ul.outputs a")).stream()
                    .map(a -> a.getAttribute("textContent")).toList();
            assertThat(files).anyMatch(f -> f.endsWith(".docx")).anyMatch(f -> f.endsWith(".png"))
                    .anyMatch(f -> f.startsWith("Download everything as one .zip"));

            // the narrative, read in the page: English, but for the lab's own words
            HeadlessChromium.follow(browser, By.partialLinkText(".html"));
            assertThat(browser.findElement(By.tagName("html")).getAttribute("lang")).startsWith("en");
            String narrative = browser.findElement(By.tagName("body")).getText();
            assertThat(narrative).contains("Story of Q1 2021");
            assertThat(french.in(narrative, data)).as("French in the narrative").isEmpty();
            HeadlessChromium.screenshot(browser, "27-narrative-en");
        } finally {
            browser.quit();
        }
    }

    /** The page's main text holds no French of the product, axe finds no serious violation; a screenshot. */
    private static void english(ChromeDriver browser, FrenchLeft french, String data, String screenshot)
            throws Exception {
        assertThat(browser.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("en");
        String page = browser.findElement(By.tagName("body")).getText();
        // the switch to French says its name in French, on purpose
        assertThat(french.in(page.replace("Français", ""), data)).as("French on %s", screenshot).isEmpty();
        HeadlessChromium.screenshot(browser, screenshot);
        assertThat(Axe.serious(browser)).as("axe on %s", screenshot).isEmpty();
    }

    private static List<String> text(Sheet sheet) {
        DataFormatter f = new DataFormatter(java.util.Locale.UK);
        List<String> rows = new ArrayList<>();
        for (Row r : sheet) {
            StringBuilder b = new StringBuilder();
            r.forEach(c -> b.append(f.formatCellValue(c)).append('|'));
            rows.add(b.toString());
        }
        return rows;
    }
}
