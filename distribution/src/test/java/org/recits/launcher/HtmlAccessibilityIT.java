package org.recits.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * The demo's narrative as HTML, audited in headless Chromium by axe-core (vendored in the test resources,
 * MPL-2.0): no serious or critical violation of its WCAG 2 A and AA rules, in French and in English.
 */
class HtmlAccessibilityIT {

    @TempDir
    Path tmp;

    @Test
    void axeCoreFindsNoSeriousViolationInTheDemosNarrative() throws IOException {
        String axe;
        try (InputStream in = HtmlAccessibilityIT.class.getResourceAsStream("/axe-core/axe.min.js")) {
            axe = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
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
                List<String> found = violations(browser, axe);
                List<String> serious = found.stream().filter(v -> v.startsWith("serious") || v.startsWith("critical")).toList();
                assertThat(serious).as("%s: axe-core's serious and critical violations (all: %s)", html, found).isEmpty();
            }
            // the audit can fail: a page without language and a picture without alternative breaks its rules
            browser.get("data:text/html;charset=utf-8,<html><head><title>t</title></head><body><main><img src='x.png'></main></body></html>");
            assertThat(violations(browser, axe)).anyMatch(v -> v.startsWith("serious html-has-lang"))
                    .anyMatch(v -> v.startsWith("critical image-alt"));
        } finally {
            browser.quit();
        }
    }

    /** axe-core's violations on the page: « impact rule (n nodes): help — first targets ». */
    static List<String> violations(ChromeDriver browser, String axe) {
        browser.executeScript(axe);
        Object result = browser.executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
                                    resultTypes: ['violations'] })
                  .then(r => done(r.violations.map(v => v.impact + ' ' + v.id + ' (' + v.nodes.length + ' nodes): '
                      + v.help + ' — ' + v.nodes.slice(0, 3).map(n => n.target.join(' ')).join(' | '))))
                  .catch(e => done(['error ' + e]));
                """);
        List<String> out = new ArrayList<>();
        for (Object o : (List<?>) result) {
            out.add(String.valueOf(o));
        }
        assertThat(out).noneMatch(v -> v.startsWith("error "));
        return out;
    }
}
