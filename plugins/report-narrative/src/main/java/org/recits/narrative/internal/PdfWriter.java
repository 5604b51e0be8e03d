// Over 400 lines: the PDF/UA layout of every block kind (headings, paragraphs, lists, quotes, figures) with the
// structure tree each needs; they share one page cursor and one tag stack, which a split would have to pass around.
package org.recits.narrative.internal;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.Locale;
import java.util.TimeZone;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentCatalog;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDMarkInfo;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureNode;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureTreeRoot;
import org.apache.pdfbox.pdmodel.documentinterchange.taggedpdf.PDLayoutAttributeObject;
import org.apache.pdfbox.pdmodel.documentinterchange.taggedpdf.StandardStructureTypes;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.pdmodel.interactive.viewerpreferences.PDViewerPreferences;
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
import org.recits.narrative.internal.PdfText.Line;
import org.recits.narrative.internal.PdfText.Run;
import org.recits.narrative.internal.PdfText.Style;

/**
 * The narrative as a tagged PDF for PDF/UA-1 (ISO 14289-1): every block is a structure element (H1–H3,
 * P, L/LI/Lbl/LBody, BlockQuote, Figure with its alternative text and bounding box) in reading order,
 * decorations and page numbers are artifacts, the fonts are embedded, the document's language and title
 * are set and shown as the window's title, and the XMP metadata identifies PDF/UA. A4, one column.
 *
 * <p>Same report, same bytes: the dates are the report's date, the identifier a digest of the content.
 */
final class PdfWriter {

    private static final Color INK = new Color(0x1B, 0x1B, 0x1B);
    private static final Color ACCENT = new Color(0x1F, 0x3A, 0x5F);
    private static final Color GREY = new Color(0x55, 0x55, 0x55);
    private static final Color QUOTE_BAR = new Color(0xE0, 0x9A, 0x3E);
    private static final Color TINT = new Color(0xF2, 0xF5, 0xF9);
    private static final float BODY = 10.5f;
    /** Line height over font size: 1.3 reads as easily as 1.4 at 10.5 pt and the annex takes a sixth less paper. */
    private static final float LEADING = 1.3f;
    /**
     * A chart never takes more than this share of a page's height: at 0.42 a chart filled half a page and
     * pushed its neighbour to the next, leaving pages two-thirds empty. At 0.36 it is nearly the text's
     * width still, so its labels keep their print size (below 0.30 they fall under 5 pt).
     */
    /** Below this room (points, about four lines) a figure that does not fit is not held: the page just ends. */
    private static final float MIN_ROOM = 4 * BODY * LEADING;
    private static final float CHART_MAX_H = 0.36f * (PdfCanvas.TOP - PdfCanvas.BOTTOM);

    private PDDocument pdf;
    private PdfText text;
    private PdfCanvas canvas;
    private PDStructureElement root;
    private Doc doc;
    /**
     * Figures that did not fit in what was left of their page, in order: the text after them fills that room
     * and they open the next page (a chart alone on page 1 left a third of it empty). Never past a page break:
     * the brief's charts stay in the brief.
     */
    private final List<Figure> held = new ArrayList<>();
    private Style body;
    private Style note;

    byte[] write(Doc doc, Locale locale, LocalDate generatedOn) throws IOException {
        try (PDDocument d = new PDDocument(); PdfText t = new PdfText(d)) {
            pdf = d;
            text = t;
            this.doc = doc;
            canvas = new PdfCanvas(pdf, t);
            body = new Style(t.regular, BODY, INK);
            note = new Style(t.regular, 7, ACCENT, 3.5f);
            PDStructureTreeRoot tree = new PDStructureTreeRoot();
            root = new PDStructureElement(StandardStructureTypes.DOCUMENT, tree);
            tree.appendKid(root);

            canvas.newPage();
            canvas.onPageStart(this::placeHeld);
            masthead(doc.masthead);
            for (Block b : doc.blocks) {
                block(b);
            }
            if (!held.isEmpty()) {
                canvas.newPage();
            }
            COSDictionary parents = canvas.finish(new Style(t.regular, 8, GREY));
            tree.getCOSObject().setItem(COSName.PARENT_TREE, parents);
            tree.setParentTreeNextKey(canvas.pages());
            document(doc, locale, generatedOn, tree);
            ByteArrayOutputStream out = new ByteArrayOutputStream(256 * 1024);
            pdf.save(out);
            return out.toByteArray();
        }
    }

    /** Catalog, information and metadata: what PDF/UA asks of the document as a whole. */
    private void document(Doc doc, Locale locale, LocalDate generatedOn, PDStructureTreeRoot tree) {
        pdf.setVersion(1.7f);
        PDDocumentCatalog catalog = pdf.getDocumentCatalog();
        catalog.setStructureTreeRoot(tree);
        PDMarkInfo mark = new PDMarkInfo();
        mark.setMarked(true);
        catalog.setMarkInfo(mark);
        String lang = "en".equals(locale.getLanguage()) ? "en-GB" : "fr-FR";
        catalog.setLanguage(lang);
        PDViewerPreferences prefs = new PDViewerPreferences(new COSDictionary());
        prefs.setDisplayDocTitle(true);
        catalog.setViewerPreferences(prefs);

        GregorianCalendar date = new GregorianCalendar(TimeZone.getTimeZone(ZoneOffset.UTC));
        date.clear();
        date.set(generatedOn.getYear(), generatedOn.getMonthValue() - 1, generatedOn.getDayOfMonth());
        PDDocumentInformation info = pdf.getDocumentInformation();
        info.setTitle(doc.title);
        info.setCreator("Récits");
        info.setProducer("Récits (Apache PDFBox)");
        info.setCreationDate(date);
        info.setModificationDate(date);

        PDMetadata meta = new PDMetadata(pdf);
        try {
            meta.importXMPMetadata(xmp(doc.title, lang, generatedOn).getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException(e); // an in-memory stream
        }
        catalog.setMetadata(meta);

        // Without an identifier PDFBox makes one from the clock: this one is the content's.
        COSString id = new COSString(canvas.digest());
        COSArray ids = new COSArray();
        ids.add(id);
        ids.add(id);
        pdf.getDocument().getTrailer().setItem(COSName.ID, ids);
    }

    /** XMP with the title, language, dates and the PDF/UA identification (part 1). */
    static String xmp(String title, String lang, LocalDate generatedOn) {
        String day = generatedOn + "T00:00:00Z";
        return "<?xpacket begin=\"\uFEFF\" id=\"W5M0MpCehiHzreSzNTczkc9d\"?>\n"
                + "<x:xmpmeta xmlns:x=\"adobe:ns:meta/\">\n"
                + "<rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">\n"
                + "<rdf:Description rdf:about=\"\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\""
                + " xmlns:xmp=\"http://ns.adobe.com/xap/1.0/\" xmlns:pdf=\"http://ns.adobe.com/pdf/1.3/\""
                + " xmlns:pdfuaid=\"http://www.aiim.org/pdfua/ns/id/\">\n"
                + "<dc:title><rdf:Alt><rdf:li xml:lang=\"x-default\">" + HtmlWriter.esc(title) + "</rdf:li></rdf:Alt></dc:title>\n"
                + "<dc:language><rdf:Bag><rdf:li>" + lang + "</rdf:li></rdf:Bag></dc:language>\n"
                + "<dc:format>application/pdf</dc:format>\n"
                + "<xmp:CreatorTool>Récits</xmp:CreatorTool>\n"
                + "<xmp:CreateDate>" + day + "</xmp:CreateDate>\n"
                + "<xmp:ModifyDate>" + day + "</xmp:ModifyDate>\n"
                + "<pdf:Producer>Récits (Apache PDFBox)</pdf:Producer>\n"
                + "<pdfuaid:part>1</pdfuaid:part>\n"
                + "</rdf:Description>\n</rdf:RDF>\n</x:xmpmeta>\n<?xpacket end=\"w\"?>";
    }

    private void block(Block b) throws IOException {
        if (b instanceof Heading h) {
            heading(Math.min(4, Math.max(2, h.level())), h.text());
        } else if (b instanceof Para p) {
            if (p.list()) {
                    list(p.sentences());
                } else {
                    List<Run> runs = new ArrayList<>();
                    for (Sentence s : p.sentences()) {
                        if (!runs.isEmpty()) {
                            runs.add(new Run(" ", body));
                        }
                        sentence(runs, s);
                    }
                    paragraph(root, runs, 0);
                    canvas.down(BODY * 0.6f);
                }
        } else if (b instanceof KeyFigures k) {
            keyFigures(k.figures());
        } else if (b instanceof QuoteBlock q) {
            quote(q);
        } else if (b instanceof Figure f) {
            figure(f);
        } else if (b instanceof KeyMessages k) {
            keyMessages(k.messages());
        } else if (b instanceof Notes n) {
            notes(n.notes());
        } else if (b instanceof PageBreak) {
            if (!held.isEmpty()) {
                canvas.newPage();
            }
            if (canvas.y() < PdfCanvas.TOP) {
                canvas.newPage();
            }
        } else { // a block kind added to Doc without its drawing: the tests fail here rather than lose it
            throw new IllegalStateException("block not drawn in the PDF: " + b.getClass().getSimpleName());
        }
    }

    private void sentence(List<Run> runs, Sentence s) {
        sentence(runs, s, body);
    }

    /** The sentence, then its note's number raised, as the HTML's superscript. */
    private void sentence(List<Run> runs, Sentence s, Style style) {
        runs.addAll(raised(s.text(), style));
        int n = doc.noteNumber(s);
        if (n > 0) {
            runs.add(new Run("\u2009" + n, note)); // a thin space keeps it off a closing « » or digit
        }
    }

    /** The logo (a figure with its text alternative), who reports, the title (H1), the subtitle and the lines under it. */
    private void masthead(Masthead m) throws IOException {
        if (m.logo() != null) {
            Picture logo = m.logo();
            float h = Math.min(60, logo.height());
            float w = h * logo.width() / Math.max(1, logo.height());
            if (w > 180) {
                w = 180;
                h = w * logo.height() / Math.max(1, logo.width());
            }
            PDImageXObject image = PDImageXObject.createFromByteArray(pdf, logo.bytes(), "logo");
            PDStructureElement figure = element(StandardStructureTypes.Figure, root);
            figure.setAlternateDescription(logo.alt());
            layout(figure, canvas.image(figure, image, PdfCanvas.LEFT, w, h));
            canvas.down(8);
        }
        if (m.lab() != null) {
            paragraph(root, List.of(new Run(m.lab(), new Style(text.bold, 12, ACCENT))), 0);
        }
        heading(1, doc.title);
        paragraph(root, List.of(new Run(doc.subtitle, new Style(text.italic, 11, GREY))), 0);
        for (String line : m.lines()) {
            paragraph(root, List.of(new Run(line, new Style(text.regular, 10, GREY))), 0);
        }
        canvas.down(6);
    }

    /** The key messages, each in a tinted box with a bar: L › LI › LBody holding the title (bold) and the sentence. */
    private void keyMessages(List<KeyMessage> messages) throws IOException {
        PDStructureElement list = element(StandardStructureTypes.L, root);
        float pad = 8;
        float leading = BODY * LEADING;
        Style title = new Style(text.bold, 11.5f, ACCENT);
        for (KeyMessage m : messages) {
            List<Line> head = text.wrap(List.of(new Run(m.title(), title)), PdfCanvas.WIDTH - 2 * pad - 5);
            List<Run> runs = new ArrayList<>();
            sentence(runs, m.text());
            List<Line> said = text.wrap(runs, PdfCanvas.WIDTH - 2 * pad - 5);
            float height = pad + head.size() * 11.5f * 1.3f + said.size() * leading + pad;
            canvas.need(height + 6);
            float top = canvas.y();
            canvas.box(PdfCanvas.LEFT, top - height, PdfCanvas.WIDTH, height, TINT, true);
            canvas.box(PdfCanvas.LEFT, top - height, 5, height, ACCENT, true);
            PDStructureElement words = element(StandardStructureTypes.L_BODY, element(StandardStructureTypes.LI, list));
            canvas.down(pad);
            canvas.lines(words, head, PdfCanvas.LEFT + 5 + pad, 11.5f * 1.3f);
            canvas.lines(words, said, PdfCanvas.LEFT + 5 + pad, leading);
            canvas.down(pad + 6);
        }
        canvas.down(4);
    }

    /** The notes, small: L › LI › Lbl (« 3. ») and LBody (where the figure comes from). */
    private void notes(List<Note> notes) throws IOException {
        PDStructureElement list = element(StandardStructureTypes.L, root);
        Style small = new Style(text.regular, 8.5f, INK);
        float leading = 8.5f * 1.35f;
        float indent = 20;
        for (Note n : notes) {
            List<Line> lines = text.wrap(List.of(new Run(n.text(), small)), PdfCanvas.WIDTH - indent);
            canvas.need(leading * Math.min(2, lines.size()));
            PDStructureElement item = element(StandardStructureTypes.LI, list);
            canvas.line(element(StandardStructureTypes.LBL, item), new Line(List.of(new Run(n.number() + ".", small))),
                    PdfCanvas.LEFT, canvas.y() - leading + leading * 0.25f);
            canvas.lines(element(StandardStructureTypes.L_BODY, item), lines, PdfCanvas.LEFT + indent, leading);
            canvas.down(1.5f);
        }
        canvas.down(BODY * 0.6f);
    }

    private PDStructureElement element(String type, PDStructureNode parent) {
        PDStructureElement e = new PDStructureElement(type, parent);
        parent.appendKid(e);
        return e;
    }

    /** H1 for the title, H2 for sections, H3 (and H4) for subsections, as in the HTML; kept with what follows. */
    private void heading(int level, String words) throws IOException {
        float size = level == 1 ? 22 : level == 2 ? 15 : level == 3 ? 12.5f : 11;
        Style style = new Style(text.bold, size, level <= 2 ? ACCENT : INK);
        List<Line> lines = text.wrap(raised(words, style), PdfCanvas.WIDTH);
        float leading = size * 1.25f;
        float before = level == 1 ? 0 : level == 2 ? 14 : level == 3 ? 8 : 6;
        // the heading, its rule and about three lines of what follows on one page
        canvas.need(before + lines.size() * leading + 6 + 3 * BODY * LEADING);
        if (canvas.y() < PdfCanvas.TOP) {
            canvas.down(before);
        }
        PDStructureElement h = element("H" + level, root);
        canvas.lines(h, lines, PdfCanvas.LEFT, leading);
        if (level == 2) {
            canvas.box(PdfCanvas.LEFT, canvas.y() - 2, PdfCanvas.WIDTH, 1.5f, ACCENT, true);
            canvas.down(8);
        } else {
            canvas.down(4);
        }
    }

    private PDStructureElement paragraph(PDStructureNode parent, List<Run> runs, float indent) throws IOException {
        PDStructureElement p = element(StandardStructureTypes.P, parent);
        canvas.lines(p, text.wrap(runs, PdfCanvas.WIDTH - indent), PdfCanvas.LEFT + indent, BODY * LEADING);
        return p;
    }

    /** L › LI › Lbl (the bullet) and LBody (the sentence), with a hanging indent. */
    private void list(List<Sentence> sentences) throws IOException {
        PDStructureElement list = element(StandardStructureTypes.L, root);
        float indent = 14;
        float leading = BODY * LEADING;
        for (Sentence s : sentences) {
            List<Run> runs = new ArrayList<>();
            sentence(runs, s);
            List<Line> lines = text.wrap(runs, PdfCanvas.WIDTH - indent);
            canvas.need(leading * Math.min(2, lines.size()));
            PDStructureElement item = element(StandardStructureTypes.LI, list);
            PDStructureElement label = element(StandardStructureTypes.LBL, item);
            canvas.line(label, new Line(List.of(new Run("•", body))), PdfCanvas.LEFT + 3,
                    canvas.y() - leading + leading * 0.25f);
            canvas.lines(element(StandardStructureTypes.L_BODY, item), lines, PdfCanvas.LEFT + indent, leading);
            canvas.down(2);
        }
        canvas.down(BODY * 0.6f);
    }

    /** The key figures as boxes, three to a row, tagged as a list: the figure is the label, its words the body. */
    private void keyFigures(List<KeyFigure> figures) throws IOException {
        PDStructureElement list = element(StandardStructureTypes.L, root);
        int perRow = figures.size() == 4 ? 2 : Math.min(3, figures.size());
        float gap = 10;
        float boxW = (PdfCanvas.WIDTH - gap * (perRow - 1)) / perRow;
        Style big = new Style(text.bold, 20, ACCENT);
        Style small = new Style(text.regular, 9, INK);
        float pad = 7;
        for (int from = 0; from < figures.size(); from += perRow) {
            List<KeyFigure> row = figures.subList(from, Math.min(figures.size(), from + perRow));
            List<List<Line>> bodies = new ArrayList<>();
            int most = 0;
            for (KeyFigure f : row) {
                List<Run> runs = new ArrayList<>();
                sentence(runs, new Sentence(f.label(), f.source().source(), f.source().period(), f.source().scope()), small);
                List<Line> lines = text.wrap(runs, boxW - 2 * pad);
                bodies.add(lines);
                most = Math.max(most, lines.size());
            }
            float boxH = pad + 24 + most * 9 * 1.3f + pad;
            canvas.need(boxH + gap);
            float top = canvas.y();
            for (int i = 0; i < row.size(); i++) {
                float x = PdfCanvas.LEFT + i * (boxW + gap);
                canvas.box(x, top - boxH, boxW, boxH, ACCENT, false);
                PDStructureElement item = element(StandardStructureTypes.LI, list);
                canvas.line(element(StandardStructureTypes.LBL, item),
                        new Line(List.of(new Run(text.drawable(row.get(i).figure()), big))), x + pad, top - pad - 19);
                PDStructureElement words = element(StandardStructureTypes.L_BODY, item);
                float baseline = top - pad - 24 - 9;
                for (Line l : bodies.get(i)) {
                    canvas.line(words, l, x + pad, baseline);
                    baseline -= 9 * 1.3f;
                }
            }
            canvas.down(boxH + gap);
        }
        canvas.down(4);
    }

    /** BlockQuote › P (the words) and P (who said them), with a bar beside. */
    private void quote(QuoteBlock q) throws IOException {
        float indent = 16;
        Style words = new Style(text.italic, BODY, INK);
        Style who = new Style(text.regular, 9, GREY);
        List<Line> said = text.wrap(List.of(new Run(q.marked(), words)), PdfCanvas.WIDTH - indent - 6);
        List<Line> by = text.wrap(List.of(new Run("— " + q.who(), who)), PdfCanvas.WIDTH - indent - 6);
        float height = said.size() * BODY * LEADING + by.size() * 9 * LEADING;
        canvas.need(Math.min(height, PdfCanvas.TOP - PdfCanvas.BOTTOM) + 4);
        float top = canvas.y();
        PDStructureElement block = element(StandardStructureTypes.BLOCK_QUOTE, root);
        canvas.lines(element(StandardStructureTypes.P, block), said, PdfCanvas.LEFT + indent, BODY * LEADING);
        canvas.lines(element(StandardStructureTypes.P, block), by, PdfCanvas.LEFT + indent, 9 * LEADING);
        if (canvas.y() < top) { // same page: the bar spans the quote
            canvas.box(PdfCanvas.LEFT + 4, canvas.y(), 3, top - canvas.y(), QUOTE_BAR, true);
        }
        canvas.down(BODY * 0.8f);
    }

    /**
     * The chart as a picture (PNG at {@link Figure#PRINT_SCALE}), its alternative text, then its caption as a
     * paragraph; held for the next page when it does not fit in the room left and there is room for text.
     */
    private void figure(Figure f) throws IOException {
        float room = canvas.room();
        if (!held.isEmpty() || room < height(f) && room > MIN_ROOM) {
            held.add(f);
            return;
        }
        draw(f);
    }

    /** The figures held back, at the top of the page just started, in their order. */
    private void placeHeld() throws IOException {
        List<Figure> now = List.copyOf(held);
        held.clear();
        for (Figure f : now) {
            draw(f);
        }
    }

    /** A chart's height on the page, its caption included. */
    private float height(Figure f) {
        return size(f)[1] + 6 + caption(f).size() * 9 * LEADING;
    }

    /** Width and height: the text's width, not higher than {@link #CHART_MAX_H}. */
    private static float[] size(Figure f) {
        float w = Math.min(PdfCanvas.WIDTH, f.chart().width());
        float h = w * f.chart().height() / f.chart().width();
        if (h > CHART_MAX_H) {
            h = CHART_MAX_H;
            w = h * f.chart().width() / f.chart().height();
        }
        return new float[] {w, h};
    }

    private List<Line> caption(Figure f) {
        return text.wrap(List.of(new Run(f.caption(), new Style(text.italic, 9, GREY))), PdfCanvas.WIDTH);
    }

    private void draw(Figure f) throws IOException {
        float[] size = size(f);
        float w = size[0];
        float h = size[1];
        List<Line> lines = caption(f);
        canvas.need(height(f));
        canvas.down(4);
        PDImageXObject image = PDImageXObject.createFromByteArray(pdf, f.chart().png(Figure.PRINT_SCALE), f.chart().id());
        PDStructureElement figure = element(StandardStructureTypes.Figure, root);
        figure.setAlternateDescription(f.alt());
        layout(figure, canvas.image(figure, image, PdfCanvas.LEFT + (PdfCanvas.WIDTH - w) / 2, w, h));
        canvas.seen(f.chart().id());
        canvas.down(2);
        PDStructureElement p = element(StandardStructureTypes.P, root);
        canvas.lines(p, lines, PdfCanvas.LEFT, 9 * LEADING);
        canvas.down(BODY);
    }

    /** The text in {@code style}, its ordinals' letters raised and smaller (« 1er » as « 1<sup>er</sup> »). */
    private static List<Run> raised(String words, Style style) {
        List<Run> runs = new ArrayList<>();
        for (Ordinals.Part p : Ordinals.split(words)) {
            runs.add(new Run(p.text(), p.raised()
                    ? new Style(style.font(), style.size() * 0.62f, style.color(), style.size() * 0.38f) : style));
        }
        return runs;
    }

    /** A figure's place on its page, which PDF/UA asks of a Figure. */
    private static void layout(PDStructureElement figure, PDRectangle box) {
        PDLayoutAttributeObject layout = new PDLayoutAttributeObject();
        layout.setPlacement(PDLayoutAttributeObject.PLACEMENT_BLOCK);
        layout.setBBox(box);
        figure.addAttribute(layout);
    }

}
