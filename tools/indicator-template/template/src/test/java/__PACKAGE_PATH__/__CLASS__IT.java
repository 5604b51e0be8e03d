package __PACKAGE__;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.nio.file.Paths;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.recits.testkit.FelixHarness;

/** The built jar inside your installed Récits (mvn verify -Drecits.home=/path/to/recits); skipped without it. */
class __CLASS__IT {

    @Test
    void isListedByTheProduct() {
        String home = System.getProperty("recits.home", "");
        Assumptions.assumeTrue(!home.isBlank() && !home.startsWith("${"),
                "set -Drecits.home=/path/to/recits to run the plugin inside Récits");
        FelixHarness.Run run = FelixHarness.ofDistribution(Paths.get(home))
                .withPlugin(Path.of(System.getProperty("plugin.jar")))
                .run("indicators");
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("__CODE__");
    }
}
