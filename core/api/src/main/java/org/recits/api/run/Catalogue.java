package org.recits.api.run;

import java.util.List;
import org.recits.api.indicator.IndicatorDefinition;
import org.recits.api.report.PluginInfo;

/**
 * What is installed, as {@code recits indicators} and {@code recits plugins} print it.
 *
 * @param indicators the installed indicators' definitions, by value family then code (the order of
 *                   {@code recits indicators --markdown})
 * @param plugins    every ingestor, indicator and renderer with the bundle that provides it, as {@code recits plugins}
 *                   lists them; an indicator's {@link PluginInfo#id()} is its code
 * @since 1.1
 */
public record Catalogue(List<IndicatorDefinition> indicators, List<PluginInfo> plugins) {

    /**
     * Copies the lists.
     *
     * @param indicators the installed indicators' definitions
     * @param plugins    every plugin service with its bundle
     */
    public Catalogue {
        indicators = List.copyOf(indicators);
        plugins = List.copyOf(plugins);
    }
}
