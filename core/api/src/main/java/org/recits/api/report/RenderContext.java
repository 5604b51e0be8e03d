package org.recits.api.report;

import java.nio.file.Path;

/**
 * Where and how a renderer writes.
 *
 * @param outputDir a private temporary folder; the engine moves its content to the user's output
 *                  folder only once every renderer succeeded
 * @param progress  for long work
 */
public record RenderContext(Path outputDir, Progress progress) {
}
