package org.recits.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The whole French flow with the keyboard alone, from the home page to the narrative: Tab and Enter, the arrow
 * keys in the file filter, and the file chosen in the file input as its dialog would (the one step a browser test
 * cannot do with keys). axe-core audits every state the page goes through, the report running included, and the
 * states the flow does not meet (a refused upload, nothing to fix, a page or an upload not found) in French and
 * English. The server logs everything it can of its own (level ALL): once it has stopped, its log holds counts,
 * and no participant, survey token or quote of the demo. Screenshots {@code 3x-*}.
 */
class ServeKeyboardIT {

    @TempDir
    static Path tmp;

    static Path serverTmp;
    static Served served;

    @BeforeAll
    static void serve() throws Exception {
        serverTmp = tmp.resolve("server-tmp");
        Path logging = tmp.resolve("logging.properties");
        Files.writeString(logging, String.join("\n", "handlers=java.util.logging.ConsoleHandler",
                "java.util.logging.ConsoleHandler.level=ALL", ".level=INFO", "org.recits.level=ALL", ""));
        served = Served.start(Served.ownTemporaryFolder(serverTmp, "-Djava.util.logging.config.file=" + logging,
                "RECITS_PSEUDONYM_KEY_FILE", tmp.resolve("cle/cle-pseudonymes.txt").toString()),
                Distribution.folder(), tmp);
    }

    @AfterAll
    static void theLogHoldsNoPersonalData() throws Exception {
        served.stopLeavingNothingIn(serverTmp);
        Axe.assumeInstalled(); // without axe the flow was skipped: its log has nothing to show
        String log = served.err();
        assertThat(log).as("the page's own log was on").contains("job with ");
        Set<String> personal = personal(Distribution.folder().resolve("demo"));
        assertThat(personal).hasSizeGreaterThan(300);
        assertThat(personal.stream().filter(log::contains).toList()).as("personal data in the server's log").isEmpty();
    }

    /** The demo's participants, survey tokens and quotes. */
    private static Set<String> personal(Path demo) throws Exception {
        Set<String> found = new TreeSet<>();
        found.addAll(column(demo.resolve("participants.csv"), "participant"));
        found.addAll(column(demo.resolve("verbatims.csv"), "texte"));
        try (Stream<Path> surveys = Files.list(demo.resolve("enquetes"))) {
            for (Path s : (Iterable<Path>) surveys.filter(p -> p.toString().startsWith(
                    demo.resolve("enquetes/results-").toString()) && !p.toString().endsWith(".mapping.csv"))::iterator) {
                found.addAll(column(s, "token"));
            }
        }
        found.removeIf(v -> v.length() < 6);
        return found;
    }

    private static List<String> column(Path csv, String name) throws Exception {
        String text = Files.readString(csv, StandardCharsets.UTF_8).replace("\uFEFF", "");
        List<String> values = new ArrayList<>();
        for (CSVRecord r : CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).build()
                .parse(new java.io.StringReader(text))) {
            values.add(r.get(name));
        }
        return values;
    }

    @Test
    void theWholeFlowWithTheKeyboardAlone() throws Exception {
        Path demoZip = ServeDepositIT.zip(Distribution.folder().resolve("demo"), tmp.resolve("demo.zip"));
        ChromeDriver browser = HeadlessChromium.start(tmp.resolve("profile-keys"));
        try {
            Actions keys = new Actions(browser);
            browser.get(served.address);
            tabTo(browser, e -> e.getText().equals("Déposer"));
            keys.sendKeys(Keys.ENTER).perform();
            shown(browser, By.id("fichiers"));
            assertThat(browser.getTitle()).isEqualTo("Déposer les fichiers – Récits");
            WebElement input = tabTo(browser, e -> "fichiers".equals(e.getAttribute("id")));
            // the file dialog the input opens is the system's: the file is given as the dialog would give it
            input.sendKeys(demoZip.toString());
            tabTo(browser, e -> e.getText().equals("Déposer et vérifier"));
            audited(browser, "30-clavier-deposer");
            keys.sendKeys(Keys.ENTER).perform();

            shown(browser, By.id("bilan"));
            assertThat(browser.getTitle()).isEqualTo("Vérifier – Récits");
            audited(browser, "31-clavier-verifier");
            tabTo(browser, e -> "fichier".equals(e.getAttribute("id")));
            keys.sendKeys(Keys.ARROW_DOWN).perform(); // the first file after « Tous les fichiers »
            tabTo(browser, e -> e.getText().equals("Filtrer"));
            keys.sendKeys(Keys.ENTER).perform();
            shown(browser, By.cssSelector("#fichier option[selected]"));
            assertThat(browser.findElements(By.cssSelector("table.findings tbody tr"))).hasSize(1);
            audited(browser, "32-clavier-verifier-filtre");

            tabTo(browser, e -> e.getText().equals("Produire le rapport avec ces fichiers"));
            keys.sendKeys(Keys.ENTER).perform();
            shown(browser, By.id("periode"));
            assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Produire le rapport");
            tabTo(browser, e -> e.getText().equals("Produire le rapport") && e.getTagName().equals("button"));
            audited(browser, "33-clavier-produire");
            keys.sendKeys(Keys.ENTER).perform();

            List<List<String>> running = new ArrayList<>();
            new WebDriverWait(browser, Duration.ofSeconds(240)).pollingEvery(Duration.ofMillis(200))
                    .ignoring(StaleElementReferenceException.class).until(d -> {
                        if (running.isEmpty() && !d.findElements(By.id("etape")).isEmpty()) {
                            try {
                                List<String> audit = Axe.seriousWhile(browser, "#etape");
                                if (audit != null) {
                                    HeadlessChromium.screenshot(browser, "34-clavier-en-cours");
                                    running.add(audit);
                                }
                            } catch (java.io.IOException e) {
                                throw new java.io.UncheckedIOException(e);
                            }
                        }
                        return !d.findElements(By.id("zip")).isEmpty()
                                || !d.findElements(By.cssSelector("#etat.alert")).isEmpty();
                    });
            assertThat(running).as("the running page was audited").isNotEmpty();
            assertThat(running.get(0)).as("axe while the report runs").isEmpty();
            // the page followed the report in place: no reload took the focus away, the result has it now
            assertThat(browser.switchTo().activeElement().getAttribute("id")).isEqualTo("etat");
            assertThat(browser.findElement(By.id("etat")).getText()).matches("(?s)Rapport du [1-4]e?r? trimestre \\d{4} écrit\\..*");
            audited(browser, "35-clavier-rapport-ecrit");
            // the workbook comes first, then the narrative to read
            List<String> links = browser.findElements(By.cssSelector("ul.outputs a")).stream()
                    .map(WebElement::getText).toList();
            assertThat(links.get(1)).matches("Télécharger recits-\\d{4}-T[1-4]\\.xlsx");
            assertThat(links.get(2)).matches("Lire recit-\\d{4}-T[1-4]\\.html");
            tabTo(browser, e -> e.getText().startsWith("Lire recit-"));
            keys.sendKeys(Keys.ENTER).perform();
            new WebDriverWait(browser, Duration.ofSeconds(60)).until(d -> d.getTitle().startsWith("Récit"));
            assertThat(browser.findElement(By.tagName("h1")).getText()).startsWith("Récit du");
            HeadlessChromium.screenshot(browser, "36-clavier-recit");
        } finally {
            browser.quit();
        }
    }

    @Test
    void theStatesTheFlowDoesNotMeetHaveNoSeriousViolationInEitherLanguage() throws Exception {
        Path broken = Files.writeString(tmp.resolve("abime.zip"), "ceci n’est pas une archive");
        Path meteo = Distribution.folder().resolve("demo/meteo.csv");
        ChromeDriver browser = HeadlessChromium.start(tmp.resolve("profile-states"));
        try {
            for (String lang : List.of("fr", "en")) {
                browser.get(served.address + "deposer?lang=" + lang);
                browser.findElement(By.id("fichiers")).sendKeys(broken.toString());
                browser.findElement(By.cssSelector("form button[type=submit]")).click();
                assertThat(shown(browser, By.id("refus")).getText()).contains("abime.zip");
                audited(browser, "37-refus-" + lang);

                browser.findElement(By.id("fichiers")).sendKeys(meteo.toString());
                browser.findElement(By.cssSelector("form button[type=submit]")).click();
                assertThat(shown(browser, By.id("rien")).getText().replaceAll("[\u00a0\u202f]", " ")).isEqualTo(lang.equals("fr")
                        ? "Rien à corriger : aucune ligne n’est rejetée ni signalée."
                        : "Nothing to fix: no row is rejected or flagged.");
                assertThat(browser.findElement(By.id("sans-periode")).getText().replaceAll("[\u00a0\u202f]", " "))
                        .isEqualTo(lang.equals("fr") ? "Aucun trimestre à rapporter : ces fichiers ne comptent aucune session datée."
                        : "No quarter to report on: these files hold no dated session.");
                audited(browser, "38-rien-a-corriger-" + lang);
                HeadlessChromium.follow(browser, By.linkText(lang.equals("fr") ? "3. Produire" : "3. Produce"));
                audited(browser, "39-sans-periode-" + lang);

                browser.get(served.address + "indicateurs?lang=" + lang);
                audited(browser, "40-indicateurs-" + lang);
                browser.get(served.address + "nulle-part?lang=" + lang);
                audited(browser, "41-introuvable-" + lang);
                browser.get(served.address + "verifier?job=AAAAAAAAAAAAAAAAAAAAAA&lang=" + lang);
                audited(browser, "42-depot-introuvable-" + lang);
            }
        } finally {
            browser.quit();
        }
    }

    /** The element once the page that holds it has come (an upload takes a moment to answer). */
    private static WebElement shown(ChromeDriver browser, By by) {
        return new WebDriverWait(browser, Duration.ofSeconds(60)).until(d -> d.findElements(by).stream().findFirst()
                .orElse(null));
    }

    /** Presses Tab until the focused element is the one looked for (at most 40 times); that element. */
    private static WebElement tabTo(ChromeDriver browser, Predicate<WebElement> wanted) {
        Actions keys = new Actions(browser);
        for (int i = 0; i < 40; i++) {
            WebElement at = browser.switchTo().activeElement();
            if (wanted.test(at)) {
                return at;
            }
            keys.sendKeys(Keys.TAB).perform();
        }
        throw new AssertionError("not reached with Tab from " + browser.getCurrentUrl());
    }

    private static void audited(ChromeDriver browser, String screenshot) throws Exception {
        HeadlessChromium.screenshot(browser, screenshot);
        assertThat(Axe.serious(browser)).as("axe on %s", screenshot).isEmpty();
    }
}
