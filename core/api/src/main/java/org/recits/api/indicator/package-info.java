/**
 * Extension point for figures: an {@link org.recits.api.indicator.Indicator} service declares its
 * definition and computes a value for a scope and a period.
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.2.0")
package org.recits.api.indicator;
