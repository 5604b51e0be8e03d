/**
 * Testing an indicator plugin without the framework ({@link org.recits.testkit.Fixture},
 * {@link org.recits.testkit.DataFolder}, {@link org.recits.testkit.RecitsAssertions}) and inside it
 * ({@link org.recits.testkit.FelixHarness}, {@link org.recits.testkit.ReportFiles}). A library for tests,
 * not a bundle: it is never deployed.
 */
package org.recits.testkit;
