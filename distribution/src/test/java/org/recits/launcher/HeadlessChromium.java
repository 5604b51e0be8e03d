package org.recits.launcher;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * The machine's own headless Chromium (Debian {@code chromium} and {@code chromium-driver}, which {@code .ci/run}
 * installs), driven by Selenium with the driver given, so that nothing is fetched. Skipped where they are
 * missing, failed under {@code RECITS_REQUIRE_CHROMIUM=1} (as CI does).
 */
final class HeadlessChromium {

    static final Path BROWSER = Paths.get("/usr/bin/chromium");
    static final Path DRIVER = Paths.get("/usr/bin/chromedriver");

    private HeadlessChromium() {
    }

    /** A new browser with a fresh profile in {@code profile}, French first as a labo lead's is. */
    static ChromeDriver start(Path profile) {
        return start(profile, "fr-FR", "fr-FR,fr");
    }

    /**
     * The same in another language: {@code ui} the browser's own ({@code en-GB}), {@code accepted} what its
     * Accept-Language header says ({@code en-GB,en}).
     */
    static ChromeDriver start(Path profile, String ui, String accepted) {
        boolean there = Files.isExecutable(BROWSER) && Files.isExecutable(DRIVER);
        if (!there && "1".equals(System.getenv("RECITS_REQUIRE_CHROMIUM"))) {
            throw new IllegalStateException("Chromium or its driver is missing: apt-get install chromium chromium-driver");
        }
        Assumptions.assumeTrue(there, "Chromium and chromium-driver are not installed");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(BROWSER.toFile());
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--window-size=1280,1000", "--user-data-dir=" + profile.toAbsolutePath(), "--lang=" + ui);
        options.setExperimentalOption("prefs", java.util.Map.of("intl.accept_languages", accepted));
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(DRIVER.toFile())
                .usingAnyFreePort().build();
        return new ChromeDriver(service, options);
    }

    /** A screenshot of what the browser shows, kept among the test outputs. */
    static Path screenshot(ChromeDriver browser, String name) throws IOException {
        Path dir = Paths.get(System.getProperty("basedir", "."), "target", "serve-screenshots");
        Files.createDirectories(dir);
        Path file = dir.resolve(name + ".png");
        Files.write(file, ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
        return file;
    }

    /**
     * Clicks what leads to another page (a link, a form's button) and waits until that page is shown: the click can
     * return before a form's answer has replaced the page, and what is read next would be the old page's.
     */
    static void follow(ChromeDriver browser, By what) {
        follow(browser, () -> browser.findElement(what).click());
    }

    /** The same for a key pressed on a link or a button: Enter, like a click, may return before the new page. */
    static void follow(ChromeDriver browser, Runnable action) {
        WebElement page = browser.findElement(By.tagName("html"));
        action.run();
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(120));
        wait.until(d -> gone(page));
        wait.until(d -> "complete".equals(((JavascriptExecutor) d).executeScript("return document.readyState")));
    }

    /**
     * Whether the old page's element is gone. Mid-navigation Chromium may answer « Node with given id does not
     * belong to the document » instead of a stale element (CI on 5761653): the old page is gone just the same.
     */
    private static boolean gone(WebElement page) {
        try {
            page.isEnabled();
            return false;
        } catch (StaleElementReferenceException e) {
            return true;
        } catch (WebDriverException e) {
            if (String.valueOf(e.getMessage()).contains("does not belong to the document")) {
                return true;
            }
            throw e;
        }
    }
}
