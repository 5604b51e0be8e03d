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
    @SuppressWarnings("unchecked")
    static List<String> serious(ChromeDriver browser) throws IOException {
        String path = System.getenv("RECITS_AXE_JS");
        boolean there = path != null && Files.isRegularFile(Path.of(path));
        if (!there && "1".equals(System.getenv("RECITS_REQUIRE_CHROMIUM"))) {
            throw new IllegalStateException("axe-core is missing: RECITS_AXE_JS names no file (see .ci/run)");
        }
        Assumptions.assumeTrue(there, "axe-core is not installed (RECITS_AXE_JS)");
        browser.executeScript(Files.readString(Path.of(path), StandardCharsets.UTF_8));
        Object result = browser.executeAsyncScript("const done = arguments[arguments.length - 1];"
                + "axe.run(document, {resultTypes: ['violations']}).then(r => done(r.violations"
                + ".filter(v => v.impact === 'serious' || v.impact === 'critical')"
                + ".map(v => v.id + ': ' + v.help + ' @ ' + v.nodes.map(n => n.target.join(' ')).join(', '))))"
                + ".catch(e => done(['axe failed: ' + e]));");
        return (List<String>) result;
    }
}
