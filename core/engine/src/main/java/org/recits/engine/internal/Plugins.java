package org.recits.engine.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.recits.api.indicator.Indicator;
import org.recits.api.indicator.IndicatorDefinition;
import org.recits.api.ingest.Ingestor;
import org.recits.api.ingest.MappingDrafter;
import org.recits.api.report.PluginFailure;
import org.recits.api.report.PluginInfo;
import org.recits.api.report.ReportRenderer;
import org.recits.api.text.Messages;

/**
 * A snapshot of the plugin services for one run, in a stable order (so that the same inputs give the
 * same outputs whatever order the framework registered them in), without the plugins whose identity
 * cannot even be read, nor those that claim an id or a code already taken: those are listed in
 * {@link #problems()}.
 *
 * @param ingestors  by id
 * @param indicators by code
 * @param renderers  by id
 * @param drafters   survey mapping drafters, by bundle
 * @param problems   plugins left out because {@code id()} or {@code definition()} failed, or because an
 *                   earlier plugin has the same id or code
 */
public record Plugins(List<Registered<Ingestor>> ingestors, List<Registered<Indicator>> indicators,
        List<Registered<ReportRenderer>> renderers, List<Registered<MappingDrafter>> drafters,
        List<PluginProblem> problems) {

    public Plugins {
        ingestors = List.copyOf(ingestors);
        drafters = List.copyOf(drafters);
        indicators = List.copyOf(indicators);
        renderers = List.copyOf(renderers);
        problems = List.copyOf(problems);
    }

    /** The plugins of a run that drafts no survey mapping. */
    public static Plugins of(List<Registered<Ingestor>> ingestors, List<Registered<Indicator>> indicators,
            List<Registered<ReportRenderer>> renderers) {
        return of(ingestors, indicators, renderers, List.of());
    }

    /** Checks each plugin's identity once, keeps the first of each id or code, sorts. */
    public static Plugins of(List<Registered<Ingestor>> ingestors, List<Registered<Indicator>> indicators,
            List<Registered<ReportRenderer>> renderers, List<Registered<MappingDrafter>> drafters) {
        List<PluginProblem> problems = new ArrayList<>();
        List<Registered<Ingestor>> in = kept(ingestors, "ingestor", r -> r.service().id(), problems);
        List<Registered<Indicator>> ind = kept(indicators, "indicator", r -> definitionCode(r.service()), problems);
        List<Registered<ReportRenderer>> out = kept(renderers, "renderer", r -> r.service().id(), problems);
        in.sort(Comparator.comparing((Registered<Ingestor> r) -> r.service().id()));
        ind.sort(Comparator.comparing((Registered<Indicator> r) -> r.service().definition().code()));
        out.sort(Comparator.comparing((Registered<ReportRenderer> r) -> r.service().id()));
        List<Registered<MappingDrafter>> draft = new ArrayList<>(drafters);
        draft.sort(Registered.ARRIVAL);
        problems.sort(Comparator.comparing(PluginProblem::plugin));
        return new Plugins(in, ind, out, draft, problems);
    }

    /**
     * The plugins of one kind whose identity can be read, one per id: two plugins answering to the same
     * code would give two figures under one name, so the one that came later (a plugin after the shipped
     * bundles, the second of two jars) is refused and named with the one it collides with.
     */
    private static <T> List<Registered<T>> kept(List<Registered<T>> all, String kind,
            Function<Registered<T>, String> id, List<PluginProblem> problems) {
        List<Registered<T>> arrived = new ArrayList<>(all);
        arrived.sort(Registered.ARRIVAL);
        Map<String, Registered<T>> first = new HashMap<>();
        List<Registered<T>> kept = new ArrayList<>();
        for (Registered<T> r : arrived) {
            String value = identity(r, kind, id, problems);
            if (value == null) {
                continue;
            }
            Registered<T> earlier = first.putIfAbsent(value, r);
            if (earlier == null) {
                kept.add(r);
            } else {
                problems.add(new PluginProblem(value + " (" + r.provider() + ")", PluginProblem.LOAD,
                        "load.duplicate." + kind, List.of(value, earlier.provider(), r.provider())));
            }
        }
        return kept;
    }

    private static String definitionCode(Indicator indicator) {
        IndicatorDefinition d = indicator.definition();
        if (d == null) {
            throw new IllegalStateException("definition() returned null");
        }
        return d.code();
    }

    private static <T> String identity(Registered<T> r, String kind, Function<Registered<T>, String> id,
            List<PluginProblem> problems) {
        try {
            String value = id.apply(r);
            if (value == null || value.isBlank()) {
                throw new IllegalStateException("empty id");
            }
            return value;
        } catch (RuntimeException | LinkageError e) {
            // LinkageError: a plugin built against an incompatible API fails on its first call.
            problems.add(new PluginProblem(r.provider(), PluginProblem.LOAD, "load.identity." + kind,
                    List.of(Failures.describe(e))));
            return null;
        }
    }

    /** The plugins left out, in the words of {@code messages}. */
    public List<PluginFailure> failures(Messages messages) {
        return problems.stream().map(p -> p.in(messages)).toList();
    }

    /** The indicators by value family, then code: the catalogue's order ({@code indicators --markdown}, the page). */
    public List<Registered<Indicator>> indicatorsByFamily() {
        return indicators.stream().sorted(Comparator.comparing((Registered<Indicator> r) -> r.service().definition()
                .family()).thenComparing(r -> r.service().definition().code())).toList();
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
