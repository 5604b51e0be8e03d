/**
 * Extension point for figures: an {@link org.recits.api.indicator.Indicator} service declares its
 * definition and computes a value for a scope and a period; the definition's
 * {@link org.recits.api.indicator.IndicatorRoles roles} say what the renderers do with it beyond its rows.
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.6.0")
package org.recits.api.indicator;
