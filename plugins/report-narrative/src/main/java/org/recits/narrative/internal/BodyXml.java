package org.recits.narrative.internal;

import java.nio.charset.StandardCharsets;

/**
 * The paragraphs of a document's {@code w:body} as WordprocessingML text, for {@link DocxWriter}.
 *
 * <p>Through XWPF every paragraph and run was an XmlBeans object, saved at the end: most of the time
 * of a consolidated programme's narrative. Here they go straight into a buffer. The XML is what XWPF
 * wrote for the same calls, with run properties in the schema's order ({@code b}, {@code i},
 * {@code color}, {@code sz}), {@code <w:b/>} for {@code <w:b w:val="on"/>}, and a tab as
 * {@code <w:tab/>} (Word's own form; a tab inside {@code w:t} is not one for every reader).
 */
final class BodyXml {

    static final String WP = "http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing";
    static final String R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    private static final String A = "http://schemas.openxmlformats.org/drawingml/2006/main";
    private static final String PIC = "http://schemas.openxmlformats.org/drawingml/2006/picture";

    private final StringBuilder xml = new StringBuilder(1 << 16);
    /** Pictures so far: each drawing's {@code docPr} id, unique in the document (XWPF counts from 0 too). */
    private int drawings;

    /** Opens a paragraph; {@code pPr} is its properties ({@link #pPr}), or empty. */
    BodyXml p(String pPr) {
        xml.append("<w:p>").append(pPr);
        return this;
    }

    BodyXml endP() {
        xml.append("</w:p>");
        return this;
    }

    /** A run of {@code text} with properties {@code rPr} ({@link #rPr}), or empty. */
    BodyXml run(String rPr, String text) {
        return run(rPr, false, text);
    }

    /** A run, with a line break before its text when {@code br}. */
    BodyXml run(String rPr, boolean br, String text) {
        xml.append("<w:r>").append(rPr);
        if (br) {
            xml.append("<w:br/>");
        }
        text(text == null ? "" : text);
        xml.append("</w:r>");
        return this;
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
        xml.append("<w:r><w:drawing><wp:inline distT=\"0\" distR=\"0\" distB=\"0\" distL=\"0\"><wp:extent cx=\"")
                .append(cx).append("\" cy=\"").append(cy).append("\"/><wp:docPr id=\"").append(id)
                .append("\" name=\"Drawing ").append(id).append("\" descr=\"");
        escaped(name, 0, name.length());
        xml.append("\"/><a:graphic xmlns:a=\"").append(A).append("\"><a:graphicData uri=\"").append(PIC)
                .append("\"><pic:pic xmlns:pic=\"").append(PIC).append("\"><pic:nvPicPr><pic:cNvPr id=\"0\" name=\"Picture ")
                .append(id).append("\" descr=\"");
        escaped(name, 0, name.length());
        xml.append("\"/><pic:cNvPicPr><a:picLocks noChangeAspect=\"true\"/></pic:cNvPicPr></pic:nvPicPr>")
                .append("<pic:blipFill><a:blip r:embed=\"").append(rel)
                .append("\"/><a:stretch><a:fillRect/></a:stretch></pic:blipFill><pic:spPr><a:xfrm><a:off x=\"0\" y=\"0\"/>")
                .append("<a:ext cx=\"").append(cx).append("\" cy=\"").append(cy)
                .append("\"/></a:xfrm><a:prstGeom prst=\"rect\"><a:avLst/></a:prstGeom></pic:spPr></pic:pic>")
                .append("</a:graphicData></a:graphic></wp:inline></w:drawing></w:r>");
        return this;
    }

    /** The body so far, UTF-8. */
    byte[] bytes() {
        return xml.toString().getBytes(StandardCharsets.UTF_8);
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
        return s.append("</w:rPr>").toString();
    }

    /** The text as {@code w:t} elements with a {@code <w:tab/>} for each tab. */
    private void text(String s) {
        if (s.isEmpty()) {
            xml.append("<w:t/>");
            return;
        }
        int from = 0;
        for (int i = 0; i <= s.length(); i++) {
            if (i == s.length() || s.charAt(i) == '\t') {
                if (i > from) {
                    t(s, from, i);
                }
                if (i < s.length()) {
                    xml.append("<w:tab/>");
                }
                from = i + 1;
            }
        }
    }

    private void t(String s, int from, int to) {
        // As XWPF: white space at either end is kept only with xml:space="preserve".
        boolean preserve = Character.isWhitespace(s.charAt(from)) || Character.isWhitespace(s.charAt(to - 1));
        xml.append(preserve ? "<w:t xml:space=\"preserve\">" : "<w:t>");
        escaped(s, from, to);
        xml.append("</w:t>");
    }

    /**
     * {@code s} with the characters XML 1.0 does not allow as {@code ?}, as {@link #escaped} writes them:
     * for the texts POI writes itself (the title in the core properties), which it would write as they are,
     * making a file no reader opens.
     */
    static String legal(String s) {
        StringBuilder b = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean pair = Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1));
            boolean bad = !pair && illegal(c);
            if (bad && b == null) {
                b = new StringBuilder(s.length()).append(s, 0, i);
            }
            if (b != null) {
                b.append(bad ? '?' : c);
                if (pair) {
                    b.append(s.charAt(i + 1));
                }
            }
            if (pair) {
                i++;
            }
        }
        return b == null ? s : b.toString();
    }

    /**
     * Not an XML 1.0 character on its own: a control other than tab, line feed and carriage return, a
     * surrogate (callers keep a valid pair), U+FFFE, U+FFFF.
     */
    private static boolean illegal(char c) {
        return c < ' ' && c != '\t' && c != '\n' && c != '\r' || Character.isSurrogate(c) || c >= '\uFFFE';
    }

    /**
     * Text or attribute value, escaped. Characters XML 1.0 does not allow (controls other than tab, line
     * feed and carriage return; a surrogate without its pair; U+FFFE, U+FFFF) become {@code ?}, as XmlBeans
     * writes them in text (in an attribute it left them, making the file unreadable); a carriage return is
     * {@code &#13;} (as XmlBeans) so that it is read back as one.
     */
    private void escaped(String s, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> xml.append("&amp;");
                case '<' -> xml.append("&lt;");
                case '>' -> xml.append("&gt;");
                case '"' -> xml.append("&quot;");
                case '\r' -> xml.append("&#13;");
                case '\t' -> xml.append("&#9;");
                case '\n' -> xml.append('\n');
                default -> {
                    if (Character.isHighSurrogate(c) && i + 1 < to && Character.isLowSurrogate(s.charAt(i + 1))) {
                        xml.append(c).append(s.charAt(++i));
                    } else if (illegal(c)) {
                        xml.append('?');
                    } else {
                        xml.append(c);
                    }
                }
            }
        }
    }
}
