package org.recits.ingest.survey.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.recits.api.data.Dataset;
import org.recits.api.data.Finding;
import org.recits.api.data.SourceFile.TableCount;
import org.recits.api.ingest.InputFile;
import org.recits.api.model.Measure;

class SurveyIngestorTest {

    @TempDir
    Path dir;

    private final SurveyIngestor ingestor = new SurveyIngestor();

    private Path write(String name, String text) throws Exception {
        Path p = dir.resolve(name);
        Files.createDirectories(p.getParent());
        Files.writeString(p, text, StandardCharsets.UTF_8);
        return p;
    }

    private boolean accepts(String name) throws Exception {
        return ingestor.accepts(InputFile.of(dir.resolve(name), name));
    }

    @Test
    void acceptsExportsWithTheirMappingAndMappingsAndLongFormat() throws Exception {
        write("a.csv", "Horodateur,Q\n");
        write("b.csv", "Horodateur,Q\n");
        write("b.mapping.csv", "question,mesure\nQ,satisfaction\n");
        write("c.xlsx", "not read by accepts");
        write("C.Mapping.csv", "question,mesure\n");
        write("long.csv", "collectivite;repondant;date;question;reponse\n");
        write("sessions.csv", "collectivite,session,date_debut,jours\n");
        assertThat(ingestor.id()).isEqualTo("survey");
        assertThat(accepts("a.csv")).as("a tool's export without mapping is claimed, to say which mapping to write")
                .isTrue();
        assertThat(accepts("b.csv")).isTrue();
        assertThat(accepts("b.mapping.csv")).isTrue();
        assertThat(accepts("c.xlsx")).as("mapping name in another case").isTrue();
        assertThat(accepts("long.csv")).isTrue();
        assertThat(accepts("sessions.csv")).isFalse();
    }

    @Test
    void mappingAloneIsAWholeFileFindingAndWithItsExportNothing() throws Exception {
        write("sub/seul.mapping.csv", "question,mesure\nQ,satisfaction\n");
        write("sub/avec.mapping.csv", "question,mesure\nQ,satisfaction\n");
        write("sub/avec.csv", "Horodateur,Q\n");
        Dataset.Builder b = Dataset.builder();
        assertThat(ingestor.ingest(InputFile.of(dir.resolve("sub/avec.mapping.csv"), "sub/avec.mapping.csv"), b)).isEmpty();
        assertThat(b.build().findings()).isEmpty();
        assertThat(ingestor.ingest(InputFile.of(dir.resolve("sub/seul.mapping.csv"), "sub/seul.mapping.csv"), b)).isEmpty();
        assertThat(b.build().findings()).singleElement().satisfies(f -> {
            assertThat(f.file()).isEqualTo("sub/seul.mapping.csv");
            assertThat(f.line()).isZero();
            assertThat(f.reason().fr()).contains("Aucun export d’enquête");
        });
    }

    @Test
    void googleFormsFrenchAndFindings() throws Exception {
        write("g.csv", "Horodateur,Votre satisfaction,Commune,Vague,Quand\n"
                + "12/05/2023 10:15:32,4,Mulhouse,avant,hier\n"       // line 2: "hier" is in a column nobody mapped
                + "13/05/2023 09:00:00,,,apres,\n"                     // line 3: no collectivité
                + "14/05/2023 09:00:00,7,Mulhouse,pendant,\n");        // line 4: off scale, unknown wave
        write("g.mapping.csv", "question,mesure,echelle\nVotre satisfaction,satisfaction,likert5\n"
                + "Commune,collectivite,\nVague,vague,\nAbsente,impact,likert5\n");
        Fixtures.Run run = Fixtures.ingest(dir, "g.csv");
        // line 3 is a row rejected (no collectivité); line 4 keeps its row but its answer 7 is rejected
        assertThat(run.counts()).containsExactly(new TableCount("g", 3, 2, 1, 1));
        assertThat(run.answers()).singleElement().satisfies(a -> {
            assertThat(a.score()).isEqualTo(4.0);
            assertThat(a.respondent()).isNull();
            assertThat(a.date()).isEqualTo(LocalDate.of(2023, 5, 12)); // day first: Horodateur
            assertThat(a.measure()).isEqualTo(Measure.SATISFACTION);
        });
        assertThat(run.findings()).extracting(Finding::file, Finding::line, Finding::column, Finding::severity)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("g.csv", 3L, "Commune", Finding.Severity.REJECTED),
                        org.assertj.core.groups.Tuple.tuple("g.csv", 4L, "Vague", Finding.Severity.WARNING),
                        org.assertj.core.groups.Tuple.tuple("g.csv", 4L, "Votre satisfaction", Finding.Severity.REJECTED),
                        org.assertj.core.groups.Tuple.tuple("g.mapping.csv", 5L, "question", Finding.Severity.WARNING));
    }

    /**
     * An export big enough to be parsed in blocks on two threads, whose cells are then scored there with a
     * memo per thread: every answer and every finding as the rows say, in file order.
     */
    @Test
    void aBigExportIsScoredOnTheParsingThreadsInFileOrder() throws Exception {
        String[] communes = {"Mulhouse", "Colmar", "Metz", ""};
        StringBuilder b = new StringBuilder("Horodateur,Commune,Q1,Q2,Q3,Q4,Q5\n");
        int rows = 130_000;
        for (int i = 0; i < rows; i++) {
            int day = 1 + i % 28;
            b.append(day < 10 ? "0" : "").append(day).append("/05/2023 10:15:32,").append(communes[i % communes.length]);
            for (int q = 0; q < 5; q++) {
                b.append(',').append(1 + (i * 3 + q) % 7); // 6 and 7 are off the scale
            }
            b.append('\n');
        }
        write("big.csv", b.toString());
        // lib-tabular parses files of 4 MiB and more in blocks, on two threads (CsvTable.READ_AHEAD_BYTES)
        assertThat(Files.size(dir.resolve("big.csv"))).isGreaterThan(4L << 20);
        write("big.mapping.csv", "question,mesure,echelle\nQ1,impact,likert5\nQ2,impact,likert5\nQ3,qualite,likert5\n"
                + "Q4,democratie,likert5\nQ5,satisfaction,likert5\nCommune,collectivite,\n");
        Fixtures.Run run = Fixtures.ingest(dir, "big.csv");

        java.util.List<String> answers = new java.util.ArrayList<>();
        java.util.List<String> findings = new java.util.ArrayList<>();
        for (int i = 0; i < rows; i++) {
            long line = i + 2;
            String commune = communes[i % communes.length];
            if (commune.isEmpty()) {
                findings.add(line + " Commune");
                continue;
            }
            for (int q = 0; q < 5; q++) {
                int v = 1 + (i * 3 + q) % 7;
                if (v <= 5) {
                    answers.add(commune.toLowerCase(java.util.Locale.ROOT) + " " + line + " Q" + (q + 1) + " " + (double) v);
                } else {
                    findings.add(line + " Q" + (q + 1));
                }
            }
        }
        // The dataset groups answers by collectivité, each in file order.
        java.util.Map<String, java.util.List<String>> byCommune = new java.util.LinkedHashMap<>();
        for (String a : answers) {
            byCommune.computeIfAbsent(a.substring(0, a.indexOf(' ')), k -> new java.util.ArrayList<>()).add(a);
        }
        java.util.List<String> expected = byCommune.values().stream().flatMap(java.util.List::stream).toList();
        // Compared as whole lists (equals): AssertJ's element-wise comparison of 300 000 texts took seconds.
        assertThat(run.answers().stream().map(a -> a.collectivite() + " " + a.source().line() + " " + a.question()
                + " " + a.score()).toList()).isEqualTo(expected);
        assertThat(run.findings().stream().map(f -> f.line() + " " + f.column()).toList()).isEqualTo(findings);
        assertThat(run.answers().get(0).date()).isEqualTo(LocalDate.of(2023, 5, 1));
        assertThat(run.counts()).containsExactly(new TableCount("big", rows, rows - rows / 4, rows / 4,
                findings.size() - rows / 4)); // the findings that are not a row without commune are answers
    }

    @Test
    void unreadableDateIsAWarningAndTheAnswerKeepsNoDate() throws Exception {
        write("g.csv", "Timestamp,Q\nyesterday,3\n5/12/2023 10:15:32,2\n");
        write("g.mapping.csv", "question,mesure\nQ,impact\n*,collectivite\n");
        // the collectivité constant above has no value: a warning on the mapping, then every row rejected
        Fixtures.Run run = Fixtures.ingest(dir, "g.csv");
        assertThat(run.counts()).containsExactly(new TableCount("g", 2, 0, 2));
        write("g.mapping.csv", "question,mesure,echelle,inverse,libelles\nQ,impact,,,\n*,collectivite,,,colmar\n");
        run = Fixtures.ingest(dir, "g.csv");
        assertThat(run.counts()).containsExactly(new TableCount("g", 2, 2, 0));
        assertThat(run.at("Q", 2).date()).isNull();
        assertThat(run.at("Q", 3).date()).isEqualTo(LocalDate.of(2023, 5, 12)); // month first: Timestamp
        assertThat(run.findings()).hasSize(2).first().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Finding.Severity.WARNING);
            assertThat(f.value()).isEqualTo("yesterday");
            assertThat(f.column()).isEqualTo("Timestamp");
        });
        // and the order read for 5/12/2023, which nothing in the column settles, is said once
        assertThat(run.findings().get(1).reason().fr()).contains("mois/jour").contains("Google Forms");
    }

    @Test
    void longFormatWithoutMappingReadsQuestionsNamedAfterMeasures() throws Exception {
        write("reponses.csv", "collectivite,repondant,date,question,reponse\n"
                + "mulhouse,r1,2024-01-30,satisfaction:accueil,4\n"
                + "mulhouse,r1,30/01/2024,capacitation,\n"     // empty: no answer, no finding
                + "mulhouse,r2,,age,42\n"                        // not a measure: said once
                + "mulhouse,r2,,age,43\n"
                + ",r3,,impact,3\n"                              // no collectivité
                + "mulhouse,r3,,impact,9\n");                    // off scale
        Fixtures.Run run = Fixtures.ingest(dir, "reponses.csv");
        assertThat(run.counts()).containsExactly(new TableCount("reponses", 6, 4, 2));
        assertThat(run.answers()).singleElement().satisfies(a -> {
            assertThat(a.question()).isEqualTo("satisfaction:accueil");
            assertThat(a.respondent()).isEqualTo("r1");
            assertThat(a.score()).isEqualTo(4.0);
            assertThat(a.date()).isEqualTo(LocalDate.of(2024, 1, 30));
        });
        assertThat(run.findings()).extracting(Finding::line, Finding::severity).containsExactly(
                org.assertj.core.groups.Tuple.tuple(4L, Finding.Severity.WARNING),
                org.assertj.core.groups.Tuple.tuple(6L, Finding.Severity.REJECTED),
                org.assertj.core.groups.Tuple.tuple(7L, Finding.Severity.REJECTED));
    }

    @Test
    void longFormatWithMapping() throws Exception {
        write("l.csv", "collectivite,repondant,date,question,reponse,vague\n"
                + "mulhouse,r1,2024-01-30,Q1,Plutôt d’accord,apres\n");
        write("l.mapping.csv", "question,mesure,echelle,inverse,libelles\n"
                + "Q1,qualite,likert4,oui,Pas du tout d'accord=1|Plutôt d'accord=3\nQ2,impact,,,\n");
        Fixtures.Run run = Fixtures.ingest(dir, "l.csv");
        // "Plutôt d’accord" = 3 on likert4: 1 + 2 × 4/3 = 3.667, reversed 2.333
        assertThat(run.at("Q1", 2).score()).isCloseTo(6 - (1 + 8.0 / 3), org.assertj.core.api.Assertions.within(1e-9));
        assertThat(run.at("Q1", 2).wave()).isEqualTo(org.recits.api.model.Wave.APRES);
        assertThat(run.findings()).singleElement().satisfies(f -> assertThat(f.value()).isEqualTo("Q2"));
    }
}
