/**
 * Words for people, read from a bundle's own resource bundles: French is the base bundle
 * ({@code messages.properties}), English the {@code _en} one; and {@link org.recits.api.text.PeriodWords}, the one
 * way a period and a day are said in words; {@link org.recits.api.text.Typesetting}, the spaces of French typography.
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.3.0")
package org.recits.api.text;
