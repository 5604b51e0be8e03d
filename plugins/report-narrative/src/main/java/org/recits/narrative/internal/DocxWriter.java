package org.recits.narrative.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.util.Units;
import org.apache.poi.xwpf.usermodel.Document;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPrGeneral;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;
import org.recits.ooxml.Splice;
import org.recits.ooxml.StableZip;
import org.recits.ooxml.XmlBytes;
import org.recits.narrative.internal.Doc.Block;
import org.recits.narrative.internal.Doc.Figure;
import org.recits.narrative.internal.Doc.Heading;
import org.recits.narrative.internal.Doc.KeyFigure;
import org.recits.narrative.internal.Doc.KeyFigures;
import org.recits.narrative.internal.Doc.KeyMessage;
import org.recits.narrative.internal.Doc.KeyMessages;
import org.recits.narrative.internal.Doc.Masthead;
import org.recits.narrative.internal.Doc.Note;
import org.recits.narrative.internal.Doc.Notes;
import org.recits.narrative.internal.Doc.PageBreak;
import org.recits.narrative.internal.Doc.Picture;
import org.recits.narrative.internal.Doc.Para;
import org.recits.narrative.internal.Doc.QuoteBlock;
import org.recits.narrative.internal.Doc.Sentence;

/**
 * The narrative as a Word document: real heading styles (Title, Heading 1, Heading 2 with outline
 * levels, so Word and LibreOffice build a table of contents), charts as PNG pictures. Same report,
 * same bytes: core dates are the report's date and the zip is rewritten with a fixed entry time in a
 * stable order.
 *
 * <p>POI makes the package: styles, core properties, the picture parts. The paragraphs are written as
 * text by {@link BodyXml} and spliced into POI's document part: through XWPF's object model they cost
 * most of the time of a consolidated programme's narrative.
 */
final class DocxWriter {

    private static final String DOCUMENT = "word/document.xml";
    private static final String ACCENT = "1F3A5F";
    private static final double CHART_WIDTH_CM = 16;
    private static final double LOGO_HEIGHT_CM = 2;
    private static final double LOGO_MAX_WIDTH_CM = 6;

    private static final String TITLE = BodyXml.pPr("Title", 0, 0, 0, false);
    private static final String HEADING1 = BodyXml.pPr("Heading1", 0, 0, 0, false);
    private static final String HEADING2 = BodyXml.pPr("Heading2", 0, 0, 0, false);
    private static final String QUOTE = BodyXml.pPr("Quote", 0, 0, 0, false);
    private static final String BULLET = BodyXml.pPr(null, 0, 360, 240, false);
    /** A note: its number in a hanging indent wide enough for « 100. », so that « 10. » keeps the text aligned. */
    private static final String NOTE_ITEM = BodyXml.pPr(null, 0, 454, 454, false);
    private static final String KEY_FIGURE = BodyXml.pPr(null, 60, 0, 0, false);
    private static final String CENTRED = BodyXml.pPr(null, 0, 0, 0, true);
    private static final String PLAIN = "";
    private static final String ITALIC = BodyXml.rPr(false, true, null, 0);
    private static final String BIG = BodyXml.rPr(true, false, ACCENT, 36);
    private static final String NOTE = BodyXml.rPr(false, false, ACCENT, 0, true);
    private static final String RAISED = BodyXml.rPr(false, false, null, 0, true);
    private static final String LAB = BodyXml.rPr(true, false, ACCENT, 24);
    private static final String MESSAGE = BodyXml.rPr(true, false, ACCENT, 24);
    private static final String MESSAGE_BOX = BodyXml.pPr(null, 120, 284, 0, false);
    private static final String SMALL = BodyXml.rPr(false, false, null, 18);
    private static final String CAPTION = BodyXml.rPr(false, true, null, 18);

    byte[] write(Doc doc, LocalDate generatedOn) throws IOException {
        return write(doc, Locale.FRENCH, generatedOn);
    }

    byte[] write(Doc doc, Locale locale, LocalDate generatedOn) throws IOException {
        ByteArrayOutputStream raw = new ByteArrayOutputStream();
        BodyXml body = new BodyXml();
        try (XWPFDocument d = new XWPFDocument()) {
            styles(d);
            DocxPage.apply(d, locale);
            Masthead m = doc.masthead;
            if (m.logo() != null) {
                logo(d, body, m.logo());
            }
            if (m.lab() != null) {
                body.p(PLAIN).run(LAB, m.lab()).endP();
            }
            raised(body.p(TITLE), doc.title).endP();
            // XWPF also wrote bold off here: the default in a paragraph without style.
            body.p(PLAIN).run(ITALIC, doc.subtitle).endP();
            for (String line : m.lines()) {
                body.p(PLAIN).run(PLAIN, line).endP();
            }
            for (Block b : doc.blocks) {
                block(d, body, doc, b);
            }
            properties(d, doc, generatedOn);
            d.write(raw);
        }
        return normalise(raw.toByteArray(), generatedOn, body.bytes());
    }

    /** Title, creator, and the report's date as creation and modification dates (not the clock). */
    static void properties(XWPFDocument d, Doc doc, LocalDate generatedOn) {
        POIXMLProperties.CoreProperties core = d.getProperties().getCoreProperties();
        Date date = Date.from(generatedOn.atStartOfDay().toInstant(ZoneOffset.UTC));
        core.setCreated(Optional.of(date));
        core.setModified(Optional.of(date));
        core.setTitle(XmlBytes.legal(doc.title));
        core.setCreator("Récits");
    }

    /** One block's paragraphs; a figure's picture goes into {@code d} as a part, its drawing into {@code body}. */
    private static void block(XWPFDocument d, BodyXml body, Doc doc, Block b) throws IOException {
        if (b instanceof Heading h) {
            raised(body.p(h.level() <= 2 ? HEADING1 : HEADING2), h.text()).endP();
        } else if (b instanceof Para p) {
            if (p.list()) {
                for (Sentence s : p.sentences()) {
                    body.p(BULLET).run(PLAIN, "•\t");
                    sentence(body, doc, s);
                    body.endP();
                }
            } else {
                body.p(PLAIN);
                for (int i = 0; i < p.sentences().size(); i++) {
                    if (i > 0) {
                        body.run(PLAIN, " ");
                    }
                    sentence(body, doc, p.sentences().get(i));
                }
                body.endP();
            }
        } else if (b instanceof KeyFigures k) {
            for (KeyFigure f : k.figures()) {
                body.p(KEY_FIGURE).run(BIG, f.figure()).run(PLAIN, "  " + f.label());
                note(body, doc, f.source());
                body.endP();
            }
        } else if (b instanceof KeyMessages k) {
            for (KeyMessage m : k.messages()) {
                body.p(MESSAGE_BOX).run(MESSAGE, m.title()).run(PLAIN, true, "");
                sentence(body, doc, m.text());
                body.endP();
            }
        } else if (b instanceof QuoteBlock q) {
            body.p(QUOTE).run(ITALIC, q.marked()).run(SMALL, true, "— " + q.who()).endP();
        } else if (b instanceof Figure f) {
            String rel;
            try {
                // The part and its relationship only; XWPF gives the same id to the same picture twice.
                rel = d.addPictureData(f.chart().png(Figure.PRINT_SCALE), Document.PICTURE_TYPE_PNG);
            } catch (org.apache.poi.openxml4j.exceptions.InvalidFormatException e) {
                throw new IOException("chart " + f.chart().id() + ": " + e.getMessage(), e);
            }
            double widthCm = CHART_WIDTH_CM;
            double heightCm = widthCm * f.chart().height() / f.chart().width();
            // the picture's description is its text alternative: what the chart shows, in words
            body.p(CENTRED).picture(rel, description(f.alt()), Units.toEMU(widthCm / 2.54 * 72),
                    Units.toEMU(heightCm / 2.54 * 72)).endP();
            body.p(CENTRED).run(CAPTION, f.caption()).endP();
        } else if (b instanceof Notes n) {
            for (Note note : n.notes()) {
                body.p(NOTE_ITEM).run(SMALL, note.number() + ".\t" + note.text()).endP();
            }
        } else if (b instanceof PageBreak) {
            body.pageBreak();
        }
    }

    /** The logo above the title, at most {@value #LOGO_HEIGHT_CM} cm high and {@value #LOGO_MAX_WIDTH_CM} cm wide. */
    private static void logo(XWPFDocument d, BodyXml body, Picture logo) throws IOException {
        String rel;
        try {
            rel = d.addPictureData(logo.bytes(), "image/jpeg".equals(logo.mediaType()) ? Document.PICTURE_TYPE_JPEG
                    : Document.PICTURE_TYPE_PNG);
        } catch (org.apache.poi.openxml4j.exceptions.InvalidFormatException e) {
            throw new IOException("logo: " + e.getMessage(), e);
        }
        double h = LOGO_HEIGHT_CM;
        double w = h * logo.width() / Math.max(1, logo.height());
        if (w > LOGO_MAX_WIDTH_CM) {
            h = h * LOGO_MAX_WIDTH_CM / w;
            w = LOGO_MAX_WIDTH_CM;
        }
        body.p(PLAIN).picture(rel, logo.alt(), Units.toEMU(w / 2.54 * 72), Units.toEMU(h / 2.54 * 72)).endP();
    }

    /**
     * A text alternative as a picture's description: an XML attribute, so without the characters XML
     * forbids, and with tabs and line ends as spaces (a reader normalises them so in an attribute).
     */
    static String description(String alt) {
        return XmlBytes.legal(alt).replaceAll("[\\t\\n\\r]", " ");
    }

    private static void sentence(BodyXml body, Doc doc, Sentence s) {
        raised(body, s.text());
        note(body, doc, s);
    }

    /** The text in plain runs, its ordinals' letters raised (« 1er » with « er » as an exponent). */
    private static BodyXml raised(BodyXml body, String text) {
        for (Ordinals.Part p : Ordinals.split(text)) {
            body.run(p.raised() ? RAISED : PLAIN, p.text());
        }
        return body;
    }

    /** The sentence's note number, raised, when it has a source. */
    private static void note(BodyXml body, Doc doc, Sentence s) {
        int n = doc.noteNumber(s);
        if (n > 0) {
            body.run(NOTE, Integer.toString(n));
        }
    }

    /** Title, Heading1, Heading2 and Quote as real paragraph styles (a blank document has none). */
    static void styles(XWPFDocument d) {
        XWPFStyles styles = d.createStyles();
        styles.addStyle(style("Title", "Title", -1, 28, true, false));
        styles.addStyle(style("Heading1", "heading 1", 0, 16, true, false));
        styles.addStyle(style("Heading2", "heading 2", 1, 13, true, false));
        styles.addStyle(style("Quote", "Quote", -1, 11, false, true));
    }

    private static XWPFStyle style(String id, String name, int outline, int points, boolean bold, boolean italic) {
        CTStyle s = CTStyle.Factory.newInstance();
        s.setStyleId(id);
        s.setType(STStyleType.PARAGRAPH);
        s.addNewName().setVal(name);
        s.addNewQFormat();
        CTPPrGeneral ppr = s.addNewPPr();
        if (outline >= 0) {
            ppr.addNewOutlineLvl().setVal(BigInteger.valueOf(outline));
            ppr.addNewKeepNext();
            ppr.addNewSpacing().setBefore(BigInteger.valueOf(outline == 0 ? 360 : 240));
        }
        if (italic) {
            ppr.addNewInd().setLeft(BigInteger.valueOf(567));
        }
        CTRPr rpr = s.addNewRPr();
        if (bold) {
            rpr.addNewB();
        }
        if (italic) {
            rpr.addNewI();
        }
        rpr.addNewSz().setVal(BigInteger.valueOf(points * 2L));
        rpr.addNewColor().setVal(italic ? "333333" : ACCENT);
        XWPFStyle style = new XWPFStyle(s);
        style.setType(STStyleType.PARAGRAPH);
        return style;
    }

    /**
     * Rewrites the package with every entry at {@code day} 00:00 and in a stable order ({@link StableZip}):
     * POI stamps entries with the clock. The body's paragraphs go into {@code word/document.xml} on the way
     * ({@link #splice}), unless {@code body} is null.
     */
    static byte[] normalise(byte[] zip, LocalDate day, byte[] body) throws IOException {
        return StableZip.normalize(zip, day, body == null ? Map.of() : Map.of(DOCUMENT, part -> splice(part, body)));
    }

    /**
     * POI's document part with {@code body} at the start of its {@code w:body} (before anything POI put
     * there, such as a section's properties, which must come last). POI declares only the namespaces it
     * used, so the body element declares the drawings' {@code wp} and {@code r}.
     */
    static byte[] splice(byte[] document, byte[] body) {
        String open = "<w:body xmlns:wp=\"" + BodyXml.WP + "\" xmlns:r=\"" + BodyXml.R + "\">";
        return Splice.atStart(document, "w:body").head(head -> head.substring(0, head.lastIndexOf("<w:body")) + open)
                .join(body);
    }
}
