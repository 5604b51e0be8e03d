package org.recits.narrative.internal;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import org.apache.poi.util.Units;
import org.apache.poi.xwpf.usermodel.Document;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.recits.narrative.internal.Doc.Block;
import org.recits.narrative.internal.Doc.Figure;
import org.recits.narrative.internal.Doc.Heading;
import org.recits.narrative.internal.Doc.KeyFigure;
import org.recits.narrative.internal.Doc.KeyFigures;
import org.recits.narrative.internal.Doc.Para;
import org.recits.narrative.internal.Doc.QuoteBlock;
import org.recits.narrative.internal.Doc.Sentence;

/**
 * TEST REFERENCE ONLY: {@code DocxWriter} as it was when every paragraph and run went through XWPF, kept
 * to prove that the spliced body reads back the same ({@code DocxWriterEquivalenceTest}). Not to be
 * changed with the writer. The styles, core properties and zip rewrite, which the new writer did not
 * change, are the writer's own ({@code DocxWriter.styles}, {@code properties}, {@code normalise} without a
 * body). Changed since only where the text changed: a sentence's source is now a raised note number (issue 19),
 * not a bracketed reference, and a figure's caption no longer lists its codes. Original comment:
 *
 * <p>The narrative as a Word document: real heading styles (Title, Heading 1, Heading 2 with outline
 * levels, so Word and LibreOffice build a table of contents), charts as PNG pictures. Same report,
 * same bytes: core dates are the report's date and the zip is rewritten with a fixed entry time in a
 * stable order.
 */
final class XwpfReferenceWriter {

    private static final String ACCENT = "1F3A5F";
    private static final double CHART_WIDTH_CM = 16;
    private Doc doc;

    byte[] write(Doc doc, LocalDate generatedOn) throws IOException {
        ByteArrayOutputStream raw = new ByteArrayOutputStream();
        try (XWPFDocument d = new XWPFDocument()) {
            DocxWriter.styles(d);
            DocxPage.apply(d, java.util.Locale.FRENCH); // unchanged by the new writer: shared
            XWPFParagraph t = d.createParagraph();
            t.setStyle("Title");
            raised(t, doc.title);
            text(d.createParagraph(), doc.subtitle, true, false);
            this.doc = doc;
            for (Block b : doc.blocks) {
                block(d, b);
            }
            DocxWriter.properties(d, doc, generatedOn);
            d.write(raw);
        }
        return DocxWriter.normalise(raw.toByteArray(), generatedOn, null);
    }

    private void block(XWPFDocument d, Block b) throws IOException {
        if (b instanceof Heading h) {
            XWPFParagraph p = d.createParagraph();
            p.setStyle(h.level() <= 2 ? "Heading1" : "Heading2");
            raised(p, h.text());
        } else if (b instanceof Para p) {
            if (p.list()) {
                for (Sentence s : p.sentences()) {
                    XWPFParagraph para = d.createParagraph();
                    para.setIndentationLeft(360);
                    para.setIndentationHanging(240);
                    para.createRun().setText("•\t");
                    sentence(para, s);
                }
            } else {
                XWPFParagraph para = d.createParagraph();
                for (int i = 0; i < p.sentences().size(); i++) {
                    if (i > 0) {
                        para.createRun().setText(" ");
                    }
                    sentence(para, p.sentences().get(i));
                }
            }
        } else if (b instanceof KeyFigures k) {
            for (KeyFigure f : k.figures()) {
                XWPFParagraph para = d.createParagraph();
                para.setSpacingAfter(60);
                XWPFRun big = para.createRun();
                big.setBold(true);
                big.setFontSize(18);
                big.setColor(ACCENT);
                big.setText(f.figure());
                para.createRun().setText("  " + f.label());
                ref(para, f.source());
            }
        } else if (b instanceof QuoteBlock q) {
            XWPFParagraph para = d.createParagraph();
            para.setStyle("Quote");
            XWPFRun r = para.createRun();
            r.setItalic(true);
            r.setText("«" + Typo.NBSP + q.text() + Typo.NBSP + "»");
            XWPFRun who = para.createRun();
            who.addBreak();
            who.setFontSize(9);
            who.setText("— " + q.who());
        } else if (b instanceof Figure f) {
            XWPFParagraph para = d.createParagraph();
            para.setAlignment(ParagraphAlignment.CENTER);
            byte[] png = f.chart().png(Doc.Figure.PRINT_SCALE);
            double widthCm = CHART_WIDTH_CM;
            double heightCm = widthCm * f.chart().height() / f.chart().width();
            try {
                para.createRun().addPicture(new ByteArrayInputStream(png), Document.PICTURE_TYPE_PNG,
                        DocxWriter.description(f.alt()), Units.toEMU(widthCm / 2.54 * 72), Units.toEMU(heightCm / 2.54 * 72));
            } catch (org.apache.poi.openxml4j.exceptions.InvalidFormatException e) {
                throw new IOException("chart " + f.chart().id() + ": " + e.getMessage(), e);
            }
            XWPFParagraph cap = d.createParagraph();
            cap.setAlignment(ParagraphAlignment.CENTER);
            XWPFRun r = cap.createRun();
            r.setFontSize(9);
            r.setItalic(true);
            r.setText(f.caption());
        }
    }

    private void sentence(XWPFParagraph p, Sentence s) {
        raised(p, s.text());
        ref(p, s);
    }

    /** The ordinals' letters raised (« 1er »), as the writer does since issue 19. */
    private static void raised(XWPFParagraph p, String text) {
        for (Ordinals.Part part : Ordinals.split(text)) {
            XWPFRun r = p.createRun();
            if (part.raised()) {
                r.setVerticalAlignment("superscript");
            }
            r.setText(part.text());
        }
    }

    private void ref(XWPFParagraph p, Sentence s) {
        int n = doc.noteNumber(s);
        if (n > 0) {
            XWPFRun r = p.createRun();
            r.setColor(ACCENT);
            r.setVerticalAlignment("superscript");
            r.setText(Integer.toString(n));
        }
    }

    private static void text(XWPFParagraph p, String s, boolean italic, boolean bold) {
        XWPFRun r = p.createRun();
        r.setItalic(italic);
        r.setBold(bold);
        r.setText(s);
    }
}
