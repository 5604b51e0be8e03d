package org.recits.tabular;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** HTML entities that survey tools leave in exported question texts. */
class HtmlEntitiesTest {

    @TempDir
    Path dir;

    @Test
    void namedAndNumberedEntitiesAreDecodedAndOthersKeptAsWritten() {
        assertThat(HtmlEntities.decode("Qualit&eacute; &amp; d&eacute;lais")).isEqualTo("Qualité & délais");
        assertThat(HtmlEntities.decode("L&#39;accueil, l&#x2019;&eacute;coute")).isEqualTo("L'accueil, l’écoute");
        assertThat(HtmlEntities.decode("R&D; 5 & 6 &bogus; &#;")).isEqualTo("R&D; 5 & 6 &bogus; &#;");
        String plain = "sans entité";
        assertThat(HtmlEntities.decode(plain)).isSameAs(plain);
    }

    @Test
    void theSemicolonEndingAnEntityIsNoSeparator() throws IOException {
        // three commas, three entity semicolons: the file is comma-separated
        Path f = dir.resolve("h.csv");
        Files.writeString(f, "Horodateur,Qualit&eacute; &amp; d&eacute;lais,Note\n12/05/2023,4,5\n", StandardCharsets.UTF_8);
        try (Table t = Tables.csv(f, "h.csv")) {
            assertThat(t.separator()).isEqualTo(',');
            assertThat(t.header()).containsExactly("Horodateur", "Qualit&eacute; &amp; d&eacute;lais", "Note");
        }
        // a real ';' after an ampersand that starts no entity is still a separator
        Files.writeString(f, "R&D;Budget;Total\n1;2;3\n", StandardCharsets.UTF_8);
        try (Table t = Tables.csv(f, "h.csv")) {
            assertThat(t.separator()).isEqualTo(';');
            assertThat(t.header()).containsExactly("R&D", "Budget", "Total");
        }
    }
}
