package org.recits.engine.internal.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.recits.api.data.Dataset;
import org.recits.api.data.Finding;
import org.recits.api.model.Period;
import org.recits.api.model.Quote;
import org.recits.api.model.Session;
import org.recits.api.model.SessionType;
import org.recits.api.report.ReportIdentity;

/** rapport.properties: what it gives, a warning per line that cannot be used, nothing without it. */
class ReportPropertiesTest {

    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0};

    @Test
    void everyKeyIsReadAndTheLogoKept(@TempDir Path dir) throws Exception {
        Files.write(dir.resolve("logo.png"), PNG);
        Files.writeString(dir.resolve("rapport.properties"), """
                # identité du rapport
                labo = Labo des Territoires
                collectivite=Métropole du Val de Lys
                logo=logo.png
                contact=Anne Martin, anne@labo.example
                date_rapport=15/04/2021
                """, StandardCharsets.UTF_8);
        Dataset.Builder b = Dataset.builder();
        ReportIdentity id = ReportProperties.read(dir, b);
        assertThat(id.lab()).isEqualTo("Labo des Territoires");
        assertThat(id.collectivite()).isEqualTo("Métropole du Val de Lys");
        assertThat(id.contact()).isEqualTo("Anne Martin, anne@labo.example");
        assertThat(id.reportDate()).isEqualTo(LocalDate.of(2021, 4, 15));
        assertThat(id.logo()).isEqualTo(new ReportIdentity.Logo("logo.png", "image/png", PNG));
        assertThat(b.build().findings()).isEmpty();
    }

    @Test
    void withoutTheFileNothingIsInvented(@TempDir Path dir) throws Exception {
        Dataset.Builder b = Dataset.builder();
        assertThat(ReportProperties.read(dir, b)).isSameAs(ReportIdentity.NONE);
        assertThat(b.build().findings()).isEmpty();
    }

    @Test
    void eachUnusableLineIsAWarningWithItsLineAndTheRestIsKept(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("fake.png"), "pas une image");
        Files.writeString(dir.resolve("rapport.properties"), """
                labo=Labo
                date_rapport=15 avril
                logo=fake.png
                couleur=bleu
                """, StandardCharsets.UTF_8);
        Dataset.Builder b = Dataset.builder();
        ReportIdentity id = ReportProperties.read(dir, b);
        assertThat(id.lab()).isEqualTo("Labo");
        assertThat(id.reportDate()).isNull();
        assertThat(id.logo()).isNull();
        List<Finding> f = b.build().findings();
        assertThat(f).extracting(Finding::line, Finding::value).containsExactlyInAnyOrder(
                org.assertj.core.groups.Tuple.tuple(2L, "15 avril"), org.assertj.core.groups.Tuple.tuple(3L, "fake.png"),
                org.assertj.core.groups.Tuple.tuple(4L, "couleur"));
        assertThat(f).allMatch(x -> x.severity() == Finding.Severity.WARNING && x.file().equals("rapport.properties"));
        assertThat(f).extracting(x -> x.reason().fr()).anyMatch(r -> r.contains("ni PNG ni JPEG"))
                .anyMatch(r -> r.contains("date du rapport illisible «\u00a015 avril\u00a0»"));
    }

    @Test
    void aLogoOutsideTheFolderOrMissingIsNotRead(@TempDir Path dir) throws Exception {
        Path data = Files.createDirectories(dir.resolve("donnees"));
        Files.write(dir.resolve("secret.png"), PNG);
        Files.writeString(data.resolve("rapport.properties"), "logo=../secret.png\n", StandardCharsets.UTF_8);
        Dataset.Builder b = Dataset.builder();
        assertThat(ReportProperties.read(data, b).logo()).isNull();
        assertThat(b.build().findings()).singleElement().extracting(x -> x.reason().fr()).asString().contains("hors du dossier");
        Files.writeString(data.resolve("rapport.properties"), "logo=absent.png\n", StandardCharsets.UTF_8);
        Dataset.Builder c = Dataset.builder();
        assertThat(ReportProperties.read(data, c).logo()).isNull();
        assertThat(c.build().findings()).singleElement().extracting(x -> x.reason().fr()).asString().contains("introuvable");
    }

    @Test
    void theDataStopsAtTheLatestDateUpToThePeriodsEnd() {
        Dataset d = Dataset.builder()
                .add(new Session("metz", "s1", LocalDate.of(2021, 1, 12), 1, SessionType.SESSION, null, List.of(), false, null, null))
                .add(new Session("metz", "s2", LocalDate.of(2021, 5, 3), 1, SessionType.SESSION, null, List.of(), false, null, null))
                .add(new Quote("metz", "Oui.", LocalDate.of(2021, 2, 20), null, null, null, null, true, null, null))
                .build();
        assertThat(DataUpTo.of(d, Period.quarter(2021, 1))).isEqualTo(LocalDate.of(2021, 2, 20));
        assertThat(DataUpTo.of(d, Period.quarter(2020, 4))).isNull();
    }
}
