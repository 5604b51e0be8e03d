/**
 * A programme store: several labs' data folders kept over the years in one database, with the history of
 * what was pushed and reported, given back to the engine as the files of a data folder so that ingestors,
 * indicators and renderers read them exactly as they read a folder.
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.1.0")
package org.recits.api.store;
