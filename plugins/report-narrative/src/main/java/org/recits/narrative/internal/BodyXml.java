package org.recits.narrative.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.recits.ooxml.XmlBytes;

/**
 * The paragraphs of a document's {@code w:body} as WordprocessingML text, for {@link DocxWriter}.
 *
 * <p>Through XWPF every paragraph and run was an XmlBeans object, saved at the end: most of the time
 * of a consolidated programme's narrative. Here they go straight into a buffer. The XML is what XWPF
 * wrote for the same calls, with run properties in the schema's order ({@code b}, {@code i},
 * {@code color}, {@code sz}), {@code <w:b/>} for {@code <w:b w:val="on"/>}, and a tab as
 * {@code <w:tab/>} (Word's own form; a tab inside {@code w:t} is not one for every reader), texts escaped
 * by {@link XmlBytes} as XmlBeans saves them.
 *
 * <p>Written to a buffer in memory, which cannot fail: an {@link IOException} is not expected, and is
 * rethrown unchecked if it ever comes.
 */
final class BodyXml {

    static final String WP = "http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing";
    static final String R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    private static final String A = "http://schemas.openxmlformats.org/drawingml/2006/main";
    private static final String PIC = "http://schemas.openxmlformats.org/drawingml/2006/picture";

    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream(1 << 16);
    private final XmlBytes xml = new XmlBytes(bytes, XmlBytes.Dialect.XMLBEANS);
    /** Pictures so far: each drawing's {@code docPr} id, unique in the document (XWPF counts from 0 too). */
    private int drawings;

    /** Opens a paragraph; {@code pPr} is its properties ({@link #pPr}), or empty. */
    BodyXml p(String pPr) {
        return markup("<w:p>").markup(pPr);
    }

    BodyXml endP() {
        return markup("</w:p>");
    }

    /** A run of {@code text} with properties {@code rPr} ({@link #rPr}), or empty. */
    BodyXml run(String rPr, String text) {
        return run(rPr, false, text);
    }

    /** A run, with a line break before its text when {@code br}. */
    BodyXml run(String rPr, boolean br, String text) {
        markup("<w:r>").markup(rPr);
        if (br) {
            markup("<w:br/>");
        }
        text(text == null ? "" : text);
        return markup("</w:r>");
    }

    /**
     * A run with an inline picture, as {@code XWPFRun.addPicture} writes it.
     *
     * @param rel  the picture part's relationship id, from {@code XWPFDocument.addPictureData}
     * @param name the file name, shown as the picture's description
     * @param cx   width in EMU
     * @param cy   height in EMU
     */
    BodyXml picture(String rel, String name, long cx, long cy) {
        int id = drawings++;
        markup("<w:r><w:drawing><wp:inline distT=\"0\" distR=\"0\" distB=\"0\" distL=\"0\"><wp:extent cx=\"")
                .markup(cx).markup("\" cy=\"").markup(cy).markup("\"/><wp:docPr id=\"").markup(id)
                .markup("\" name=\"Drawing ").markup(id).markup("\" descr=\"").escaped(name, 0, name.length())
                .markup("\"/><a:graphic xmlns:a=\"" + A + "\"><a:graphicData uri=\"" + PIC + "\"><pic:pic xmlns:pic=\""
                        + PIC + "\"><pic:nvPicPr><pic:cNvPr id=\"0\" name=\"Picture ")
                .markup(id).markup("\" descr=\"").escaped(name, 0, name.length())
                .markup("\"/><pic:cNvPicPr><a:picLocks noChangeAspect=\"true\"/></pic:cNvPicPr></pic:nvPicPr>"
                        + "<pic:blipFill><a:blip r:embed=\"").markup(rel)
                .markup("\"/><a:stretch><a:fillRect/></a:stretch></pic:blipFill><pic:spPr><a:xfrm><a:off x=\"0\" y=\"0\"/>"
                        + "<a:ext cx=\"").markup(cx).markup("\" cy=\"").markup(cy)
                .markup("\"/></a:xfrm><a:prstGeom prst=\"rect\"><a:avLst/></a:prstGeom></pic:spPr></pic:pic>"
                        + "</a:graphicData></a:graphic></wp:inline></w:drawing></w:r>");
        return this;
    }

    /** A paragraph holding only a page break: what follows starts a new page. */
    BodyXml pageBreak() {
        return markup("<w:p><w:r><w:br w:type=\"page\"/></w:r></w:p>");
    }

    /** The body so far, UTF-8. */
    byte[] bytes() {
        try {
            xml.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /**
     * Paragraph properties in the schema's order.
     *
     * @param style   style id, or null
     * @param after   spacing after in twentieths of a point, or 0
     * @param left    left indentation in twentieths of a point, or 0
     * @param hanging hanging indentation, or 0
     * @param center  centred
     */
    static String pPr(String style, int after, int left, int hanging, boolean center) {
        StringBuilder s = new StringBuilder("<w:pPr>");
        if (style != null) {
            s.append("<w:pStyle w:val=\"").append(style).append("\"/>");
        }
        if (after != 0) {
            s.append("<w:spacing w:after=\"").append(after).append("\"/>");
        }
        if (left != 0 || hanging != 0) {
            s.append("<w:ind w:left=\"").append(left).append("\" w:hanging=\"").append(hanging).append("\"/>");
        }
        if (center) {
            s.append("<w:jc w:val=\"center\"/>");
        }
        return s.append("</w:pPr>").toString();
    }

    /** Run properties in the schema's order; {@code halfPoints} 0 and {@code color} null for the style's. */
    static String rPr(boolean bold, boolean italic, String color, int halfPoints) {
        return rPr(bold, italic, color, halfPoints, false);
    }

    /** Run properties, raised as an exponent when {@code superscript} (a note's number). */
    static String rPr(boolean bold, boolean italic, String color, int halfPoints, boolean superscript) {
        StringBuilder s = new StringBuilder("<w:rPr>");
        if (bold) {
            s.append("<w:b/>");
        }
        if (italic) {
            s.append("<w:i/>");
        }
        if (color != null) {
            s.append("<w:color w:val=\"").append(color).append("\"/>");
        }
        if (halfPoints != 0) {
            s.append("<w:sz w:val=\"").append(halfPoints).append("\"/>");
        }
        if (superscript) {
            s.append("<w:vertAlign w:val=\"superscript\"/>");
        }
        return s.append("</w:rPr>").toString();
    }

    /** The text as {@code w:t} elements with a {@code <w:tab/>} for each tab. */
    private void text(String s) {
        if (s.isEmpty()) {
            markup("<w:t/>");
            return;
        }
        int from = 0;
        for (int i = 0; i <= s.length(); i++) {
            if (i == s.length() || s.charAt(i) == '\t') {
                if (i > from) {
                    t(s, from, i);
                }
                if (i < s.length()) {
                    markup("<w:tab/>");
                }
                from = i + 1;
            }
        }
    }

    private void t(String s, int from, int to) {
        // As XWPF: white space at either end is kept only with xml:space="preserve".
        markup(XmlBytes.preserve(s, from, to) ? "<w:t xml:space=\"preserve\">" : "<w:t>").escaped(s, from, to)
                .markup("</w:t>");
    }

    /** Markup, or a value known to need no escaping (ids, style names, colours). */
    private BodyXml markup(String ascii) {
        try {
            xml.ascii(ascii);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    private BodyXml markup(long number) {
        try {
            xml.number(number);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    /** Text or attribute value, escaped as XmlBeans saves it. */
    private BodyXml escaped(String s, int from, int to) {
        try {
            xml.escaped(s, from, to);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }
}
