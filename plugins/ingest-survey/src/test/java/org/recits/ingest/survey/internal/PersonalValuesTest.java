package org.recits.ingest.survey.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.recits.api.data.Dataset;
import org.recits.api.data.Finding;
import org.recits.api.data.SourceFile;
import org.recits.api.data.SourceFile.TableCount;
import org.recits.api.ingest.InputFile;
import org.recits.api.model.Collectivite;
import org.recits.api.model.SourceRef;

/**
 * A finding never echoes a survey tool's token, an e-mail address, a phone number, a name or what a
 * respondent wrote, wherever it landed in the row (an answer, the collectivité, the date): it still names
 * file, line and column, and shows a short label when that is all the cell holds.
 */
class PersonalValuesTest {

    @TempDir
    Path dir;

    /** What the rows below put where a label, a date or a collectivité was expected. */
    private static final List<String> NEVER_SHOWN = List.of("Zq8TokenXy3LmP9", "Ab3dE5gH7jK9mN1",
            "jean.dupont@example.org", "beaucoup aidée", "Cd4Ef6Gh8Ij0Kl2", "ecb015b0", "Marie Dupont",
            "06 12 34 56 78");

    private static final String EXPORT = "id,submitdate,token,COLL,Q1,Q2\n"
            + "1,2021-02-22 15:15:43,NQlomPer5l7Xn80,mulhouse,4,8\n"
            + "2,2021-02-22 15:15:43,Zq8TokenXy3LmP9,Zq8TokenXy3LmP9,4,8\n"
            + "3,2021-02-22 15:15:43,Ab3dE5gH7jK9mN1,mulhouse,Ab3dE5gH7jK9mN1,8\n"
            + "4,2021-02-22 15:15:43,Pq2Rs4Tu6Vw8Xy0,mulhouse,jean.dupont@example.org,8\n"
            + "5,2021-02-22 15:15:43,Lm1No3Pq5Rs7Tu9,mulhouse,\"Mme Martin m’a beaucoup aidée, merci\",8\n"
            + "6,Cd4Ef6Gh8Ij0Kl2,Cd4Ef6Gh8Ij0Kl2,mulhouse,4,8\n"
            + "7,2021-02-22 15:15:43,Wx9Yz1Ab3Cd5Ef7,mulhouse,4,ecb015b0-b1c3-44af-8445-13e218377bc9\n"
            + "8,2021-02-22 15:15:43,Gh5Ij7Kl9Mn1Op3,mulhouse,Marie Dupont,8\n"
            + "9,2021-02-22 15:15:43,Rs3Tu5Vw7Xy9Za1,mulhouse,06 12 34 56 78,8\n"
            + "10,2021-02-22 15:15:43,Bc2De4Fg6Hi8Jk0,mulhouse,7,8\n";

    private static final String MAPPING = "question,mesure,echelle,inverse,libelles\nCOLL,collectivite,,,\n"
            + "submitdate,date,,,\nQ1,qualite,likert5,,\nQ2,satisfaction,nps,,\n";

    @Test
    void noFindingShowsATokenAnAddressOrWhatARespondentWrote() throws Exception {
        Files.writeString(dir.resolve("avis.csv"), EXPORT, StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("avis.mapping.csv"), MAPPING, StandardCharsets.UTF_8);
        Dataset.Builder b = Dataset.builder();
        b.add(new Collectivite("mulhouse", "Mulhouse", "commune", null, null, null, Map.of(),
                new SourceRef("collectivites.csv", 2)));
        b.source(new SourceFile("collectivites.csv", "h", "activity", "1",
                List.of(new TableCount("collectivites", 1, 1, 0))));
        SurveyIngestor ingestor = new SurveyIngestor();
        b.source(new SourceFile("avis.csv", "h", "survey", "1",
                ingestor.ingest(InputFile.of(dir.resolve("avis.csv"), "avis.csv"), b)));
        ingestor.crossCheck(b, b.build());
        List<Finding> findings = b.build().findings();

        // each hostile row still has its finding, at its line and column
        assertThat(findings).extracting(f -> f.line() + " " + f.column()).contains("3 collectivite", "4 Q1",
                "5 Q1", "6 Q1", "7 submitdate", "8 Q2", "9 Q1", "10 Q1", "11 Q1");
        for (Finding f : findings) {
            String shown = (f.value() + " " + f.reason().fr() + " " + f.reason().en()).toLowerCase(Locale.ROOT);
            for (String personal : NEVER_SHOWN) {
                assertThat(shown).as("%s", f).doesNotContain(personal.toLowerCase(Locale.ROOT));
            }
        }
        assertThat(findings).filteredOn(f -> f.line() == 4).singleElement().satisfies(f -> {
            assertThat(f.value()).isNull();
            assertThat(f.reason().fr()).startsWith("Réponse «").contains("(texte non affiché)");
        });
        // a short label, what an unknown answer usually is, is still shown
        assertThat(findings).filteredOn(f -> f.line() == 11).singleElement()
                .satisfies(f -> assertThat(f.value()).isEqualTo("7"));
    }
}
