package org.recits.report.excel.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.recits.api.indicator.IndicatorDefinition;
import org.recits.api.indicator.Temporality;
import org.recits.api.model.Measure;
import org.recits.api.report.IndicatorResult;
import org.recits.api.report.Observation;
import org.recits.api.report.Report;

/**
 * The survey answers the records outputs leave out because a figure built on them is masked: with them, three
 * lines of a spreadsheet give the masked figure back. The decision is the engine's, read from the report's
 * observations (a value resting on too few people, and those hidden to protect it); what a figure reads is its
 * definition's ({@link IndicatorDefinition#answersRead()}). An answer is left out when it is one of those a
 * masked figure reads: same collectivité (any, for the programme), a measure the figure reads, and a date in
 * the figure's window (the period for a flow, up to its end or undated for the others).
 */
final class MaskedAnswers {

    /** Where an answer may lie to be read by a masked figure: {@code from} null for "since the start". */
    private record Window(LocalDate from, LocalDate to) {

        boolean holds(LocalDate day) {
            if (day == null) {
                return from == null; // an undated answer counts in cumulative figures only
            }
            return (from == null || !day.isBefore(from)) && !day.isAfter(to);
        }
    }

    /** By measure, then collectivité ({@code null} for every one: the programme's figure is masked). */
    private final Map<Measure, Map<String, List<Window>>> windows = new EnumMap<>(Measure.class);

    private MaskedAnswers() {
    }

    /** The answers {@code report}'s masked figures read. */
    static MaskedAnswers of(Report report) {
        MaskedAnswers m = new MaskedAnswers();
        for (IndicatorResult r : report.results()) {
            IndicatorDefinition d = r.definition();
            if (d.answersRead().isEmpty()) {
                continue;
            }
            String collectivite = r.scope().isProgramme() ? null : r.scope().collectivite();
            List<Observation> all = new ArrayList<>(r.previous());
            all.add(r.current());
            for (Observation o : all) {
                if (!o.suppressed()) {
                    continue;
                }
                Window w = new Window(d.temporality() == Temporality.FLOW_IN_PERIOD ? o.period().start() : null,
                        o.period().end());
                for (Measure measure : d.answersRead()) {
                    m.windows.computeIfAbsent(measure, k -> new HashMap<>())
                            .computeIfAbsent(collectivite, k -> new ArrayList<>()).add(w);
                }
            }
        }
        return m;
    }

    /** Whether no figure built on answers is masked: every answer is published. */
    boolean isEmpty() {
        return windows.isEmpty();
    }

    /**
     * Whether an answer is left out.
     *
     * @param collectivite the answer's collectivité
     * @param measure      what its question measures
     * @param day          its date, or null
     * @return true when a masked figure reads it
     */
    boolean withheld(String collectivite, Measure measure, LocalDate day) {
        Map<String, List<Window>> of = windows.get(measure);
        if (of == null) {
            return false;
        }
        return holds(of.get(collectivite), day) || holds(of.get(null), day);
    }

    private static boolean holds(List<Window> ws, LocalDate day) {
        if (ws != null) {
            for (Window w : ws) {
                if (w.holds(day)) {
                    return true;
                }
            }
        }
        return false;
    }
}
