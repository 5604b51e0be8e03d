package org.recits.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * The demo's narrative as HTML, audited in headless Chromium by axe-core (the same audit as the web page's, see
 * {@link Axe}): no serious or critical violation, in French and in English.
 */
class HtmlAccessibilityIT {

    @TempDir
    Path tmp;

    @Test
    void axeCoreFindsNoSeriousViolationInTheDemosNarrative() throws IOException {
        Path fr = tmp.resolve("fr");
        Path en = tmp.resolve("en");
        Distribution.Run run = Distribution.inProcess(Distribution.folder(), "demo", "--out", fr.toString());
        assertThat(run.code()).as(run.err()).isZero();
        run = Distribution.inProcess(Distribution.folder(), "--lang", "en", "demo", "--out", en.toString());
        assertThat(run.code()).as(run.err()).isZero();

        ChromeDriver browser = HeadlessChromium.start(tmp.resolve("profil"));
        try {
            browser.manage().timeouts().scriptTimeout(Duration.ofMinutes(3));
            for (Path html : List.of(fr.resolve("recit-2021-T1.html"), en.resolve("recit-2021-T1.html"))) {
                browser.get(html.toUri().toString());
                assertThat(browser.findElement(org.openqa.selenium.By.tagName("html")).getAttribute("lang"))
                        .isEqualTo(html.startsWith(fr) ? "fr" : "en");
                assertThat(Axe.serious(browser)).as("%s: axe-core's serious and critical violations", html).isEmpty();
            }
            // the audit can fail: a page without language and a picture without alternative breaks its rules
            browser.get("data:text/html;charset=utf-8,<html><head><title>t</title></head><body><main><img src='x.png'></main></body></html>");
            assertThat(Axe.serious(browser)).anyMatch(v -> v.startsWith("html-has-lang:"))
                    .anyMatch(v -> v.startsWith("image-alt:"));
        } finally {
            browser.quit();
        }
    }
}
