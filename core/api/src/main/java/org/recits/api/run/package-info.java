/**
 * The engine's commands as a service, {@link org.recits.api.run.Engine}, for a caller inside the framework such
 * as the page of {@code recits serve}: the same reading, checks and report as the command line.
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.1.0")
package org.recits.api.run;
