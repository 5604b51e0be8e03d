package org.recits.api.report;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Set;

/**
 * Where and how a renderer writes.
 *
 * @param outputDir    a private temporary folder; the engine moves its content to the user's output
 *                     folder only once the renderer succeeded
 * @param progress     for long work
 * @param extraFormats formats the user asked for beyond the default outputs ({@code --format csv}), in
 *                     lower case; a renderer writes them only when asked
 */
public record RenderContext(Path outputDir, Progress progress, Set<String> extraFormats) {

    public RenderContext {
        progress = progress == null ? Progress.NONE : progress;
        extraFormats = extraFormats == null ? Set.of() : Set.copyOf(extraFormats);
    }

    /** A context with the default outputs only. */
    public RenderContext(Path outputDir, Progress progress) {
        this(outputDir, progress, Set.of());
    }

    /** Whether the user asked for this extra format ({@code csv}…), case-insensitively. */
    public boolean wants(String format) {
        return format != null && extraFormats.contains(format.toLowerCase(Locale.ROOT));
    }
}
