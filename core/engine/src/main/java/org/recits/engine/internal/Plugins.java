package org.recits.engine.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.recits.api.indicator.Indicator;
import org.recits.api.indicator.IndicatorDefinition;
import org.recits.api.ingest.Ingestor;
import org.recits.api.report.PluginFailure;
import org.recits.api.report.PluginInfo;
import org.recits.api.report.ReportRenderer;

/**
 * A snapshot of the plugin services for one run, in a stable order (so that the same inputs give the
 * same outputs whatever order the framework registered them in), without the plugins whose identity
 * cannot even be read: those are listed in {@link #failures()}.
 *
 * @param ingestors  by id
 * @param indicators by code
 * @param renderers  by id
 * @param failures   plugins left out because {@code id()} or {@code definition()} failed
 */
public record Plugins(List<Registered<Ingestor>> ingestors, List<Registered<Indicator>> indicators,
        List<Registered<ReportRenderer>> renderers, List<PluginFailure> failures) {

    public Plugins {
        ingestors = List.copyOf(ingestors);
        indicators = List.copyOf(indicators);
        renderers = List.copyOf(renderers);
        failures = List.copyOf(failures);
    }

    /** Checks each plugin's identity once, sorts, and keeps aside the broken ones. */
    public static Plugins of(List<Registered<Ingestor>> ingestors, List<Registered<Indicator>> indicators,
            List<Registered<ReportRenderer>> renderers) {
        List<PluginFailure> failures = new ArrayList<>();
        List<Registered<Ingestor>> in = new ArrayList<>();
        for (Registered<Ingestor> r : ingestors) {
            if (identity(r, "ingestor", () -> r.service().id(), failures) != null) {
                in.add(r);
            }
        }
        List<Registered<Indicator>> ind = new ArrayList<>();
        for (Registered<Indicator> r : indicators) {
            if (identity(r, "indicator", () -> definitionCode(r.service()), failures) != null) {
                ind.add(r);
            }
        }
        List<Registered<ReportRenderer>> out = new ArrayList<>();
        for (Registered<ReportRenderer> r : renderers) {
            if (identity(r, "renderer", () -> r.service().id(), failures) != null) {
                out.add(r);
            }
        }
        in.sort(Comparator.comparing((Registered<Ingestor> r) -> r.service().id()).thenComparing(Registered::bundle));
        ind.sort(Comparator.comparing((Registered<Indicator> r) -> r.service().definition().code())
                .thenComparing(Registered::bundle));
        out.sort(Comparator.comparing((Registered<ReportRenderer> r) -> r.service().id())
                .thenComparing(Registered::bundle));
        return new Plugins(in, ind, out, failures);
    }

    private static String definitionCode(Indicator indicator) {
        IndicatorDefinition d = indicator.definition();
        if (d == null) {
            throw new IllegalStateException("definition() returned null");
        }
        return d.code();
    }

    private static String identity(Registered<?> r, String kind, java.util.function.Supplier<String> id,
            List<PluginFailure> failures) {
        try {
            String value = id.get();
            if (value == null || value.isBlank()) {
                throw new IllegalStateException("empty id");
            }
            return value;
        } catch (RuntimeException | LinkageError e) {
            // LinkageError: a plugin built against an incompatible API fails on its first call.
            failures.add(new PluginFailure(r.bundle() + " " + r.version(), kind, Failures.describe(e)));
            return null;
        }
    }

    /** Every plugin, for provenance and {@code recits plugins}. */
    public List<PluginInfo> infos() {
        List<PluginInfo> infos = new ArrayList<>();
        ingestors.forEach(r -> infos.add(new PluginInfo("ingestor", r.service().id(), r.bundle(), r.version())));
        indicators.forEach(r -> infos.add(new PluginInfo("indicator", r.service().definition().code(), r.bundle(),
                r.version())));
        renderers.forEach(r -> infos.add(new PluginInfo("renderer", r.service().id(), r.bundle(), r.version())));
        return infos;
    }
}
