package org.recits.ingest.survey.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.QuoteMode;
import org.recits.api.model.SurveyAnswer;

/**
 * Random answers written with Commons CSV in each supported layout, then read back through the ingestor:
 * every non-empty answer comes back with its raw text and its score, nothing else does.
 * Answers are drawn as 0 (left empty) or a value of the scale; timestamps differ from row to row and read one
 * way only, as a real export's do (the same date-time on every row is a placeholder, and says so).
 */
class SurveyRoundTripTest {

    private static final String[] LABELS = {"Pas du tout d’accord", "Plutôt pas d'accord", "Ni l'un ni l'autre",
            "Plutôt d’accord", "Tout à fait d'accord"};

    @Property(tries = 25)
    void limeSurveyCodes(@ForAll @Size(min = 1, max = 15) List<@Size(3) List<@IntRange(min = 0, max = 5) Integer>> rows)
            throws IOException {
        check(rows, "lime.csv", Scale.LIKERT5, (p) -> {
            p.printRecord("id", "submitdate", "lastpage", "startlanguage", "token", "SAT1", "Q01[SQ001]", "Q01[SQ002]");
            for (int i = 0; i < rows.size(); i++) {
                List<String> r = new ArrayList<>(List.of(String.valueOf(i + 1), "2024-03-02 10:12:%02d".formatted(i), "3", "fr", "t" + i));
                rows.get(i).forEach(v -> r.add(v == 0 ? "" : "A" + v));
                p.printRecord(r);
            }
        }, CSVFormat.RFC4180.builder().setQuoteMode(QuoteMode.ALL).setRecordSeparator("\r\n").build(), true,
                "question,mesure,echelle,inverse,libelles\nSAT1,satisfaction,likert5,,\nQ01[SQ001],impact,likert5,,\n"
                        + "Q01_SQ002,qualite,likert5,,\n*,collectivite,,,x\n",
                List.of("SAT1", "Q01[SQ001]", "Q01_SQ002"), v -> "A" + v, v -> (double) v);
    }

    @Property(tries = 25)
    void koboSemicolonGroupPathsAndLabels(
            @ForAll @Size(min = 1, max = 15) List<@Size(3) List<@IntRange(min = 0, max = 5) Integer>> rows)
            throws IOException {
        String labels = String.join("|", List.of(LABELS[0] + "=1", LABELS[1] + "=2", LABELS[2] + "=3",
                LABELS[3].replace('’', '\'') + "=4", LABELS[4] + "=5"));
        check(rows, "kobo.csv", Scale.LIKERT5, (p) -> {
            p.printRecord("start", "grp/q1", "grp/sous_grp/q2", "grp/q3", "_id", "_uuid", "_submission_time", "_index");
            for (int i = 0; i < rows.size(); i++) {
                List<String> r = new ArrayList<>(List.of("2021-10-04T10:00:%02d.000+02:00".formatted(i)));
                rows.get(i).forEach(v -> r.add(v == 0 ? "" : LABELS[v - 1]));
                r.addAll(List.of(String.valueOf(100 + i), "uuid-" + i, "2021-10-04T08:05:%02d".formatted(i), String.valueOf(i + 1)));
                p.printRecord(r);
            }
        }, CSVFormat.RFC4180.builder().setDelimiter(';').setQuoteMode(QuoteMode.ALL).setRecordSeparator("\r\n").build(), false,
                "question;mesure;echelle;inverse;libelles\nq1;satisfaction;likert5;;" + labels + "\nq2;impact;likert5;;" + labels
                        + "\ngrp/q3;qualite;likert5;;" + labels + "\n*;collectivite;;;x\n",
                List.of("q1", "q2", "grp/q3"), v -> LABELS[v - 1], v -> (double) v);
    }

    @Property(tries = 25)
    void googleFormsNps(@ForAll @Size(min = 1, max = 15) List<@Size(3) List<@IntRange(min = 0, max = 11) Integer>> rows)
            throws IOException {
        // 0 stays "empty"; 1…11 stand for the nps answers 0…10
        check(rows, "google.csv", Scale.NPS, (p) -> {
            p.printRecord("Horodateur", "Recommanderiez-vous ?", "Note, de 0 à 10", "Collectivité");
            for (int i = 0; i < rows.size(); i++) {
                List<Integer> r = rows.get(i);
                List<String> out = new ArrayList<>(List.of("13/05/2023 10:15:%02d".formatted(i)));
                for (int j = 0; j < 2; j++) {
                    out.add(r.get(j) == 0 ? "" : String.valueOf(r.get(j) - 1));
                }
                out.add("Mulhouse");
                p.printRecord(out);
            }
        }, CSVFormat.RFC4180.builder().setRecordSeparator("\n").build(), false,
                "question,mesure,echelle\nRecommanderiez-vous ?,satisfaction,nps\n\"Note, de 0 à 10\",impact,nps\n"
                        + "Collectivité,collectivite,\n",
                List.of("Recommanderiez-vous ?", "Note, de 0 à 10"), v -> String.valueOf(v - 1),
                v -> 1 + (v - 1) * 0.4);
    }

    @Property(tries = 25)
    void longFormat(@ForAll @Size(min = 1, max = 15) List<@Size(3) List<@IntRange(min = 0, max = 4) Integer>> rows)
            throws IOException {
        check(rows, "long.csv", Scale.LIKERT4, (p) -> {
            p.printRecord("collectivite", "repondant", "date", "question", "reponse");
            for (int i = 0; i < rows.size(); i++) {
                for (int j = 0; j < 3; j++) {
                    int v = rows.get(i).get(j);
                    p.printRecord("x", "r" + i, "2024-01-30", "Q" + j, v == 0 ? "" : String.valueOf(v));
                }
            }
        }, CSVFormat.RFC4180.builder().setRecordSeparator("\n").build(), false,
                "question,mesure,echelle\nQ0,satisfaction,likert4\nQ1,impact,likert4\nQ2,qualite,likert4\n",
                List.of("Q0", "Q1", "Q2"), String::valueOf, v -> 1 + (v - 1) * 4.0 / 3);
    }

    @Property(tries = 25)
    void twoRowHeader(@ForAll @Size(min = 1, max = 15) List<@Size(3) List<@IntRange(min = 0, max = 7) Integer>> rows)
            throws IOException {
        check(rows, "two.csv", Scale.LIKERT7, (p) -> {
            p.printRecord("Respondent ID", "Collector ID", "Start Date", "End Date", "Êtes-vous d’accord ?", "", "");
            p.printRecord("", "", "", "", "Le lieu", "Les horaires", "L’accueil");
            for (int i = 0; i < rows.size(); i++) {
                List<String> out = new ArrayList<>(List.of(String.valueOf(900 + i), "1", "01/15/2018 03:45:%02d AM".formatted(i),
                        "01/15/2018 03:48:%02d AM".formatted(i)));
                rows.get(i).forEach(v -> out.add(v == 0 ? "" : String.valueOf(v)));
                p.printRecord(out);
            }
        }, CSVFormat.RFC4180.builder().setDelimiter(';').setRecordSeparator("\r\n").build(), true,
                "question;mesure;echelle;inverse;libelles\nLe lieu;satisfaction;likert7;;\n"
                        + "Êtes-vous d'accord ? [Les horaires];impact;likert7;;\nL'accueil;qualite;likert7;;\n"
                        + "*;collectivite;;;x\n",
                List.of("Le lieu", "Êtes-vous d'accord ? [Les horaires]", "L'accueil"), String::valueOf,
                v -> 1 + (v - 1) * 4.0 / 6);
    }

    interface Body {
        void write(CSVPrinter p) throws IOException;
    }

    private static void check(List<List<Integer>> rows, String name, Scale scale, Body body, CSVFormat format,
            boolean bom, String mapping, List<String> questions, java.util.function.IntFunction<String> raw,
            java.util.function.IntToDoubleFunction score) throws IOException {
        Path dir = Files.createTempDirectory("survey-roundtrip");
        try {
            try (Writer w = Files.newBufferedWriter(dir.resolve(name), StandardCharsets.UTF_8);
                    CSVPrinter p = new CSVPrinter(w, format)) {
                if (bom) {
                    w.write('\uFEFF');
                }
                body.write(p);
            }
            Files.writeString(dir.resolve(name.replace(".csv", ".mapping.csv")), mapping, StandardCharsets.UTF_8);
            Fixtures.Run run = Fixtures.ingest(dir, name);
            assertThat(run.findings()).isEmpty();
            for (int j = 0; j < questions.size(); j++) {
                List<SurveyAnswer> got = run.answers(questions.get(j));
                List<Integer> want = new ArrayList<>();
                for (List<Integer> r : rows) {
                    if (r.get(j) != 0) {
                        want.add(r.get(j));
                    }
                }
                assertThat(got).as("answers to %s", questions.get(j)).hasSize(want.size());
                for (int k = 0; k < want.size(); k++) {
                    assertThat(got.get(k).raw()).isEqualTo(raw.apply(want.get(k)));
                    assertThat(got.get(k).score()).isCloseTo(score.applyAsDouble(want.get(k)), within(1e-9));
                    assertThat(got.get(k).collectivite()).isIn("x", "mulhouse");
                }
            }
            assertThat(run.counts().get(0).kept()).isEqualTo(
                    name.equals("long.csv") ? rows.size() * 3L : rows.size());
        } finally {
            try (Stream<Path> s = Files.walk(dir)) {
                s.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }
}
