package org.recits.narrative.internal;

import java.awt.Color;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSInteger;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSNull;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDMarkedContentReference;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.markedcontent.PDPropertyList;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.recits.narrative.internal.PdfText.Line;
import org.recits.narrative.internal.PdfText.Run;

/**
 * The PDF's pages as a column that fills from the top: A4, one column, a page number at the foot of
 * every page. Everything painted is either marked content owned by a structure element (the tag tree's
 * reading order is the order blocks are written) or an artifact (rules, bars, page numbers), as PDF/UA
 * asks. Keeps the parent tree (page → MCID → element) and a digest of what was shown, the document's
 * stable identifier.
 */
final class PdfCanvas {

    static final float PAGE_W = PDRectangle.A4.getWidth();
    static final float PAGE_H = PDRectangle.A4.getHeight();
    static final float LEFT = 56;
    static final float RIGHT = PAGE_W - 56;
    static final float TOP = PAGE_H - 56;
    static final float BOTTOM = 64;
    static final float WIDTH = RIGHT - LEFT;

    private static final COSName ARTIFACT = COSName.getPDFName("Artifact");
    private static final COSName PAGINATION = COSName.getPDFName("Pagination");

    private final PDDocument doc;
    private final PdfText text;
    private final MessageDigest digest;
    /** Per page, the element owning each MCID (the parent tree's arrays). */
    private final List<COSArray> owners = new ArrayList<>();
    /** The fonts' shaping, made once for the document's pages. */
    private final ShapedText shaped = new ShapedText();
    private PDPage page;
    private PDPageContentStream cs;
    private float y;

    PdfCanvas(PDDocument doc, PdfText text) {
        this.doc = doc;
        this.text = text;
        try {
            this.digest = MessageDigest.getInstance("MD5");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    float y() {
        return y;
    }

    /** Room left on the page, in points. */
    float room() {
        return cs == null ? 0 : y - BOTTOM;
    }

    /**
     * What a new page starts with before the text that asked for it (figures held back, {@link PdfWriter}); may
     * draw, moving the cursor down.
     */
    interface PageStart {
        void started() throws IOException;
    }

    private PageStart pageStart = () -> { };

    void onPageStart(PageStart start) {
        this.pageStart = start;
    }

    /**
     * Starts a new page unless {@code height} points still fit on this one; a second one when what starts the
     * new page leaves less than {@code height}.
     */
    void need(float height) throws IOException {
        if (cs == null || y - height < BOTTOM) {
            newPage();
            if (y - height < BOTTOM && y < TOP) {
                newPage();
            }
        }
    }

    /** Moves down, staying on the page (a gap at the foot of a page is lost, not carried over). */
    void down(float points) {
        y = Math.max(BOTTOM, y - points);
    }

    void newPage() throws IOException {
        if (cs != null) {
            cs.close();
        }
        page = new PDPage(PDRectangle.A4);
        // Tab order follows the structure (PDF/UA); StructParents indexes this page's parent-tree array.
        page.getCOSObject().setName(COSName.getPDFName("Tabs"), "S");
        page.setStructParents(owners.size());
        owners.add(new COSArray());
        doc.addPage(page);
        cs = new PDPageContentStream(doc, page);
        y = TOP;
        pageStart.started();
    }

    /**
     * Lines of text at {@code x}, from the current position down, each in its own marked content owned by
     * {@code owner}; a line that does not fit goes to the next page.
     */
    void lines(PDStructureElement owner, List<Line> lines, float x, float leading) throws IOException {
        for (Line line : lines) {
            need(leading);
            y -= leading;
            line(owner, line, x, y + leading * 0.25f);
        }
    }

    /** One line with its baseline at {@code baseline}, not moving the cursor. */
    void line(PDStructureElement owner, Line line, float x, float baseline) throws IOException {
        begin(owner);
        cs.beginText();
        cs.newLineAtOffset(x, baseline);
        for (Run r : line.runs()) {
            cs.setFont(r.style().font(), r.style().size());
            cs.setNonStrokingColor(r.style().color());
            cs.setTextRise(r.style().rise());
            shaped.show(cs, r.style().font(), r.text());
            seen(r.text());
        }
        cs.endText();
        cs.endMarkedContent();
    }

    /** A picture {@code w} × {@code h} at the left margin, from the current position down. */
    PDRectangle image(PDStructureElement owner, PDImageXObject image, float x, float w, float h) throws IOException {
        need(h);
        y -= h;
        begin(owner);
        cs.drawImage(image, x, y, w, h);
        cs.endMarkedContent();
        return new PDRectangle(x, y, w, h);
    }

    /** A filled bar or an outlined box that only decorates: an artifact, skipped by assistive technology. */
    void box(float x, float yBottom, float w, float h, Color color, boolean filled) throws IOException {
        cs.beginMarkedContent(ARTIFACT);
        if (filled) {
            cs.setNonStrokingColor(color);
            cs.addRect(x, yBottom, w, h);
            cs.fill();
        } else {
            cs.setStrokingColor(color);
            cs.setLineWidth(1.2f);
            cs.addRect(x, yBottom, w, h);
            cs.stroke();
        }
        cs.endMarkedContent();
    }

    /** Opens marked content of {@code owner}'s type on this page and records who owns it. */
    private void begin(PDStructureElement owner) throws IOException {
        COSArray mine = owners.get(owners.size() - 1);
        int mcid = mine.size();
        mine.add(owner);
        COSDictionary props = new COSDictionary();
        props.setInt(COSName.MCID, mcid);
        cs.beginMarkedContent(COSName.getPDFName(owner.getStructureType()), PDPropertyList.create(props));
        PDMarkedContentReference ref = new PDMarkedContentReference();
        ref.setPage(page);
        ref.setMCID(mcid);
        owner.appendKid(ref);
    }

    void seen(String shown) {
        digest.update(shown.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * Closes the last page, writes « n / N » at the foot of every page as a pagination artifact, and
     * returns the parent tree (a number tree: StructParents → the array of owners by MCID).
     */
    COSDictionary finish(PdfText.Style footer) throws IOException {
        if (cs == null) {
            newPage();
        }
        cs.close();
        cs = null;
        int total = doc.getNumberOfPages();
        for (int i = 0; i < total; i++) {
            String number = (i + 1) + " / " + total;
            try (PDPageContentStream foot = new PDPageContentStream(doc, doc.getPage(i),
                    PDPageContentStream.AppendMode.APPEND, true, true)) {
                COSDictionary props = new COSDictionary();
                props.setItem(COSName.TYPE, PAGINATION);
                foot.beginMarkedContent(ARTIFACT, PDPropertyList.create(props));
                foot.beginText();
                foot.setFont(footer.font(), footer.size());
                foot.setNonStrokingColor(footer.color());
                foot.newLineAtOffset(PAGE_W / 2 - text.width(List.of(new Run(number, footer))) / 2, 32);
                foot.showText(number);
                foot.endText();
                foot.endMarkedContent();
            }
        }
        COSArray nums = new COSArray();
        for (int i = 0; i < owners.size(); i++) {
            nums.add(COSInteger.get(i));
            nums.add(owners.get(i).size() == 0 ? COSNull.NULL : owners.get(i));
        }
        COSDictionary tree = new COSDictionary();
        tree.setItem(COSName.NUMS, nums);
        return tree;
    }

    int pages() {
        return owners.size();
    }

    /** A digest of everything shown, for the document's identifier: same content, same identifier. */
    byte[] digest() {
        return digest.digest();
    }
}
