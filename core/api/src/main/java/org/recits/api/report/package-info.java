/**
 * The assembled {@link org.recits.api.report.Report} and the extension point that writes it,
 * {@link org.recits.api.report.ReportRenderer}.
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.2.0")
package org.recits.api.report;
