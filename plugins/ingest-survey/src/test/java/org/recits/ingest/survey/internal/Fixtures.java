package org.recits.ingest.survey.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Objects;
import org.recits.api.data.Dataset;
import org.recits.api.data.Finding;
import org.recits.api.data.SourceFile;
import org.recits.api.ingest.InputFile;
import org.recits.api.model.Scope;
import org.recits.api.model.SurveyAnswer;
import org.recits.tabular.RealData;

/** Runs the ingestor on files laid out in a temporary folder. */
final class Fixtures {

    private Fixtures() {
    }

    /** What one file gave. */
    record Run(Dataset dataset, List<SourceFile.TableCount> counts) {

        List<SurveyAnswer> answers() {
            return dataset.surveyAnswers(Scope.programme());
        }

        /** Findings that rejected something: a respondent's row, or one answer of a row that is kept. */
        long rejectedFindings() {
            return dataset.findings().stream().filter(f -> f.severity() == org.recits.api.data.Finding.Severity.REJECTED)
                    .count();
        }

        List<SurveyAnswer> answers(String question) {
            return answers().stream().filter(a -> a.question().equals(question)).toList();
        }

        SurveyAnswer at(String question, long line) {
            List<SurveyAnswer> found = answers().stream()
                    .filter(a -> a.question().equals(question) && a.source().line() == line).toList();
            assertThat(found).as("answer to %s at line %d", question, line).hasSize(1);
            return found.get(0);
        }

        List<Finding> findings() {
            return dataset.findings();
        }
    }

    /** A real third-party export: skipped when the folder is absent, failed when CI requires it. */
    static Path real(String relative) {
        return RealData.file(relative);
    }

    /**
     * Lays a real export (linked, never copied) and a mapping from the test
     * resources side by side, as a lab would.
     */
    static Path beside(Path dir, Path export, String exportName, String mappingResource) throws IOException {
        Path target = dir.resolve(exportName);
        Files.createDirectories(target.getParent());
        Files.createSymbolicLink(target, export);
        String base = exportName.substring(0, exportName.lastIndexOf('.'));
        copyResource(mappingResource, dir.resolve(base + ".mapping.csv"));
        return target;
    }

    static void copyResource(String resource, Path to) throws IOException {
        try (InputStream in = Objects.requireNonNull(Fixtures.class.getResourceAsStream(resource), resource)) {
            Files.createDirectories(to.toAbsolutePath().getParent());
            Files.copy(in, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** Offers one file of {@code dir} to the ingestor, as the engine does. */
    static Run ingest(Path dir, String name) throws IOException {
        SurveyIngestor ingestor = new SurveyIngestor();
        InputFile file = InputFile.of(dir.resolve(name), name);
        assertThat(ingestor.accepts(file)).as("accepts %s", name).isTrue();
        Dataset.Builder b = Dataset.builder();
        List<SourceFile.TableCount> counts = ingestor.ingest(file, b);
        return new Run(b.build(), counts);
    }

    /** The tool recognised for an export and its mapping. */
    static Tool tool(Path dir, String name) throws IOException {
        Dataset.Builder b = Dataset.builder();
        SurveyReader r = new SurveyReader(b);
        Path export = dir.resolve(name);
        Mapping m = SurveyIngestor.mappingOf(export).isPresent()
                ? r.mapping(SurveyIngestor.mappingOf(export).get(), "m.csv") : Mapping.none();
        return r.read(export, name, m).tool();
    }
}
