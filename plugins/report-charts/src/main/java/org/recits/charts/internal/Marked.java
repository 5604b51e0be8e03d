package org.recits.charts.internal;

/** A renderer that knows why some of its values are drawn differently, for the chart's table. */
interface Marked {

    /** The marks of its values. */
    Marks marks();
}
