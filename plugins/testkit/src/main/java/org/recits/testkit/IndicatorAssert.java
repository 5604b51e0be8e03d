package org.recits.testkit;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.assertj.core.api.AbstractAssert;
import org.recits.api.data.Dataset;
import org.recits.api.indicator.Indicator;
import org.recits.api.indicator.IndicatorDefinition;
import org.recits.api.indicator.IndicatorValue;
import org.recits.api.indicator.Status;
import org.recits.api.model.LocalizedText;
import org.recits.api.model.Period;
import org.recits.api.model.Scope;

/**
 * Assertions on an {@link Indicator}, computed the way the engine computes it: pick the data, the scope
 * (the programme unless told) and the period, then check the value, its parts, its status and what it
 * says in the narrative.
 *
 * <pre>{@code
 * assertThat(new ImmersionShare()).on(data).forScope("metz").forPeriod("2020-T1")
 *         .hasValue(0.25).hasNumerator(1).hasDenominator(4).hasStatus(Status.GREEN)
 *         .says("25 %");
 * }</pre>
 *
 * <p>Values are compared with a tolerance of {@value #TOLERANCE}: indicators are ratios of sums whose
 * last digit depends on the order of additions.
 */
public final class IndicatorAssert extends AbstractAssert<IndicatorAssert, Indicator> {

    /** Absolute tolerance of {@link #hasValue}, {@link #hasNumerator} and {@link #hasDenominator}. */
    public static final double TOLERANCE = 1e-9;

    /** How many periods before the asked one the engine computes for the trend. */
    private static final int TREND_PERIODS = 4;

    private Dataset data;
    private Scope scope = Scope.programme();
    private Period period;

    IndicatorAssert(Indicator actual) {
        super(actual, IndicatorAssert.class);
    }

    // --- what to compute -----------------------------------------------------------------------

    /** The data the indicator is computed on. */
    public IndicatorAssert on(Dataset dataset) {
        this.data = Objects.requireNonNull(dataset, "dataset");
        return this;
    }

    /** The data of a fixture (built now). */
    public IndicatorAssert on(Fixture fixture) {
        return on(fixture.build());
    }

    /** One collectivité's scope by id, or {@code programme}. */
    public IndicatorAssert forScope(String collectiviteOrProgramme) {
        this.scope = "programme".equals(collectiviteOrProgramme) ? Scope.programme() : Scope.of(collectiviteOrProgramme);
        return this;
    }

    /** The programme (the default). */
    public IndicatorAssert forProgramme() {
        this.scope = Scope.programme();
        return this;
    }

    /** The period, as on the command line: {@code 2020-T1}, {@code 2020}, {@code 2020-03}, {@code a..b}. */
    public IndicatorAssert forPeriod(String period) {
        this.period = Period.parse(period);
        return this;
    }

    // --- the value -----------------------------------------------------------------------------

    /** The value for the chosen data, scope and period, for assertions this class does not offer. */
    public IndicatorValue value() {
        return compute(scope, period());
    }

    /** The value is {@code expected} (within {@link #TOLERANCE}). */
    public IndicatorAssert hasValue(double expected) {
        IndicatorValue v = value();
        if (!v.isComputable()) {
            failWithMessage("%s on %s %s: expected the value %s but it is not computable (« %s »)", code(), scope,
                    period, expected, v.reason().fr());
        }
        if (Math.abs(v.value() - expected) > TOLERANCE) {
            failWithMessage("%s on %s %s: expected the value %s but was %s (numerator %s, denominator %s)", code(),
                    scope, period, expected, v.value(), v.numerator(), v.denominator());
        }
        return this;
    }

    /** The numerator kept with a ratio or mean is {@code expected}. */
    public IndicatorAssert hasNumerator(double expected) {
        return part("numerator", value().numerator(), expected);
    }

    /** The denominator kept with a ratio or mean is {@code expected}. */
    public IndicatorAssert hasDenominator(double expected) {
        return part("denominator", value().denominator(), expected);
    }

    /** The figure rests on {@code people} people (for small-number suppression). */
    public IndicatorAssert hasPopulation(int people) {
        Integer p = value().population();
        if (p == null || p != people) {
            failWithMessage("%s on %s %s: expected a population of %s but was %s", code(), scope, period, people, p);
        }
        return this;
    }

    /** The standing against the target band. */
    public IndicatorAssert hasStatus(Status expected) {
        Status s = value().status();
        if (s != expected) {
            failWithMessage("%s on %s %s: expected status %s but was %s (value %s, band « %s »)", code(), scope,
                    period, expected, s, value().value(), value().target().text().fr());
        }
        return this;
    }

    /** There is a value ("n/d" is not expected). */
    public IndicatorAssert isComputable() {
        IndicatorValue v = value();
        if (!v.isComputable()) {
            failWithMessage("%s on %s %s: expected a value but it is not computable (« %s »)", code(), scope, period,
                    v.reason().fr());
        }
        return this;
    }

    /** There is no value, and the reason (French or English) contains {@code fragment}. */
    public IndicatorAssert isNotComputableBecause(String fragment) {
        IndicatorValue v = value();
        if (v.isComputable()) {
            failWithMessage("%s on %s %s: expected « n/d » but the value is %s", code(), scope, period, v.value());
        }
        if (!contains(v.reason(), fragment)) {
            failWithMessage("%s on %s %s: the reason « %s » / « %s » does not contain « %s »", code(), scope, period,
                    v.reason().fr(), v.reason().en(), fragment);
        }
        return this;
    }

    // --- the narrative -------------------------------------------------------------------------

    /**
     * The sentences the narrative would print for this value, with the previous period's value as the
     * engine passes it (null when not computable). Empty when the value is not computable.
     */
    public List<LocalizedText> sentences() {
        Period p = period();
        IndicatorValue current = compute(scope, p);
        if (!current.isComputable()) {
            return List.of();
        }
        IndicatorValue previous = compute(scope, p.previous());
        List<LocalizedText> out = actual.sentences(scope, data().collectiviteName(scope), p, current,
                previous.isComputable() ? previous : null);
        if (out == null) {
            failWithMessage("%s: sentences() returned null for %s %s; return List.of() instead", code(), scope, p);
        }
        return out;
    }

    /** One of the sentences, in French, contains {@code fragment}. */
    public IndicatorAssert says(String fragment) {
        return says(fragment, Locale.FRENCH);
    }

    /** One of the sentences, in English, contains {@code fragment}. */
    public IndicatorAssert saysInEnglish(String fragment) {
        return says(fragment, Locale.ENGLISH);
    }

    private IndicatorAssert says(String fragment, Locale locale) {
        List<String> texts = sentences().stream().map(t -> t.in(locale)).toList();
        if (texts.stream().noneMatch(t -> t.contains(fragment))) {
            failWithMessage("%s on %s %s: no %s sentence contains « %s »; sentences: %s", code(), scope, period,
                    locale.getDisplayLanguage(Locale.ENGLISH), fragment, texts);
        }
        return this;
    }

    // --- the contract --------------------------------------------------------------------------

    /**
     * The definition is complete: a code in capitals ({@code LAB_SOMETHING}), label, description and
     * formula in French and English, and the same object on every call (the engine keys results by it).
     */
    public IndicatorAssert hasACompleteDefinition() {
        isNotNull();
        IndicatorDefinition d = actual.definition();
        if (d == null) {
            failWithMessage("definition() returned null");
        }
        if (!d.code().matches("[A-Z][A-Z0-9_]*")) {
            failWithMessage("code « %s » should be capitals, digits and underscores, e.g. LAB_IMMERSION_SHARE",
                    d.code());
        }
        List<String> missing = new ArrayList<>();
        check(missing, "label", d.label());
        check(missing, "description", d.description());
        check(missing, "formula", d.formula());
        if (!missing.isEmpty()) {
            failWithMessage("%s: incomplete definition, French and English needed for %s", d.code(), missing);
        }
        if (actual.definition() != d) {
            failWithMessage("%s: definition() must return the same object every call (keep it in a constant)",
                    d.code());
        }
        return this;
    }

    /**
     * What the engine relies on, for every scope of the data (the programme and each collectivité) and
     * the asked period with the four before it: {@code compute} neither throws nor returns null, and
     * {@code sentences} returns a list (possibly empty) of sentences with French and English text.
     */
    public IndicatorAssert honoursTheEngineContract() {
        hasACompleteDefinition();
        Period p = period();
        List<Scope> scopes = new ArrayList<>();
        scopes.add(Scope.programme());
        data().collectiviteIds().forEach(id -> scopes.add(Scope.of(id)));
        List<Period> periods = new ArrayList<>(p.previous(TREND_PERIODS));
        periods.add(p);
        for (Scope s : scopes) {
            IndicatorValue before = null;
            for (Period q : periods) {
                IndicatorValue v = compute(s, q);
                if (v.isComputable()) {
                    List<LocalizedText> said = actual.sentences(s, data().collectiviteName(s), q, v, before);
                    if (said == null) {
                        failWithMessage("%s: sentences() returned null for %s %s", code(), s, q);
                    }
                    for (LocalizedText t : said) {
                        if (t.fr().isBlank() || t.en() == null || t.en().isBlank()) {
                            failWithMessage("%s: a sentence for %s %s lacks French or English: %s", code(), s, q, t);
                        }
                    }
                }
                before = v.isComputable() ? v : null;
            }
        }
        return this;
    }

    // --- helpers -------------------------------------------------------------------------------

    private IndicatorValue compute(Scope s, Period p) {
        isNotNull();
        IndicatorValue v;
        try {
            v = actual.compute(data(), s, p);
        } catch (RuntimeException e) {
            throw new AssertionError(code() + ".compute(" + s + ", " + p + ") threw " + e
                    + "; return IndicatorValue.notComputable(reason, band) for missing data instead", e);
        }
        if (v == null) {
            failWithMessage("%s.compute(%s, %s) returned null; return IndicatorValue.notComputable(…) instead",
                    code(), s, p);
        }
        return v;
    }

    private IndicatorAssert part(String what, Double actualPart, double expected) {
        if (actualPart == null || Math.abs(actualPart - expected) > TOLERANCE) {
            failWithMessage("%s on %s %s: expected the %s %s but was %s", code(), scope, period, what, expected,
                    actualPart);
        }
        return this;
    }

    private Dataset data() {
        if (data == null) {
            throw new IllegalStateException("say on which data: assertThat(indicator).on(dataset)…");
        }
        return data;
    }

    private Period period() {
        if (period == null) {
            throw new IllegalStateException("say for which period: …forPeriod(\"2020-T1\")…");
        }
        return period;
    }

    private String code() {
        return actual.definition().code();
    }

    private static boolean contains(LocalizedText t, String fragment) {
        return t != null && (t.fr().contains(fragment) || (t.en() != null && t.en().contains(fragment)));
    }

    private static void check(List<String> missing, String name, LocalizedText t) {
        if (t.fr().isBlank() || t.en() == null || t.en().isBlank()) {
            missing.add(name);
        }
    }
}
