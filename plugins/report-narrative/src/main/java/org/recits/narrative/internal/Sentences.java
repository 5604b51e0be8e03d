package org.recits.narrative.internal;

import java.util.ArrayList;
import java.util.List;
import org.recits.api.indicator.Detail;
import org.recits.api.indicator.IndicatorDefinition;
import org.recits.api.indicator.IndicatorValue;
import org.recits.api.indicator.Status;
import org.recits.api.indicator.Unit;
import org.recits.api.model.LocalizedText;
import org.recits.api.report.IndicatorResult;
import org.recits.api.report.Observation;
import org.recits.api.report.Report;
import org.recits.narrative.internal.Doc.Sentence;

/**
 * Sentences from figures, by rule. An indicator's own sentences ({@link IndicatorResult#sentences()})
 * come first; otherwise one generic sentence is written from the definition (label, value and unit,
 * change since the previous period, standing against the target). Either way the sentence carries
 * the indicator's code and the period, so the figure can be found in the workbook.
 */
final class Sentences {

    private final Report report;
    private final Typo ty;

    Sentences(Report report, Typo ty) {
        this.report = report;
        this.ty = ty;
    }

    /** What the narrative says about one result. */
    List<Sentence> about(IndicatorResult r) {
        String code = r.definition().code();
        String period = r.current().period().label(report.locale());
        String scope = r.scope().id();
        List<Sentence> out = new ArrayList<>();
        if (r.current().isShowable() && !r.sentences().isEmpty()) {
            for (LocalizedText t : r.sentences()) {
                out.add(new Sentence(ty.in(t), code, period, scope));
            }
            return out;
        }
        out.add(new Sentence(generic(r), code, period, scope));
        return out;
    }

    /** One sentence from the definition and the values, in the report's language. */
    String generic(IndicatorResult r) {
        IndicatorDefinition d = r.definition();
        String label = ty.in(d.label());
        Observation cur = r.current();
        if (cur.complementary()) {
            return ty.text("sentence.complementary", label);
        }
        if (cur.suppressed()) {
            return ty.text("sentence.suppressed", label, String.valueOf(report.suppressionThreshold()));
        }
        IndicatorValue v = cur.value();
        if (!v.isComputable()) {
            String reason = ty.in(v.reason());
            return ty.text("sentence.notAvailable", label, lowerFirst(reason) + end(reason));
        }
        StringBuilder s = new StringBuilder(label).append(ty.colon()).append(ty.value(v.value(), d.unit()))
                .append(sampleSize(v));
        String cmp = comparison(r);
        if (!cmp.isEmpty()) {
            s.append(", ").append(cmp);
        }
        String target = target(v);
        if (!target.isEmpty()) {
            s.append(ty.semicolon()).append(target);
        }
        List<String> extra = new ArrayList<>();
        if (v.ciLow() != null && v.ciHigh() != null) {
            extra.add(ty.text("detail.confidence", ty.range(v.ciLow(), v.ciHigh(), d.unit())));
        }
        if (v.population() != null) {
            extra.add(ty.count(v.population(), "detail.population.one", "detail.population.many"));
        }
        for (Detail det : v.details()) {
            // A name from the data (« Banque des Territoires ») keeps its capitals; a plugin's words
            // (« Part des réponses ≥ 4 ») are a common noun inside the sentence.
            String said = ty.in(det.label());
            extra.add((det.name() ? said : lowerFirst(said)) + ty.colon() + ty.value(det.value(), det.unit()));
        }
        if (v.note() != null) {
            // The note is a sentence of its own; inside the detail's its full stop would double the
            // sentence's (« …(10).. »).
            extra.add(lowerFirst(withoutFullStop(ty.in(v.note()))));
        }
        s.append('.');
        if (!extra.isEmpty()) {
            // A sentence of its own, not a parenthesis: a detail's label or value may hold one.
            s.append(' ').append(ty.text("detail.sentence", String.join(ty.semicolon(), extra)));
        }
        return s.toString();
    }

    /**
     * The short form for the brief: label, value with its n, and the change since the previous period,
     * without bands, interval or details (those stay in the annex).
     */
    String brief(IndicatorResult r) {
        String label = ty.in(r.definition().label());
        String value = valueWithN(r);
        String cmp = comparison(r);
        return cmp.isEmpty() ? ty.text("message.sentence.plain", label, value) : ty.text("message.sentence", label, value, cmp);
    }

    /** « 82 % (n = 40) »: a shown value with its unit and its n. */
    String valueWithN(IndicatorResult r) {
        IndicatorValue v = r.current().value();
        return ty.value(v.value(), r.definition().unit()) + sampleSize(v);
    }

    /**
     * « (n = 1, peu de données) » beside a value that rests on fewer than {@link IndicatorValue#FEW}
     * sessions or answers, « (n = 12) » otherwise, nothing when the value says no n: a rate on one session
     * must read as thin wherever it is printed.
     */
    String sampleSize(IndicatorValue v) {
        Integer n = v.sampleSize();
        if (n == null || !v.isComputable()) {
            return "";
        }
        return " " + ty.text(v.restsOnFew() ? "sample.few" : "sample.size", ty.number(n, 0));
    }

    /** « n = 18 », « n = 3, peu de données » inside a parenthesis of its own; empty without an n. */
    String inlineN(IndicatorValue v) {
        Integer n = v.sampleSize();
        if (n == null || !v.isComputable()) {
            return "";
        }
        return ty.text(v.restsOnFew() ? "sample.inline.few" : "sample.inline", ty.number(n, 0));
    }

    static String withoutFullStop(String text) {
        String t = text.strip();
        return t.endsWith(".") && !t.endsWith("...") ? t.substring(0, t.length() - 1) : t;
    }

    /** The change since the previous period, or an empty string when there is nothing to compare. */
    String comparison(IndicatorResult r) {
        Observation last = r.last();
        if (last == null || !last.isShowable() || !r.current().isShowable()) {
            return "";
        }
        Unit unit = r.definition().unit();
        double cur = r.current().value().value();
        double prev = last.value().value();
        var period = r.current().period();
        // Equal as printed counts as equal: « 82 % contre 82 % » must not read as a rise.
        boolean same = ty.value(cur, unit).equals(ty.value(prev, unit));
        if (unit == Unit.COUNT) {
            if (same) {
                // Each language takes the phrase its grammar wants: « autant qu’au… », "the same as in the…".
                return ty.text("comparison.count.same", ty.previousPeriod(period), ty.thanPrevious(period));
            }
            boolean whole = cur == Math.rint(cur) && prev == Math.rint(prev);
            String n = whole ? ty.words(Math.round(Math.abs(cur - prev))) : ty.delta(cur - prev, unit);
            return ty.text(cur > prev ? "comparison.count.more" : "comparison.count.fewer", n, ty.thanPrevious(period));
        }
        String was = ty.value(prev, unit);
        if (same) {
            return ty.text("comparison.stable", ty.versusPrevious(period), was);
        }
        // The change between the values as printed: « 4,0 contre 4,2 » is 0,2 point, never 0,19.
        return ty.text(cur > prev ? "comparison.up" : "comparison.down",
                ty.delta(ty.rounded(cur, unit) - ty.rounded(prev, unit), unit), ty.versusPrevious(period), was);
    }

    /** The standing against the target, with the bands as written in the definition. */
    String target(IndicatorValue v) {
        if (v.status() == Status.NONE || v.target().isNone()) {
            return "";
        }
        String bands = ty.in(v.target().text());
        String colour = ty.in(v.status().label());
        return switch (v.status()) {
            case GREEN -> ty.text("target.green", colour, bands);
            case ORANGE -> ty.text("target.orange", colour, bands);
            case RED -> ty.text("target.red", colour, bands);
            case NONE -> "";
        };
    }

    private static String lowerFirst(String s) {
        if (s.length() > 1 && Character.isUpperCase(s.charAt(0)) && !Character.isUpperCase(s.charAt(1))) {
            return Character.toLowerCase(s.charAt(0)) + s.substring(1);
        }
        return s;
    }

    private static String end(String s) {
        return s.endsWith(".") ? "" : ".";
    }
}
