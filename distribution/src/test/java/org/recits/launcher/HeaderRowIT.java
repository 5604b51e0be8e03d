package org.recits.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A title above a table's header, as a labo lead's hand-made sheet has: {@code recits check} and
 * {@code recits report} run with the start script on the shipped sample data, once with a title above
 * participants.csv's header, once with no header at all. The sample read as shipped is the reference:
 * a title changes no count; a missing header is one finding, its cascade one more, and every count agrees.
 */
class HeaderRowIT {

    @TempDir
    static Path work;

    static Distribution.Run reference;

    @BeforeAll
    static void checkTheSampleAsShipped() throws Exception {
        reference = check(copyOfDemo("reference"));
        assertThat(reference.code()).as(reference.err()).isZero();
    }

    @Test
    void aTitleAboveTheHeaderChangesNoCountAndIsSaidOnce() throws Exception {
        Path data = copyOfDemo("title");
        Path participants = data.resolve("participants.csv");
        List<String> lines = Files.readAllLines(participants, StandardCharsets.UTF_8);
        lines.set(0, lines.get(0).replace("\uFEFF", ""));
        lines.add(0, "Liste des participants du programme");
        Files.write(participants, lines, StandardCharsets.UTF_8);

        Distribution.Run check = check(data);
        assertThat(check.code()).as(check.err()).isZero();
        assertThat(check.out()).contains("avertissement ligne 2, valeur «\u00a0Liste des participants du programme\u00a0»\u00a0: "
                + "en-tête trouvé ligne\u00A02, sous un titre\u00A0: la ligne\u00A01 n’est pas lue");
        for (String file : List.of("participants.csv", "presences.csv", "meteo.csv")) {
            assertThat(countsOf(check.out(), file)).isEqualTo(countsOf(reference.out(), file));
        }
        assertThat(withoutWarnings(summary(check.out()))).isEqualTo(withoutWarnings(summary(reference.out())));
        // the real line of a rejected row is the file's own: one more than in the sample, where the title is not
        assertThat(lineOf(check.out(), "stagiaire")).isEqualTo(lineOf(reference.out(), "stagiaire") + 1);

        Distribution.Run report = Distribution.script(Distribution.folder(), work, "report", "--data", data.toString(),
                "--period", "2021-T1", "--out", work.resolve("title-out").toString());
        assertThat(report.code()).as(report.err()).isZero();
        Matcher rejected = Pattern.compile("retenues, (.+) rejetées").matcher(summary(reference.out()));
        assertThat(rejected.find()).isTrue();
        assertThat(report.out()).contains("lignes retenues, " + rejected.group(1) + " lignes rejetées (voir «\u00a0Qualité des données\u00a0»)");
    }

    @Test
    void noHeaderIsOneFindingItsCascadeOneMoreAndTheCountsAgree() throws Exception {
        Path data = copyOfDemo("noheader");
        Path participants = data.resolve("participants.csv");
        List<String> lines = Files.readAllLines(participants, StandardCharsets.UTF_8);
        lines.set(0, "Participants 2021");
        Files.write(participants, lines, StandardCharsets.UTF_8);
        long rows = lines.stream().skip(1).filter(l -> !l.isBlank()).count();

        Distribution.Run check = check(data);
        assertThat(check.code()).as(check.err()).isZero();
        String out = check.out();
        assertThat(out).contains("participants.csv\u00a0: 1 constat de rejet, aucun avertissement\n"
                + "  rejetée\u00a0: en-tête introuvable dans les 10\u00A0premières lignes\u00A0: colonnes attendues "
                + "collectivite, participant, role\u00A0; les " + french(rows) + "\u00A0lignes du fichier sont rejetées");
        assertThat(out).contains("presences.csv\u00a0: 1 constat de rejet, aucun avertissement\n  rejetée ligne 2, "
                + "colonne «\u00a0participant\u00a0»\u00a0: ");
        assertThat(out).contains("lignes rejetées d’un coup\u00A0: aucun participant n’a pu être lu dans participants.csv");
        assertThat(out).doesNotContain("participant inconnu");
        long[] participantsCounts = countsOf(out, "participants.csv");
        assertThat(participantsCounts).containsExactly(rows, 0, rows);
        long[] presences = countsOf(out, "presences.csv");
        assertThat(presences[1]).isZero();
        assertThat(presences[2]).isEqualTo(presences[0]);
        // the summary adds up the files' counts, rows and findings named apart
        long read = 0;
        long kept = 0;
        long rejected = 0;
        Matcher m = Pattern.compile("(?m)^.* — (?:aucune ligne lue|(\\S+) lignes? lues?), (\\S+) retenues?, (\\S+) rejetées?")
                .matcher(out);
        while (m.find()) {
            read += m.group(1) == null ? 0 : number(m.group(1));
            kept += number(m.group(2));
            rejected += number(m.group(3));
        }
        assertThat(read).isEqualTo(kept + rejected);
        assertThat(summary(out)).startsWith("Lignes\u00A0: " + french(read) + " lues, " + french(kept) + " retenues, "
                + french(rejected) + " rejetées\u202F; ");

        Distribution.Run strict = Distribution.script(Distribution.folder(), work, "check", "--data", data.toString(),
                "--strict");
        assertThat(strict.code()).isEqualTo(3);
        assertThat(strict.err()).contains("Mode strict\u00A0: ").contains("(" + french(rejected) + " lignes rejetées)");

        Distribution.Run report = Distribution.script(Distribution.folder(), work, "report", "--data", data.toString(),
                "--period", "2021-T1", "--out", work.resolve("noheader-out").toString());
        assertThat(report.code()).as(report.err()).isZero();
        assertThat(report.out()).contains(french(kept) + " lignes retenues, " + french(rejected)
                + " lignes rejetées (voir «\u00a0Qualité des données\u00a0»)");
    }

    private static Distribution.Run check(Path data) throws IOException, InterruptedException {
        return Distribution.script(Distribution.folder(), work, "check", "--data", data.toString());
    }

    private static Path copyOfDemo(String name) throws IOException {
        return Distribution.demoCopy(work, name);
    }

    /** Read, kept, rejected from a file's line of {@code check}. */
    private static long[] countsOf(String out, String file) {
        Matcher m = Pattern.compile("(?m)^" + Pattern.quote(file)
                + "\u00a0: .* — (?:aucune ligne lue|(\\S+) lignes? lues?), (\\S+) retenues?, (\\S+) rejetées?").matcher(out);
        assertThat(m.find()).as(file + " in\n" + out).isTrue();
        return new long[] {m.group(1) == null ? 0 : number(m.group(1)), number(m.group(2)), number(m.group(3))};
    }

    private static String summary(String out) {
        return out.lines().filter(l -> l.startsWith("Lignes\u00A0: ")).findFirst().orElseThrow();
    }

    /** The summary up to its warnings: a title is one warning more, nothing else. */
    private static String withoutWarnings(String summary) {
        return summary.substring(0, summary.lastIndexOf(", "));
    }

    private static long lineOf(String out, String value) {
        Matcher m = Pattern.compile("rejetée ligne (\\d+), colonne «\u00a0[^»]+\u00a0», valeur «\u00a0" + value + "\u00a0»").matcher(out);
        assertThat(m.find()).as(value + " in\n" + out).isTrue();
        return Long.parseLong(m.group(1));
    }

    private static long number(String french) {
        return Long.parseLong(french.replaceAll("[\\s\u00A0\u202F]", ""));
    }

    private static String french(long n) {
        return java.text.NumberFormat.getIntegerInstance(java.util.Locale.FRENCH).format(n);
    }
}
