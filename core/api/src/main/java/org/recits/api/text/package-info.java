/**
 * Words for people, read from a bundle's own resource bundles: French is the base bundle
 * ({@code messages.properties}), English the {@code _en} one.
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.1.0")
package org.recits.api.text;
