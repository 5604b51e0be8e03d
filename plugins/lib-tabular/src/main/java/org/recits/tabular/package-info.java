/**
 * Reading the tables labs hand over (CSV/TSV/TXT and XLSX sheets) with exact line numbers, and
 * parsing the values they write (French dates, decimal commas, lists in cells).
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("2.1.0")
package org.recits.tabular;
