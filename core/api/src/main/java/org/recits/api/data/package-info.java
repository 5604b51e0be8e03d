/**
 * The immutable, indexed {@link org.recits.api.data.Dataset} ingestors fill and indicators query, with
 * its provenance and data-quality findings.
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.3.0")
package org.recits.api.data;
