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
 * @param shared       work the run's renderers share (the drawn charts…)
 */
public record RenderContext(Path outputDir, Progress progress, Set<String> extraFormats, SharedWork shared) {

    /**
     * A null progress means {@link Progress#NONE}, null formats none; copies the formats.
     *
     * @param outputDir    a private temporary folder; the engine moves its content to the user's output
     *                     folder only once the renderer succeeded
     * @param progress     for long work
     * @param extraFormats formats the user asked for beyond the default outputs ({@code --format csv}), in
     *                     lower case; a renderer writes them only when asked
     * @param shared       work the run's renderers share; null means {@link SharedWork#NONE}
     */
    public RenderContext {
        progress = progress == null ? Progress.NONE : progress;
        extraFormats = extraFormats == null ? Set.of() : Set.copyOf(extraFormats);
        shared = shared == null ? SharedWork.NONE : shared;
    }

    /**
     * A context that shares no work with other renderers.
     *
     * @param outputDir    a private temporary folder, moved to the user's output folder on success
     * @param progress     for long work, or null
     * @param extraFormats formats the user asked for beyond the default outputs, or null
     */
    public RenderContext(Path outputDir, Progress progress, Set<String> extraFormats) {
        this(outputDir, progress, extraFormats, SharedWork.NONE);
    }

    /**
     * A context with the default outputs only.
     *
     * @param outputDir a private temporary folder, moved to the user's output folder on success
     * @param progress  for long work, or null
     */
    public RenderContext(Path outputDir, Progress progress) {
        this(outputDir, progress, Set.of(), SharedWork.NONE);
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
