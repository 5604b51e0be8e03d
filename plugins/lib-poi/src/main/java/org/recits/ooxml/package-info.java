/**
 * What the Office writers (the funder workbook, the narrative's DOCX) share around POI: one
 * deterministic zip rewriter ({@link org.recits.ooxml.StableZip}), one XML writer and escaper
 * ({@link org.recits.ooxml.XmlBytes}), and one way to splice XML written apart into a part POI made
 * ({@link org.recits.ooxml.Splice}).
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.0.0")
package org.recits.ooxml;
