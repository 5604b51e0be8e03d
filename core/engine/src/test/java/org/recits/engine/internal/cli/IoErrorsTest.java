package org.recits.engine.internal.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.recits.api.text.Messages;
import org.recits.engine.internal.EngineTexts;
import org.recits.engine.internal.pipeline.DiskFull;

/** File-system errors are said in words, in the run's language, with the path they are about. */
class IoErrorsTest {

    @TempDir
    Path tmp;

    private static final Messages FR = EngineTexts.of(Locale.FRENCH);
    private static final Messages EN = EngineTexts.of(Locale.ENGLISH);

    @Test
    void aFullDiskNamesTheFileAndTheSpaceInTheLanguagesNotation() throws IOException {
        DiskFull full = DiskFull.forTest(new FileSystemException(tmp.resolve("recits-2021-T1.xlsx").toString(), null,
                "No space left on device"), tmp, Files.createDirectories(tmp.resolve("staging")));
        Files.write(tmp.resolve("staging/x"), new byte[3 * 1024 * 1024 / 2]);
        String fr = IoErrors.describe(FR, full);
        assertThat(fr).startsWith("disque plein\u00a0: impossible d’écrire recits-2021-T1.xlsx (")
                .contains("\u00a0Mo libres").contains("les sorties précédentes sont intactes");
        assertThat(IoErrors.describe(EN, full)).startsWith("disk full: could not write recits-2021-T1.xlsx (");
    }

    @Test
    void megabytesHaveOneDecimalAndNeverShowZeroForSomething() {
        assertThat(IoErrors.megabytes(FR, 3 * 1024 * 1024 / 2)).isEqualTo("1,5");
        assertThat(IoErrors.megabytes(EN, 3 * 1024 * 1024 / 2)).isEqualTo("1.5");
        assertThat(IoErrors.megabytes(FR, 10)).isEqualTo("0,1");
        assertThat(IoErrors.megabytes(FR, 0)).isEqualTo("0,0");
    }

    @Test
    void commonFileErrorsNameThePathAndWhatToDo() {
        assertThat(IoErrors.describe(FR, new AccessDeniedException("/data/labo"))).isEqualTo(
                "accès refusé à /data/labo\u00a0: vérifiez les droits de lecture (et d’écriture pour le dossier donné à --out).");
        assertThat(IoErrors.describe(FR, new NoSuchFileException("/data/x.csv")))
                .isEqualTo("/data/x.csv est introuvable\u00a0: vérifiez le chemin.");
        assertThat(IoErrors.describe(EN, new FileSystemException("/data/x.csv", null, "Input/output error")))
                .isEqualTo("/data/x.csv: Input/output error.");
    }
}
