package org.recits.tools.generator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.recits.tools.generator.internal.CsvOut;

class SampleGeneratorTest {

    static final String[] ACTIVITY_FILES = {"collectivites.csv", "participants.csv", "sessions.csv", "presences.csv",
            "cas.csv", "financements.csv", "verbatims.csv", "meteo.csv"};

    /** The required (bold) columns of docs/format.md, file by file. */
    static final Map<String, List<String>> REQUIRED = Map.of(
            "collectivites.csv", List.of("collectivite", "nom"),
            "participants.csv", List.of("collectivite", "participant", "role"),
            "sessions.csv", List.of("collectivite", "session", "date_debut", "jours"),
            "presences.csv", List.of("collectivite", "session", "participant"),
            "cas.csv", List.of("collectivite", "cas", "titre"),
            "financements.csv", List.of("collectivite", "financeur", "type", "montant_eur"),
            "verbatims.csv", List.of("collectivite", "texte"),
            "meteo.csv", List.of("collectivite", "session", "meteo"));

    /**
     * The deliberate dirty rows the README lists, as this test's own validator reports them; the unreadable date
     * names the year after belrive's start: 2020 in the demo's calendar, 2017 in the programme's own.
     */
    static List<String> dirty(int year) {
        return List.of(
                "financements.csv region-garonne montant_eur 'à préciser': not a number",
                "participants.csv belrive belrive-stg1 role 'stagiaire': unknown role",
                "presences.csv cu-dunes S03 participant 'cu-dunes-a99': unknown participant",
                "sessions.csv belrive V-PE date_debut 'mi-mars " + year + "': unreadable date");
    }

    static final DateTimeFormatter FR = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    @TempDir
    static Path tmp;
    static Path demo;
    static Map<String, Table> tables = new HashMap<>();

    @BeforeAll
    static void generate() throws IOException {
        demo = tmp.resolve("demo");
        assertThat(SampleGenerator.run("--out", demo.toString())).isZero();
        for (String f : ACTIVITY_FILES) {
            tables.put(f, Table.read(demo.resolve(f)));
        }
    }

    static List<Map<String, String>> rows(String file) {
        return tables.get(file).rows();
    }

    // ---------------------------------------------------------------- determinism

    @Test
    void rerunWithTheSameArgumentsGivesByteIdenticalFiles() throws IOException {
        Path again = tmp.resolve("again");
        assertThat(SampleGenerator.run("--out", again.toString(), "--seed", "27")).isZero();
        Map<String, byte[]> a = contents(demo);
        Map<String, byte[]> b = contents(again);
        assertThat(b.keySet()).isEqualTo(a.keySet());
        assertThat(a).hasSizeGreaterThanOrEqualTo(17); // 8 activity files, 4 exports, 4 mappings, LISEZMOI.md
        a.forEach((name, bytes) -> assertThat(b.get(name)).as(name).isEqualTo(bytes));
    }

    @Test
    void anotherSeedGivesOtherData() throws IOException {
        Path other = tmp.resolve("other-seed");
        assertThat(SampleGenerator.run("--out", other.toString(), "--seed", "28")).isZero();
        assertThat(Files.readAllBytes(other.resolve("presences.csv")))
                .isNotEqualTo(Files.readAllBytes(demo.resolve("presences.csv")));
    }

    static Map<String, byte[]> contents(Path root) throws IOException {
        Map<String, byte[]> out = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.filter(Files::isRegularFile).toList()) {
                out.put(root.relativize(p).toString(), Files.readAllBytes(p));
            }
        }
        return out;
    }

    // ---------------------------------------------------------------- the input contract's shape

    @Test
    void everyFileHasTheRequiredColumnsAfterHeaderNormalisation() {
        REQUIRED.forEach((file, cols) -> assertThat(tables.get(file).header()).as(file).containsAll(cols));
        // The accented, capitalised headers really are in the file (what header matching must absorb).
        assertThat(tables.get("sessions.csv").header()).contains("travail_labo");
    }

    @Test
    void valuesFollowTheVocabularies() {
        assertIn("collectivites.csv", "type", Set.of("commune", "epci", "metropole", "departement", "region", "etablissement", "autre"));
        assertIn("collectivites.csv", "programme", Set.of("transfo", "post-transfo", "autre"));
        assertIn("participants.csv", "categorie", Set.of("", "A", "B", "C", "contractuel"));
        assertIn("sessions.csv", "type", Set.of("session", "intertransfo", "atelier-collectif", "visio", "immersion"));
        assertIn("sessions.csv", "travail_labo", Set.of("oui", "non"));
        assertIn("cas.csv", "statut", Set.of("propose", "retenu", "en-cours", "termine", "abandonne"));
        for (String grid : List.of("pertinence", "faisabilite", "coherence")) {
            assertIn("cas.csv", grid, Set.of("vert", "orange", "rouge"));
        }
        assertIn("financements.csv", "type", Set.of("collectivite", "partenaire", "fondation", "etat", "europe", "autre"));
        assertIn("verbatims.csv", "valeur", Set.of("democratie", "qualite", "impact", "productivite", "capacitation"));
        assertIn("verbatims.csv", "consentement", Set.of("oui", "non"));
        assertIn("verbatims.csv", "role", ROLES);
        assertIn("meteo.csv", "meteo", Set.of("1", "2", "3", "4", "5", "soleil", "eclaircie", "nuageux", "pluie", "orage"));
        Set<String> methods = Set.of("immersion", "entretien", "observation", "reportage-photo", "prototypage", "maquette",
                "synthese-creative", "scenarisation", "co-conception", "enquete-ciblee", "atelier-creatif", "jeu-de-role",
                "chapeaux-de-bono", "test-usagers", "restitution");
        for (Map<String, String> c : rows("cas.csv")) {
            List<String> m = List.of(c.get("methodes").split("\\|"));
            assertThat(m).hasSizeBetween(2, 5);
            assertThat(methods).containsAll(m);
        }
        // Every kind of status and of type appears somewhere in the programme.
        assertThat(values("cas.csv", "statut")).hasSize(5);
        assertThat(values("collectivites.csv", "type")).containsAll(
                Set.of("commune", "epci", "metropole", "departement", "region", "etablissement"));
        assertThat(values("financements.csv", "type")).containsAll(Set.of("collectivite", "partenaire", "fondation", "etat", "europe"));
        assertThat(values("verbatims.csv", "consentement")).containsExactlyInAnyOrder("oui", "non");
    }

    static final Set<String> ROLES = Set.of("ambassadeur", "resident", "referent", "coordinateur", "elu", "relais",
            "partenaire", "usager");

    static void assertIn(String file, String column, Set<String> allowed) {
        assertThat(values(file, column)).as(file + " " + column).isSubsetOf(allowed);
    }

    static Set<String> values(String file, String column) {
        return rows(file).stream().map(r -> r.get(column)).collect(Collectors.toCollection(TreeSet::new));
    }

    @Test
    void frenchWayFilesAreWindows1252WithSemicolonsFrenchDatesAndDecimalCommas() throws IOException {
        for (String f : List.of("sessions.csv", "presences.csv", "financements.csv")) {
            Table t = tables.get(f);
            assertThat(t.separator()).as(f).isEqualTo(';');
            assertThat(t.bom()).as(f).isFalse();
            assertThat(new String(Files.readAllBytes(demo.resolve(f)), Table.CP1252)).as(f).contains("\r\n");
        }
        // "é" is the single byte 0xE9 in Windows-1252, which strict UTF-8 refuses.
        byte[] sessions = Files.readAllBytes(demo.resolve("sessions.csv"));
        assertThat(indexOf(sessions, new byte[] {'D', 'a', 't', 'e', ' ', 'd', (byte) 0xE9, 'b', 'u', 't'})).isNotNegative();
        assertThatThrownBy(() -> StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .decode(ByteBuffer.wrap(sessions))).isInstanceOf(CharacterCodingException.class);
        assertThat(tables.get("sessions.csv").charset()).isEqualTo(Table.CP1252);
        assertThat(tables.get("financements.csv").charset()).isEqualTo(Table.CP1252);
        // Dates dd/mm/yyyy (the one unreadable date aside), decimals with a comma and never a point.
        assertThat(rows("sessions.csv")).filteredOn(r -> !r.get("date_debut").matches("\\d\\d/\\d\\d/\\d{4}"))
                .extracting(r -> r.get("date_debut")).containsExactly("mi-mars 2020");
        assertThat(values("sessions.csv", "jours")).contains("2,5").noneMatch(v -> v.contains("."));
        assertThat(values("presences.csv", "jours_presents")).contains("", "1,5").noneMatch(v -> v.contains("."));
        assertThat(values("financements.csv", "montant_eur")).anyMatch(v -> v.matches("\\d+,\\d\\d"))
                .noneMatch(v -> v.contains("."));
        assertThat(values("financements.csv", "date")).allMatch(v -> v.matches("\\d\\d/\\d\\d/\\d{4}"));
        // The others: UTF-8, comma, ISO dates, participants.csv with a BOM.
        for (String f : List.of("collectivites.csv", "participants.csv", "cas.csv", "verbatims.csv", "meteo.csv")) {
            assertThat(tables.get(f).charset()).as(f).isEqualTo(StandardCharsets.UTF_8);
            assertThat(tables.get(f).separator()).as(f).isEqualTo(',');
            assertThat(tables.get(f).bom()).as(f).isEqualTo(f.equals("participants.csv"));
        }
        assertThat(values("collectivites.csv", "date_debut")).allMatch(v -> v.matches("\\d{4}-\\d\\d-\\d\\d"));
    }

    @Test
    void windows1252FilesRefuseCharactersTheyCannotHold() throws IOException {
        try (CsvOut out = new CsvOut(tmp.resolve("x.csv"), CsvOut.Dialect.CP1252_SEMICOLON, "a")) {
            assertThatThrownBy(() -> {
                out.row("≥ 80 %");
                out.close();
            }).isInstanceOf(CharacterCodingException.class);
        }
    }

    static int indexOf(byte[] hay, byte[] needle) {
        outer:
        for (int i = 0; i + needle.length <= hay.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (hay[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    // ---------------------------------------------------------------- dirty rows

    @Test
    void theDirtyRowsAreExactlyThoseTheReadmeLists() {
        assertThat(problems(tables)).containsExactlyElementsOf(dirty(2020));
    }

    @Test
    void theDirtyRowsSitOnTheLinesTheReadmeGives() throws IOException {
        assertThat(line("sessions.csv", Table.CP1252, 22)).startsWith("belrive;V-PE;mi-mars 2020;");
        assertThat(line("presences.csv", Table.CP1252, 336)).isEqualTo("cu-dunes;S03;cu-dunes-a99;2");
        assertThat(line("financements.csv", Table.CP1252, 26)).startsWith("region-garonne;").contains(";à préciser;");
        assertThat(line("participants.csv", StandardCharsets.UTF_8, 34)).startsWith("belrive,belrive-stg1,stagiaire,");
    }

    static String line(String file, java.nio.charset.Charset cs, int number) throws IOException {
        return Files.readAllLines(demo.resolve(file), cs).get(number - 1);
    }

    @Test
    void scaleTwoDoublesTheCollectivitesAndKeepsTheSameDirtyRows() throws IOException {
        Path big = tmp.resolve("scale2");
        assertThat(SampleGenerator.run("--out", big.toString(), "--scale", "2")).isZero();
        Map<String, Table> t = new HashMap<>();
        for (String f : ACTIVITY_FILES) {
            t.put(f, Table.read(big.resolve(f)));
        }
        List<String> ids = t.get("collectivites.csv").rows().stream().map(r -> r.get("collectivite")).toList();
        assertThat(ids).hasSize(20).doesNotHaveDuplicates().contains("belrive", "belrive-2", "armor-loire-2");
        assertThat(problems(t)).containsExactlyElementsOf(dirty(2017));
        // The first ten are the scale-1 collectivités in the programme's own calendar, drawn from the same streams.
        Path staggered = tmp.resolve("staggered");
        assertThat(SampleGenerator.run("--out", staggered.toString(), "--staggered")).isZero();
        assertThat(Files.readString(big.resolve("collectivites.csv")))
                .startsWith(Files.readString(staggered.resolve("collectivites.csv")));
        // Respondents of the one-collectivité user test are multiplied too: 12 × 2.
        assertThat(Table.read(big.resolve("enquetes").resolve(
                "Test_prototype_Belrive_-_all_versions_-_labels_-_2017-07-03-16-40-02.csv")).rows()).hasSize(24);
    }

    @Test
    void badScaleOrMissingOutIsAUsageError() {
        assertThat(SampleGenerator.run("--seed", "1")).isEqualTo(2);
        assertThat(SampleGenerator.run("--out", tmp.resolve("z").toString(), "--scale", "0")).isEqualTo(2);
    }

    /** An independent validator: the rules a reader of docs/format.md applies, as "file collectivité key column 'value': reason". */
    static List<String> problems(Map<String, Table> t) {
        List<String> out = new ArrayList<>();
        Set<String> people = new HashSet<>();
        for (Map<String, String> p : t.get("participants.csv").rows()) {
            if (!ROLES.contains(p.get("role"))) {
                out.add("participants.csv %s %s role '%s': unknown role".formatted(p.get("collectivite"), p.get("participant"), p.get("role")));
            } else {
                people.add(p.get("collectivite") + "/" + p.get("participant"));
            }
            checkIso(out, "participants.csv", p, "date_entree", "date_sortie");
        }
        Set<String> sessions = new HashSet<>();
        Map<String, Set<String>> cases = new HashMap<>();
        for (Map<String, String> c : t.get("cas.csv").rows()) {
            cases.computeIfAbsent(c.get("collectivite"), k -> new HashSet<>()).add(c.get("cas"));
            checkIso(out, "cas.csv", c, "date_debut", "date_fin");
        }
        for (Map<String, String> s : t.get("sessions.csv").rows()) {
            String key = s.get("collectivite") + "/" + s.get("session");
            try {
                LocalDate.parse(s.get("date_debut"), FR);
                sessions.add(key);
            } catch (DateTimeParseException e) {
                out.add("sessions.csv %s %s date_debut '%s': unreadable date".formatted(s.get("collectivite"), s.get("session"), s.get("date_debut")));
            }
            if (!s.get("cas").isEmpty()) {
                for (String c : s.get("cas").split("\\|")) {
                    if (!cases.getOrDefault(s.get("collectivite"), Set.of()).contains(c)) {
                        out.add("sessions.csv " + key + " unknown case " + c);
                    }
                }
            }
            number(out, "sessions.csv " + key, s.get("jours"));
        }
        for (Map<String, String> p : t.get("presences.csv").rows()) {
            if (!sessions.contains(p.get("collectivite") + "/" + p.get("session"))) {
                out.add("presences.csv unknown session " + p.get("session"));
            }
            if (!people.contains(p.get("collectivite") + "/" + p.get("participant"))) {
                out.add("presences.csv %s %s participant '%s': unknown participant".formatted(p.get("collectivite"), p.get("session"), p.get("participant")));
            }
            if (!p.get("jours_presents").isEmpty()) {
                number(out, "presences.csv", p.get("jours_presents"));
            }
        }
        for (Map<String, String> f : t.get("financements.csv").rows()) {
            try {
                Double.parseDouble(f.get("montant_eur").replace(',', '.'));
            } catch (NumberFormatException e) {
                out.add("financements.csv %s montant_eur '%s': not a number".formatted(f.get("collectivite"), f.get("montant_eur")));
            }
        }
        for (Map<String, String> m : t.get("meteo.csv").rows()) {
            if (!sessions.contains(m.get("collectivite") + "/" + m.get("session"))
                    || !m.get("participant").isEmpty() && !people.contains(m.get("collectivite") + "/" + m.get("participant"))) {
                out.add("meteo.csv unknown reference " + m);
            }
        }
        for (Map<String, String> v : t.get("verbatims.csv").rows()) {
            if (!sessions.contains(v.get("collectivite") + "/" + v.get("session"))
                    || !v.get("cas").isEmpty() && !cases.get(v.get("collectivite")).contains(v.get("cas"))) {
                out.add("verbatims.csv unknown reference " + v);
            }
            checkIso(out, "verbatims.csv", v, "date");
        }
        for (Map<String, String> c : t.get("collectivites.csv").rows()) {
            checkIso(out, "collectivites.csv", c, "date_debut", "date_fin");
        }
        out.sort(null);
        return out;
    }

    static void checkIso(List<String> out, String file, Map<String, String> row, String... columns) {
        for (String c : columns) {
            String v = row.get(c);
            if (!v.isEmpty()) {
                try {
                    LocalDate.parse(v);
                } catch (DateTimeParseException e) {
                    out.add(file + " " + c + " '" + v + "': unreadable date");
                }
            }
        }
    }

    static void number(List<String> out, String where, String v) {
        try {
            Double.parseDouble(v.replace(',', '.'));
        } catch (NumberFormatException e) {
            out.add(where + " '" + v + "': not a number");
        }
    }

    // ---------------------------------------------------------------- LISEZMOI

    @Test
    void theFolderSaysItIsFictitious() throws IOException {
        assertThat(Files.readString(demo.resolve("LISEZMOI.md"))).contains("fictifs", "généré");
    }
}
