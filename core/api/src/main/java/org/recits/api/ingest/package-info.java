/**
 * Extension point for reading a lab's files: an {@link org.recits.api.ingest.Ingestor} service claims
 * files and adds typed records to a dataset builder; a {@link org.recits.api.ingest.MappingDrafter} drafts
 * the mapping file a survey export needs (since 1.1); an ingestor says what it recognised in a file
 * ({@link org.recits.api.ingest.Reading}) and why it did not take one meant for it (since 1.2).
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.2.0")
package org.recits.api.ingest;
