/**
 * Extension point for reading a lab's files: an {@link org.recits.api.ingest.Ingestor} service claims
 * files and adds typed records to a dataset builder; a {@link org.recits.api.ingest.MappingDrafter} drafts
 * the mapping file a survey export needs (since 1.1).
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.1.0")
package org.recits.api.ingest;
