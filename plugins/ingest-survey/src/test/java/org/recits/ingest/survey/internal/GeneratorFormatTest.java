package org.recits.ingest.survey.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.recits.api.data.Finding;
import org.recits.api.data.SourceFile.TableCount;
import org.recits.api.model.Measure;
import org.recits.api.model.SurveyAnswer;
import org.recits.api.model.Wave;

/**
 * Small files in the exact shape tools/sample-generator writes (SurveyWriter, CsvOut dialects LIMESURVEY
 * and KOBO): BOM, CRLF, every field quoted, A1…A5 codes, a wave constant, a newline inside a comment;
 * KoBo with ';', group paths, _uuid, _submission_time, a {@code today} date column and label answers.
 */
class GeneratorFormatTest {

    @TempDir
    Path dir;

    @Test
    void limeSurveyWithCodesAndWaveConstant() throws Exception {
        String name = "enquetes/results-survey472913-apres.csv";
        Fixtures.copyResource("/generator/results-survey472913-apres.csv", dir.resolve(name));
        Fixtures.copyResource("/generator/results-survey472913-apres.mapping.csv",
                dir.resolve("enquetes/results-survey472913-apres.mapping.csv"));
        assertThat(Fixtures.tool(dir, name)).isEqualTo(Tool.LIMESURVEY);
        Fixtures.Run run = Fixtures.ingest(dir, name);

        // 4 respondents; the 4th has no collectivité
        // 4 respondents; the 4th has no collectivité; every other rejection is one answer of a kept row
        assertThat(run.counts()).containsExactly(new TableCount("enquetes/results-survey472913-apres", 4, 3, 1,
                run.rejectedFindings() - 1));
        // line 2 (token tok123): A4 = 4; SQ006 A2 = 2 reversed 6 − 2 = 4; nps 9 → 1 + 9 × 0.4 = 4.6; PROD1 3
        SurveyAnswer a = run.at("CAP1[SQ001]", 2);
        assertThat(a.score()).isEqualTo(4.0);
        assertThat(a.raw()).isEqualTo("A4");
        assertThat(a.respondent()).isEqualTo("tok123");
        assertThat(a.wave()).isEqualTo(Wave.APRES);
        assertThat(a.date()).isEqualTo(LocalDate.of(2024, 3, 2));
        assertThat(a.collectivite()).isEqualTo("mulhouse");
        assertThat(a.measure()).isEqualTo(Measure.CAPACITATION);
        assertThat(run.at("CAP1[SQ006]", 2).score()).isEqualTo(4.0);
        assertThat(run.at("SAT2", 2).score()).isCloseTo(4.6, within(1e-9));
        assertThat(run.at("PROD1", 2).score()).isEqualTo(3.0);
        // the comment's newline makes record 2 start on line 4; no token: the response id
        assertThat(run.at("CAP1[SQ001]", 4).respondent()).isEqualTo("2");
        assertThat(run.at("CAP1[SQ001]", 4).score()).isEqualTo(5.0);
        // line 5: "Mulhouse" is the same collectivité; A6 and nps 11 are off their scales
        assertThat(run.at("PROD1", 5).collectivite()).isEqualTo("mulhouse");
        assertThat(run.findings()).extracting(Finding::line, Finding::column, Finding::value, Finding::severity)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(5L, "CAP1[SQ006]", "A6", Finding.Severity.REJECTED),
                        org.assertj.core.groups.Tuple.tuple(5L, "SAT2", "11", Finding.Severity.REJECTED),
                        org.assertj.core.groups.Tuple.tuple(6L, "COLL", null, Finding.Severity.REJECTED));
        assertThat(run.findings().get(1).reason().fr()).contains("hors de l’échelle nps (0 à 10)");
        assertThat(run.findings().get(1).reason().en()).contains("outside the nps scale");
        assertThat(run.answers()).hasSize(4 + 1 + 2);
    }

    @Test
    void koboSemicolonLabels() throws Exception {
        String base = "enquetes/Satisfaction_et_qualite_de_service_-_all_versions_-_labels_-_2021-10-04-09-30-12";
        Fixtures.copyResource("/generator/" + base.substring(9) + ".csv", dir.resolve(base + ".csv"));
        Fixtures.copyResource("/generator/" + base.substring(9) + ".mapping.csv", dir.resolve(base + ".mapping.csv"));
        assertThat(Fixtures.tool(dir, base + ".csv")).isEqualTo(Tool.KOBO);
        Fixtures.Run run = Fixtures.ingest(dir, base + ".csv");

        assertThat(run.counts()).containsExactly(new TableCount(base, 2, 2, 0));
        assertThat(run.findings()).isEmpty();
        // line 2: "Plutôt d’accord" (typographic apostrophe; the mapping has ') = 4
        SurveyAnswer s = run.at("evaluation/satisfaction_globale", 2);
        assertThat(s.score()).isEqualTo(4.0);
        assertThat(s.raw()).isEqualTo("Plutôt d’accord");
        assertThat(s.respondent()).isEqualTo("0f1e2d3c-aaaa-bbbb-cccc-000000000001");
        assertThat(s.date()).isEqualTo(LocalDate.of(2021, 10, 4));
        assertThat(s.role()).isEqualTo("ambassadeur");
        assertThat(s.collectivite()).isEqualTo("belrive");
        // "Tout à fait d'accord" = 5 reversed = 1; "Plutôt oui" = 3 on likert4: 1 + 2 × 4/3 = 3.667
        assertThat(run.at("evaluation/attente_trop_longue", 2).score()).isEqualTo(1.0);
        assertThat(run.at("evaluation/temps_gagne", 2).score()).isCloseTo(1 + 8.0 / 3, within(1e-9));
        // line 3: satisfaction skipped; "pas du tout d'accord" = 1 reversed = 5; "Tout à fait" = 4 → 5
        assertThat(run.answers("evaluation/satisfaction_globale")).hasSize(1);
        assertThat(run.at("evaluation/attente_trop_longue", 3).score()).isEqualTo(5.0);
        assertThat(run.at("evaluation/temps_gagne", 3).score()).isEqualTo(5.0);
        assertThat(run.at("evaluation/temps_gagne", 3).role()).isEqualTo("usager");
    }
}
