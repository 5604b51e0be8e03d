package org.recits.engine.internal.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.recits.api.data.Dataset;
import org.recits.api.data.Finding;
import org.recits.api.data.SourceFile;
import org.recits.api.data.SourceFile.TableCount;

class IdenticalFilesTest {

    private static SourceFile survey(String name, String sha, long rows) {
        // a survey's table is named after its export, so two copies never share a table name
        String table = name.substring(name.lastIndexOf('/') + 1, name.lastIndexOf('.'));
        return new SourceFile(name, sha, "survey", "1", List.of(new TableCount(table, rows, rows, 0)));
    }

    @Test
    void twoExportsWithTheSameBytesStopTheRunNamingEachOther() {
        // Before: « X (1).csv » was read as a second survey and QUAL_SESSION_SATISFACTION's n went 155 → 293.
        Dataset.Builder b = Dataset.builder()
                .source(survey("enquetes/X.csv", "aa", 155))
                .source(survey("enquetes/X (1).csv", "aa", 155))
                .source(survey("enquetes/Y.csv", "bb", 12))
                .source(survey("enquetes/vide.csv", "cc", 0))
                .source(survey("enquetes/vide (1).csv", "cc", 0));
        SourceChoices.Outcome o = SourceChoices.none().settle(b, b.build());
        assertThat(o.unresolved()).isEqualTo(1);
        List<Finding> findings = o.builder().build().findings();
        assertThat(findings).extracting(Finding::file).containsExactly("enquetes/X (1).csv", "enquetes/X.csv");
        assertThat(findings.get(1).reason().fr()).isEqualTo("même contenu, octet pour octet, que enquetes/X (1).csv\u00a0: "
                + "ses lignes seraient comptées deux fois. Retirez la copie du dossier de données.");
        assertThat(findings.get(1).reason().en()).startsWith("same content, byte for byte, as enquetes/X (1).csv: ");
        assertThat(findings).allMatch(f -> f.severity() == Finding.Severity.WARNING);
    }

    @Test
    void aCopyAlreadyToldAsACollisionOrSetAsideIsNotCountedAgain() {
        Dataset read = Dataset.builder().source(survey("a/X.csv", "aa", 3)).source(survey("b/X.csv", "aa", 3)).build();
        assertThat(IdenticalFiles.in(read, f -> f.startsWith("b/")).groups()).isZero();
        assertThat(IdenticalFiles.in(read, f -> false).groups()).isEqualTo(1);
    }
}
