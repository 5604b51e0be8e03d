package org.recits.ingest.survey.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.recits.api.data.Finding;
import org.recits.api.data.SourceFile.TableCount;
import org.recits.api.ingest.MappingDraft;
import org.recits.tabular.RealData;

/** {@code recits mapping}: the draft of every real survey export loads as it is written, without a finding. */
class MappingDraftsTest {

    @TempDir
    Path dir;

    private final MappingDrafts drafts = new MappingDrafts();

    @Test
    void everyRealSurveyExportGetsADraftThatReadsWithoutAFinding() throws Exception {
        List<Path> exports = new ArrayList<>();
        try (Stream<Path> files = Files.walk(RealData.dir())) {
            files.filter(Files::isRegularFile).filter(p -> knownSurvey(p)).sorted().forEach(exports::add);
        }
        // LimeSurvey ×2, KoBo, SurveyMonkey CSV and XLSX, the two-row LimeSurvey export
        assertThat(exports).hasSize(6);
        for (Path export : exports) {
            String name = export.getParent().getFileName() + "/" + export.getFileName();
            MappingDraft draft = drafts.draft(export, Locale.FRENCH).orElseThrow();
            assertThat(draft.recognised()).as(name).doesNotStartWith("outil non reconnu");
            Path target = dir.resolve(name);
            Files.createDirectories(target.getParent());
            Files.createSymbolicLink(target, export);
            Files.writeString(target.resolveSibling(draft.fileName()), draft.text(), StandardCharsets.UTF_8);

            Fixtures.Run run = Fixtures.ingest(dir, name);
            List<Finding> drafted = run.findings().stream()
                    .filter(f -> f.file().endsWith(".mapping.csv") || f.severity() == Finding.Severity.REJECTED)
                    .toList();
            assertThat(drafted).as("%s, draft:%n%s", name, draft.text()).isEmpty();
            TableCount count = run.counts().get(0);
            assertThat(count.read()).as(name).isPositive();
            assertThat(count.kept()).as(name).isEqualTo(count.read());
            assertThat(count.answersRejected()).as(name).isZero();
        }
    }

    /** An export the survey reader recognises as a tool's, or as two header rows. */
    private static boolean knownSurvey(Path p) {
        String n = p.getFileName().toString().toLowerCase(Locale.ROOT);
        try {
            if (n.endsWith(".xlsx")) {
                return ToolWorkbook.isToolExport(p);
            }
            if (!n.endsWith(".csv")) {
                return false;
            }
            try (var t = SurveyReader.open(p, n)) {
                Tool tool = SurveyReader.detect(t, Mapping.none()).tool();
                return tool != Tool.GENERIC && tool != Tool.LONG;
            }
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }
}
