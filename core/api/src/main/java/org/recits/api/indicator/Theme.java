package org.recits.api.indicator;

/** Where the narrative tells of an indicator. */
public enum Theme {
    /** In the section of its {@link ValueFamily} (participation with the group, protocol with what happened). */
    FAMILY,
    /** With the life of the group: who comes, how the group feels (the group's weather). */
    GROUP,
    /** With the lab in the making (when the group starts working on its future lab). */
    LAB
}
