package org.recits.api.indicator;

/**
 * A kind of activity record about people that a figure may be computed from (see
 * {@link IndicatorDefinition#activityRead()}): where the figure is masked, the records outputs leave those rows
 * of the masked group out, or a few lines of a spreadsheet would give it back.
 *
 * @since 1.4
 */
public enum ActivityRecord {
    /** The rows of {@code participants.csv}: who is in the group, with their dates, department and category. */
    PARTICIPANTS,
    /** The rows of {@code presences.csv}: who attended which session, for how many days. */
    ATTENDANCE,
    /** The rows of {@code meteo.csv}: each person's mood at a session. */
    WEATHER
}
