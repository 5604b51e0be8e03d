package org.recits.engine.internal.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.recits.engine.internal.Fixtures;

/** {@code recits serve} around a server that the test plays: its address, its absence, its stop. */
class ServeCommandTest {

    @TempDir
    Path tmp;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();
    private final AtomicInteger stops = new AtomicInteger();

    private int run(String address, String... args) {
        WebRuntime web = new WebRuntime() {
            @Override
            public String awaitAddress(long millis) {
                return address;
            }

            @Override
            public void awaitStop() {
                stops.incrementAndGet();
            }
        };
        CliContext ctx = new CliContext(() -> Fixtures.plugins(List.of(), List.of()), List::of, tmp, "9.9.9",
                new PrintWriter(out, true), new PrintWriter(err, true), false, Collections::emptySortedMap, web);
        return RecitsCli.run(ctx, args);
    }

    @Test
    void printsTheAddressThenWaitsForTheServerToStop() {
        assertThat(run("http://127.0.0.1:8027/", "serve")).isZero();
        assertThat(out.toString()).contains("Récits est servi à l’adresse http://127.0.0.1:8027/\u00a0: ouvrez-la")
                .contains("Serveur arrêté.");
        assertThat(stops).hasValue(1);
        assertThat(err.toString()).isEmpty();
    }

    @Test
    void inEnglishAndUnderItsFrenchName() {
        assertThat(run("http://127.0.0.1:8027/", "servir", "--lang", "en")).isZero();
        assertThat(out.toString()).contains("Récits is served at http://127.0.0.1:8027/: open it in your browser.")
                .contains("Server stopped.");
    }

    @Test
    void aServerThatDoesNotAnswerIsSaidWithItsPort() {
        assertThat(run(null, "serve", "--port", "8031")).isEqualTo(RecitsCli.ERROR);
        assertThat(err.toString()).contains("le serveur web n’a pas démarré (le port 8031 est peut-être déjà pris");
        assertThat(stops).hasValue(0);
    }

    @Test
    void aPortOutOfRangeIsAUsageError() {
        assertThat(run("http://127.0.0.1:8027/", "serve", "--port", "70000")).isEqualTo(RecitsCli.USAGE);
        assertThat(err.toString()).contains("port 70000 impossible");
        assertThat(run("http://127.0.0.1:8027/", "serve", "--port", "huit")).isEqualTo(RecitsCli.USAGE);
        assertThat(stops).hasValue(0);
    }

    @Test
    void aDataFolderThatIsNoneIsAUsageError() throws Exception {
        assertThat(run("http://127.0.0.1:8027/", "serve", "--data", tmp.resolve("absent").toString()))
                .isEqualTo(RecitsCli.USAGE);
        assertThat(err.toString()).contains("n’existe pas ou n’est pas un dossier");
        assertThat(stops).hasValue(0);
        assertThat(run("http://127.0.0.1:8027/", "serve", "--data", tmp.toString())).isZero();
    }

    @Test
    void anotherAddressThanThisMachineIsWarnedOf() {
        assertThat(run("http://192.0.2.1:8027/", "serve", "--host", "0.0.0.0")).isZero();
        assertThat(err.toString()).contains("Attention\u00a0: avec --host 0.0.0.0, toute personne");
        err.getBuffer().setLength(0);
        assertThat(run("http://127.0.0.1:8027/", "serve", "--host", "127.0.0.1")).isZero();
        assertThat(run("http://[::1]:8027/", "serve", "--host", "::1")).isZero();
        assertThat(err.toString()).isEmpty();
    }
}
