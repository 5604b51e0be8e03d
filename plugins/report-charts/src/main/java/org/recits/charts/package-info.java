/**
 * The report's charts, for renderers that embed them (the narrative, slides): a
 * {@link org.recits.charts.ChartService} gives each chart as PNG bytes or SVG text.
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.2.0")
package org.recits.charts;
