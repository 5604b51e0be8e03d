package org.recits.ingest.survey.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.recits.api.data.Finding;
import org.recits.api.model.Measure;
import org.recits.tabular.Values;

class MappingReaderTest {

    /** Rows from line 2 on, cells split on ';'. */
    private static Mapping read(String header, String... rows) {
        List<Line> lines = new ArrayList<>();
        for (int i = 0; i < rows.length; i++) {
            lines.add(new Line(i + 2, List.of(rows[i].split(";", -1))));
        }
        return MappingReader.read("m.mapping.csv", List.of(header.split(";")), Values::normalizeHeader, lines);
    }

    @Test
    void questionsConstantsAndIdentificationColumns() {
        Mapping m = read("Question;Mesure;Échelle;Inverse;Libellés",
                "*;collectivite;;;mulhouse",
                "*;vague;;;avant",
                "COLL;collectivite;;;",
                "SAT1;satisfaction;likert4;;",
                "SAT2;Satisfaction;;oui;Pas du tout d'accord=1|Plutôt d’accord=4|Sans avis=",
                "Q3;qualite;texte;;");
        assertThat(m.findings()).isEmpty();
        assertThat(m.constant(Field.COLLECTIVITE)).contains(new Mapping.Constant(2, "mulhouse"));
        assertThat(m.constant(Field.VAGUE).orElseThrow().value()).isEqualTo("avant");
        assertThat(m.column(Field.COLLECTIVITE).orElseThrow().question()).isEqualTo("COLL");
        assertThat(m.measures()).extracting(Mapping.Entry::question).containsExactly("SAT1", "SAT2", "Q3");
        Mapping.Entry sat2 = m.measures().get(1);
        assertThat(sat2.measure()).isEqualTo(Measure.SATISFACTION);
        assertThat(sat2.scale()).isEqualTo(Scale.LIKERT5); // no echelle: 1–5
        assertThat(sat2.inverse()).isTrue();
        assertThat(sat2.line()).isEqualTo(6);
        assertThat(sat2.labels()).containsEntry("pas du tout d accord", "1").containsEntry("plutot d accord", "4")
                .containsEntry("sans avis", "");
        assertThat(m.measures().get(0).scale()).isEqualTo(Scale.LIKERT4);
    }

    @Test
    void everyUnusableRowIsAWarningWithItsLine() {
        Mapping m = read("question;mesure;echelle;inverse;libelles",
                "SAT1;bonheur;;;",           // 2 unknown measure
                "SAT2;satisfaction;likert10;;", // 3 unknown scale
                "SAT3;satisfaction;;peut-être;", // 4 inverse neither oui nor non: kept, not reversed
                "SAT3;impact;;;",              // 5 duplicate
                ";impact;;;",                  // 6 no question
                "*;satisfaction;;;x",          // 7 a constant for a measure
                "*;vague;;;",                  // 8 empty constant
                "SAT4;satisfaction;likert5;;Bien|Très bien=9"); // 9 label without value, label off scale
        assertThat(m.findings()).allMatch(f -> f.severity() == Finding.Severity.WARNING)
                .extracting(Finding::line).containsExactly(2L, 3L, 4L, 5L, 6L, 7L, 8L, 9L, 9L);
        assertThat(m.findings().get(0).reason().fr()).contains("«\u00a0bonheur\u00a0» n’est ni une mesure");
        assertThat(m.findings().get(1).reason().en()).contains("Unknown scale “likert10”");
        assertThat(m.findings().get(3).reason().fr()).contains("déjà décrite ligne 4");
        assertThat(m.measures()).extracting(Mapping.Entry::question).containsExactly("SAT3", "SAT4");
        assertThat(m.measures().get(0).inverse()).isFalse();
        assertThat(m.measures().get(1).labels()).isEmpty();
    }

    @Test
    void withoutQuestionColumnNothingIsRead() {
        Mapping m = read("code;mesure", "SAT1;satisfaction");
        assertThat(m.entries()).isEmpty();
        assertThat(m.findings()).singleElement().satisfies(f -> assertThat(f.line()).isZero());
    }
}
