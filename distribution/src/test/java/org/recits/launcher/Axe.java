package org.recits.launcher;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * An accessibility audit of the page the browser shows, by axe-core (from npm, installed by {@code .ci/run}, which
 * gives its {@code axe.min.js} in {@code RECITS_AXE_JS}). The script is handed to the browser by the driver, not by
 * the page, whose policy lets no script in but its own. Skipped without it, failed under
 * {@code RECITS_REQUIRE_CHROMIUM=1}.
 */
final class Axe {

    private Axe() {
    }

    /** The serious and critical violations, one line each: rule, help, and where. */
    static List<String> serious(ChromeDriver browser) throws IOException {
        return audit(browser, null);
    }

    /**
     * The same on a page that reloads itself (a report running): audited again when it reloads during the audit,
     * until the audit ends on a page that still holds {@code selector}; null when the page no longer does.
     */
    static List<String> seriousWhile(ChromeDriver browser, String selector) throws IOException {
        for (int attempt = 0; attempt < 10; attempt++) {
            try {
                List<String> found = audit(browser, selector);
                if (found == null || found.isEmpty() || !found.get(0).equals(GONE)) {
                    return found;
                }
                return null;
            } catch (org.openqa.selenium.WebDriverException reloaded) {
                // the page went while axe read it: audit the new one
            }
        }
        throw new IllegalStateException("the page reloaded during every audit");
    }

    private static final String GONE = "(the page no longer holds what was audited)";

    /** The axe-core script's path; a test without it is skipped, or fails where Chromium is required (CI). */
    static String assumeInstalled() {
        String path = System.getenv("RECITS_AXE_JS");
        boolean there = path != null && Files.isRegularFile(Path.of(path));
        if (!there && "1".equals(System.getenv("RECITS_REQUIRE_CHROMIUM"))) {
            throw new IllegalStateException("axe-core is missing: RECITS_AXE_JS names no file (see .ci/run)");
        }
        Assumptions.assumeTrue(there, "axe-core is not installed (RECITS_AXE_JS)");
        return path;
    }

    @SuppressWarnings("unchecked")
    private static List<String> audit(ChromeDriver browser, String selector) throws IOException {
        String path = assumeInstalled();
        // the script and the audit in one call: a page that reloads in between cannot be audited unseen
        Object result = browser.executeAsyncScript(Files.readString(Path.of(path), StandardCharsets.UTF_8)
                + ";\nconst done = arguments[arguments.length - 1]; const held = arguments[0];"
                + "if (held && !document.querySelector(held)) { done(['" + GONE + "']); } else "
                + "axe.run(document, {resultTypes: ['violations']}).then(r => done(r.violations"
                + ".filter(v => v.impact === 'serious' || v.impact === 'critical')"
                + ".map(v => v.id + ': ' + v.help + ' @ ' + v.nodes.map(n => n.target.join(' ')).join(', '))))"
                + ".catch(e => done(['axe failed: ' + e]));", selector);
        return (List<String>) result;
    }
}
