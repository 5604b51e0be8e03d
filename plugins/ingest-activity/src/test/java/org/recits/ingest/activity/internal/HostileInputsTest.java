package org.recits.ingest.activity.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.recits.api.data.Dataset;
import org.recits.api.data.SourceFile;

/** Inputs that lose or garble data without a word unless the reader looks for them (issue 17). */
class HostileInputsTest {
    @TempDir
    Path dir;

    /** 3 000 presences, the 80th with a quote typed at the start of its participant and never closed. */
    private static String presences(int rows, int strayAt) {
        StringBuilder s = new StringBuilder("collectivite;session;participant\n");
        for (int i = 1; i <= rows; i++) {
            s.append("mulhouse;S1;").append(i == strayAt ? "\"" : "").append('p').append(i).append('\n');
        }
        return s.toString();
    }

    @Test
    void aStrayQuoteRejectsEveryRowItSwallowsAndSaysWhere() throws IOException {
        StringBuilder participants = new StringBuilder("collectivite;participant;role\n");
        for (int i = 1; i <= 3000; i++) {
            participants.append("mulhouse;p").append(i).append(";referent\n");
        }
        Lab lab = new Lab(dir).file("presences.csv", presences(3000, 80))
                .file("participants.csv", participants.toString())
                .file("sessions.csv", "collectivite;session;date_debut;jours\nmulhouse;S1;30/01/2020;1\n");
        Dataset d = lab.read();
        // rows 1 to 79 kept; row 80 (line 81) and the 2 920 rows it swallowed rejected: read = kept + rejected
        assertThat(lab.counts.get("presences.csv")).containsExactly(new SourceFile.TableCount("presences", 3000, 79, 2921));
        assertThat(Lab.describe(Lab.rejected(d))).containsExactly("presences.csv:81 [participant=null] guillemet "
                + "«\u00a0\"\u00a0» ouvert ligne\u00a081 et refermé seulement ligne\u00a03001 (ou jamais)\u00a0: les lignes "
                + "suivantes sont lues comme le texte d’une seule cellule. Cette ligne et les 2\u202f920\u00a0lignes qu’elle "
                + "avale sont rejetées. Retirez ce guillemet, ou doublez-le («\u00a0\"\"\u00a0»).");
    }

    @Test
    void oneWindows1252RowInUtf8VerbatimsKeepsEveryOtherAccentAndIsNamed() throws IOException {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        out.writeBytes("collectivite;texte;consentement\n".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        for (int i = 1; i <= 30; i++) {
            out.writeBytes(("mulhouse;On a appris dès le début, séance " + i + ";oui\n")
                    .getBytes(i == 12 ? java.nio.charset.Charset.forName("windows-1252") : java.nio.charset.StandardCharsets.UTF_8));
        }
        Dataset d = new Lab(dir).bytes("verbatims.csv", out.toByteArray()).read();
        assertThat(d.quotes(org.recits.api.model.Scope.programme())).hasSize(30)
                .allSatisfy(q -> assertThat(q.texte()).startsWith("On a appris dès le début, séance "));
        assertThat(Lab.describe(Lab.warnings(d))).contains("verbatims.csv:13 [null=null] fichier en UTF-8 dont une ligne "
                + "n’est pas en UTF-8 (ligne\u00a013)\u00a0: elle est lue en Windows-1252, le reste du fichier en UTF-8. "
                + "Vérifiez ses accents, et enregistrez le fichier entier en UTF-8.");
    }
}
