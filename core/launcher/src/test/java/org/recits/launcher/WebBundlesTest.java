package org.recits.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** Which runs get the servlet container, and on which address. */
class WebBundlesTest {

    private static Map<String, String> config(String... args) {
        return WebBundles.config(args);
    }

    @Test
    void serveGetsThisMachineOnPort8027ByDefault() {
        assertThat(config("serve")).containsEntry("org.osgi.service.http.port", "8027")
                .containsEntry("org.apache.felix.http.host", "127.0.0.1");
        assertThat(config("--lang", "en", "servir")).isEqualTo(config("serve"));
    }

    @Test
    void portAndHostAreReadAsTheCommandReadsThem() {
        assertThat(config("serve", "--port", "9000", "--host=0.0.0.0"))
                .isEqualTo(Map.of("org.osgi.service.http.port", "9000", "org.apache.felix.http.host", "0.0.0.0"));
        assertThat(config("serve", "--port=0", "--lang", "en")).containsEntry("org.osgi.service.http.port", "0");
    }

    @Test
    void theDataFolderIsGivenToThePageAsAnAbsolutePath() {
        assertThat(config("serve", "--data", "labo")).containsEntry("recits.serve.data",
                java.nio.file.Paths.get("labo").toAbsolutePath().toString());
        assertThat(config("serve", "--data=/srv/labo/")).containsEntry("recits.serve.data", "/srv/labo");
        assertThat(config("serve")).doesNotContainKey("recits.serve.data");
    }

    @Test
    void noServerForOtherCommandsHelpOrAPortThatIsNone() {
        assertThat(config()).isNull();
        assertThat(config("report", "--data", "serve")).isNull();
        assertThat(config("--lang", "serve", "check")).isNull();
        assertThat(config("serve", "--help")).isNull();
        assertThat(config("serve", "--port", "huit")).isNull();
        assertThat(config("serve", "--port", "70000")).isNull();
    }
}
