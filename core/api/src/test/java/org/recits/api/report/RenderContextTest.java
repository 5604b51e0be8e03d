package org.recits.api.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RenderContextTest {

    @Test
    void noProgressIsTheSilentOneAndNoFormatsAreNone() {
        RenderContext c = new RenderContext(Path.of("out"), null, null);
        assertThat(c.progress()).isSameAs(Progress.NONE);
        assertThat(c.extraFormats()).isEmpty();
        assertThat(new RenderContext(Path.of("out"), null).extraFormats()).isEmpty();
    }

    @Test
    void wantsAFormatWhateverItsCaseButTheSetIsLowerCase() {
        RenderContext c = new RenderContext(Path.of("out"), null, Set.of("csv"));
        assertThat(c.wants("csv")).isTrue();
        assertThat(c.wants("CSV")).isTrue();
        assertThat(c.wants("pdf")).isFalse();
        assertThat(c.wants(null)).isFalse();
        // the formats are given lower case by the command line; an upper-case one is not found
        assertThat(new RenderContext(Path.of("out"), null, Set.of("CSV")).wants("csv")).isFalse();
    }

    @Test
    void theFormatsAreCopied() {
        Set<String> formats = new HashSet<>(Set.of("csv"));
        RenderContext c = new RenderContext(Path.of("out"), null, formats);
        formats.clear();
        assertThat(c.wants("csv")).isTrue();
    }
}
