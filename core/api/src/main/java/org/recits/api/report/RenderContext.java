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

    /**
     * A null progress means {@link Progress#NONE}, null formats none; copies the formats.
     *
     * @param outputDir    a private temporary folder; the engine moves its content to the user's output
     *                     folder only once the renderer succeeded
     * @param progress     for long work
     * @param extraFormats formats the user asked for beyond the default outputs ({@code --format csv}), in
     *                     lower case; a renderer writes them only when asked
     */
    public RenderContext {
        progress = progress == null ? Progress.NONE : progress;
        extraFormats = extraFormats == null ? Set.of() : Set.copyOf(extraFormats);
    }

    /**
     * A context with the default outputs only.
     *
     * @param outputDir a private temporary folder, moved to the user's output folder on success
     * @param progress  for long work, or null
     */
    public RenderContext(Path outputDir, Progress progress) {
        this(outputDir, progress, Set.of());
    }

    /**
     * Whether the user asked for this extra format ({@code csv}…), case-insensitively.
     *
     * @param format the format's name
     * @return true when it is among {@code extraFormats}; false for null
     */
    public boolean wants(String format) {
        return format != null && extraFormats.contains(format.toLowerCase(Locale.ROOT));
    }
}
