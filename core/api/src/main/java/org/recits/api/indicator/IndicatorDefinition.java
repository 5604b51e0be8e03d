package org.recits.api.indicator;

import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.recits.api.model.LocalizedText;
import org.recits.api.model.Measure;

/**
 * What an indicator is: everything a funder needs to recompute it.
 *
 * @param code        stable code such as {@code PART_ATTENDANCE_RATE}
 * @param label       short name
 * @param description one or two sentences on what it tells
 * @param formula     the formula in words, exactly as computed
 * @param unit        unit of the value
 * @param direction   which way is better
 * @param family      value family
 * @param temporality what part of time it looks at
 * @param aggregation how the programme's value is built
 * @param target      default target band
 * @param source      where the definition comes from (e.g. {@code définitions Récits v1})
 * @param roles       what the renderers do with it beyond its rows: headline, chart, planned value…
 * @param answersRead the survey measures whose answers the value is computed from (see {@link #answersRead()})
 * @param activityRead the activity records about people the value is computed from (see {@link #activityRead()})
 * @param sourceText  where the definition comes from, in French and English (see {@link #sourceText()});
 *                    {@code source} is its French text
 */
public record IndicatorDefinition(String code, LocalizedText label, LocalizedText description, LocalizedText formula,
        Unit unit, Direction direction, ValueFamily family, Temporality temporality, Aggregation aggregation,
        TargetBand target, String source, IndicatorRoles roles, Set<Measure> answersRead,
        Set<ActivityRecord> activityRead, LocalizedText sourceText) {

    /**
     * Checks the required components; a null target means {@link TargetBand#NONE}, a null source the empty
     * string, null roles {@link IndicatorRoles#NONE}, null answers or activity records read none.
     *
     * @param code        stable code such as {@code PART_ATTENDANCE_RATE}
     * @param label       short name
     * @param description one or two sentences on what it tells
     * @param formula     the formula in words, exactly as computed
     * @param unit        unit of the value
     * @param direction   which way is better
     * @param family      value family
     * @param temporality what part of time it looks at
     * @param aggregation how the programme's value is built
     * @param target      default target band
     * @param source      where the definition comes from (e.g. {@code définitions Récits v1})
     * @param roles       what the renderers do with it beyond its rows
     * @param answersRead the survey measures whose answers the value is computed from; none when it reads no
     *                    survey answer
     * @param activityRead the activity records about people the value is computed from; none when it reads none
     * @param sourceText  where the definition comes from, in French and English; null for {@code source} in both
     *                    languages; when both are given, {@code source} must be its French text
     */
    public IndicatorDefinition {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(formula, "formula");
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(direction, "direction");
        Objects.requireNonNull(family, "family");
        Objects.requireNonNull(temporality, "temporality");
        Objects.requireNonNull(aggregation, "aggregation");
        target = target == null ? TargetBand.NONE : target;
        source = source == null ? "" : source;
        if (sourceText == null) {
            sourceText = LocalizedText.of(source);
        } else if (source.isEmpty()) {
            source = sourceText.fr();
        } else if (!source.equals(sourceText.fr())) {
            throw new IllegalArgumentException("source « " + source + " » is not the French text of « " + sourceText
                    + " »");
        }
        roles = roles == null ? IndicatorRoles.NONE : roles;
        answersRead = answersRead == null || answersRead.isEmpty() ? Set.of()
                : Collections.unmodifiableSet(EnumSet.copyOf(answersRead));
        activityRead = activityRead == null || activityRead.isEmpty() ? Set.of()
                : Collections.unmodifiableSet(EnumSet.copyOf(activityRead));
    }

    /**
     * A definition whose source is in one language only; give it in both with {@link #withSource}.
     *
     * @param code        stable code such as {@code PART_ATTENDANCE_RATE}
     * @param label       short name
     * @param description one or two sentences on what it tells
     * @param formula     the formula in words, exactly as computed
     * @param unit        unit of the value
     * @param direction   which way is better
     * @param family      value family
     * @param temporality what part of time it looks at
     * @param aggregation how the programme's value is built
     * @param target      default target band
     * @param source      where the definition comes from (e.g. {@code définitions Récits v1})
     * @param roles       what the renderers do with it beyond its rows
     * @param answersRead the survey measures whose answers the value is computed from
     * @param activityRead the activity records about people the value is computed from
     */
    public IndicatorDefinition(String code, LocalizedText label, LocalizedText description, LocalizedText formula,
            Unit unit, Direction direction, ValueFamily family, Temporality temporality, Aggregation aggregation,
            TargetBand target, String source, IndicatorRoles roles, Set<Measure> answersRead,
            Set<ActivityRecord> activityRead) {
        this(code, label, description, formula, unit, direction, family, temporality, aggregation, target, source,
                roles, answersRead, activityRead, null);
    }

    /**
     * A definition that reads no activity record; declare those it reads with {@link #withActivityRead}.
     *
     * @param code        stable code such as {@code PART_ATTENDANCE_RATE}
     * @param label       short name
     * @param description one or two sentences on what it tells
     * @param formula     the formula in words, exactly as computed
     * @param unit        unit of the value
     * @param direction   which way is better
     * @param family      value family
     * @param temporality what part of time it looks at
     * @param aggregation how the programme's value is built
     * @param target      default target band
     * @param source      where the definition comes from (e.g. {@code définitions Récits v1})
     * @param roles       what the renderers do with it beyond its rows
     * @param answersRead the survey measures whose answers the value is computed from
     */
    public IndicatorDefinition(String code, LocalizedText label, LocalizedText description, LocalizedText formula,
            Unit unit, Direction direction, ValueFamily family, Temporality temporality, Aggregation aggregation,
            TargetBand target, String source, IndicatorRoles roles, Set<Measure> answersRead) {
        this(code, label, description, formula, unit, direction, family, temporality, aggregation, target, source,
                roles, answersRead, Set.of());
    }

    /**
     * A definition that reads no survey answer; declare the answers it reads with {@link #withAnswersRead}.
     *
     * @param code        stable code such as {@code PART_ATTENDANCE_RATE}
     * @param label       short name
     * @param description one or two sentences on what it tells
     * @param formula     the formula in words, exactly as computed
     * @param unit        unit of the value
     * @param direction   which way is better
     * @param family      value family
     * @param temporality what part of time it looks at
     * @param aggregation how the programme's value is built
     * @param target      default target band
     * @param source      where the definition comes from (e.g. {@code définitions Récits v1})
     * @param roles       what the renderers do with it beyond its rows
     */
    public IndicatorDefinition(String code, LocalizedText label, LocalizedText description, LocalizedText formula,
            Unit unit, Direction direction, ValueFamily family, Temporality temporality, Aggregation aggregation,
            TargetBand target, String source, IndicatorRoles roles) {
        this(code, label, description, formula, unit, direction, family, temporality, aggregation, target, source,
                roles, Set.of(), Set.of());
    }

    /**
     * A definition with no role ({@link IndicatorRoles#NONE}): rows, trend chart and the family's section
     * only. Give it roles with {@link #withRoles}.
     *
     * @param code        stable code such as {@code PART_ATTENDANCE_RATE}
     * @param label       short name
     * @param description one or two sentences on what it tells
     * @param formula     the formula in words, exactly as computed
     * @param unit        unit of the value
     * @param direction   which way is better
     * @param family      value family
     * @param temporality what part of time it looks at
     * @param aggregation how the programme's value is built
     * @param target      default target band
     * @param source      where the definition comes from (e.g. {@code définitions Récits v1})
     */
    public IndicatorDefinition(String code, LocalizedText label, LocalizedText description, LocalizedText formula,
            Unit unit, Direction direction, ValueFamily family, Temporality temporality, Aggregation aggregation,
            TargetBand target, String source) {
        this(code, label, description, formula, unit, direction, family, temporality, aggregation, target, source,
                IndicatorRoles.NONE, Set.of(), Set.of());
    }

    /**
     * This definition with the given roles.
     *
     * @param value what the renderers do with the indicator beyond its rows
     * @return a copy with {@code roles} set
     */
    public IndicatorDefinition withRoles(IndicatorRoles value) {
        return new IndicatorDefinition(code, label, description, formula, unit, direction, family, temporality,
                aggregation, target, source, Objects.requireNonNull(value, "value"), answersRead, activityRead, sourceText);
    }

    /**
     * The survey measures whose answers the value is computed from: none for an indicator that reads no survey
     * answer. Where the value is masked (it rests on too few people, or protects a value that does), the
     * records outputs leave out the answers of the masked collectivité (of every collectivité for the programme)
     * to these measures that the value reads: dated in the period for {@link Temporality#FLOW_IN_PERIOD}, dated
     * by its end or undated otherwise. An indicator that reads answers and does not say so lets its masked value
     * be recomputed from those rows.
     *
     * @return the measures, never null
     * @since 1.3
     */
    @Override
    public Set<Measure> answersRead() {
        return answersRead;
    }

    /**
     * This definition reading the answers to these measures.
     *
     * @param measures the survey measures whose answers the value is computed from
     * @return a copy with {@code answersRead} set
     * @since 1.3
     */
    public IndicatorDefinition withAnswersRead(Measure... measures) {
        Set<Measure> read = measures.length == 0 ? Set.of() : EnumSet.copyOf(List.of(measures));
        return new IndicatorDefinition(code, label, description, formula, unit, direction, family, temporality,
                aggregation, target, source, roles, read, activityRead, sourceText);
    }

    /**
     * The activity records about people the value is computed from: none for an indicator that reads none
     * (counts of sessions, money…). Where the value is masked, the records outputs leave out the rows of these
     * kinds of the masked collectivité (of every collectivité for the programme) that the value reads: the
     * attendance and weather rows of the sessions dated in the period for {@link Temporality#FLOW_IN_PERIOD}
     * (by its end otherwise), the participants whose time in the programme meets that window. An indicator
     * that reads such records and does not say so lets its masked value be recomputed from those rows.
     *
     * @return the kinds of records, never null
     * @since 1.4
     */
    @Override
    public Set<ActivityRecord> activityRead() {
        return activityRead;
    }

    /**
     * This definition reading these activity records.
     *
     * @param kinds the activity records about people the value is computed from
     * @return a copy with {@code activityRead} set
     * @since 1.4
     */
    public IndicatorDefinition withActivityRead(ActivityRecord... kinds) {
        Set<ActivityRecord> read = kinds.length == 0 ? Set.of() : EnumSet.copyOf(List.of(kinds));
        return new IndicatorDefinition(code, label, description, formula, unit, direction, family, temporality,
                aggregation, target, source, roles, answersRead, read, sourceText);
    }

    /**
     * Where the definition comes from, in the reader's language ({@code définitions Récits v1}, {@code Récits
     * definitions v1}); {@link #source()} is its French text. A definition made with a source in one language
     * gives it in both.
     *
     * @return the source, never null
     * @since 1.6
     */
    @Override
    public LocalizedText sourceText() {
        return sourceText;
    }

    /**
     * This definition with its source in French and English.
     *
     * @param text where the definition comes from, in both languages
     * @return a copy with {@code sourceText} set and {@code source} its French text
     * @since 1.6
     */
    public IndicatorDefinition withSource(LocalizedText text) {
        Objects.requireNonNull(text, "text");
        return new IndicatorDefinition(code, label, description, formula, unit, direction, family, temporality,
                aggregation, target, text.fr(), roles, answersRead, activityRead, text);
    }
}
