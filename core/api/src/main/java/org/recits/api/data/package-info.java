/**
 * The immutable, indexed {@link org.recits.api.data.Dataset} ingestors fill and indicators query, with
 * its provenance and data-quality findings: interfaces and small immutable records only; their
 * implementation (the column store of survey answers among it) is private to the API bundle.
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("2.3.0")
package org.recits.api.data;
