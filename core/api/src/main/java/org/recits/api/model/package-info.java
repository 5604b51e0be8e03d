/**
 * Domain records read from a lab's files (the input contract, docs/format.md), with {@link org.recits.api.model.Period} and
 * {@link org.recits.api.model.Scope}, the two coordinates of every figure.
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.2.0")
package org.recits.api.model;
