package org.recits.api.report;

/**
 * A plugin that failed; the report went on without it.
 *
 * @param plugin  the plugin's id and bundle
 * @param stage   what it was doing ({@code ingest}, {@code compute}, {@code render})
 * @param message what went wrong
 */
public record PluginFailure(String plugin, String stage, String message) {
}
