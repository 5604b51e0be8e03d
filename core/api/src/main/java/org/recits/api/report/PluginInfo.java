package org.recits.api.report;

/**
 * A plugin that took part in the report, for provenance.
 *
 * @param kind    {@code ingestor}, {@code indicator} or {@code renderer}
 * @param id      the ingestor's or renderer's id, the indicator's code
 * @param bundle  the bundle's symbolic name
 * @param version the bundle's version
 */
public record PluginInfo(String kind, String id, String bundle, String version) {
}
