package org.recits.narrative.internal;

import java.math.BigInteger;
import java.util.Locale;
import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFooter;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTBody;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STFldCharType;

/**
 * The Word document's page and language: A4 with 2 cm margins, the document's language (fr-FR, en-GB with
 * {@code --lang en}) as the default of every run, so that a word processor checks the spelling and a
 * screen reader pronounces it in the right language, and « n / N » in the footer of every page as fields
 * the word processor fills in.
 */
final class DocxPage {

    /** A4 in twentieths of a point. */
    static final int A4_W = 11906;
    static final int A4_H = 16838;
    private static final int MARGIN = 1134; // 2 cm
    private static final int FOOTER = 567; // 1 cm

    private DocxPage() {
    }

    static String language(Locale locale) {
        return "en".equals(locale.getLanguage()) ? "en-GB" : "fr-FR";
    }

    static void apply(XWPFDocument d, Locale locale) {
        d.getStyles().setSpellingLanguage(language(locale));
        CTBody body = d.getDocument().getBody();
        CTSectPr sect = body.isSetSectPr() ? body.getSectPr() : body.addNewSectPr();
        CTPageSz size = sect.isSetPgSz() ? sect.getPgSz() : sect.addNewPgSz();
        size.setW(BigInteger.valueOf(A4_W));
        size.setH(BigInteger.valueOf(A4_H));
        CTPageMar margins = sect.isSetPgMar() ? sect.getPgMar() : sect.addNewPgMar();
        margins.setTop(BigInteger.valueOf(MARGIN));
        margins.setBottom(BigInteger.valueOf(MARGIN));
        margins.setLeft(BigInteger.valueOf(MARGIN));
        margins.setRight(BigInteger.valueOf(MARGIN));
        margins.setHeader(BigInteger.valueOf(FOOTER));
        margins.setFooter(BigInteger.valueOf(FOOTER));
        margins.setGutter(BigInteger.ZERO);

        XWPFFooter footer = d.createFooter(HeaderFooterType.DEFAULT);
        XWPFParagraph p = footer.createParagraph();
        p.setAlignment(ParagraphAlignment.CENTER);
        field(p, "PAGE", "1");
        small(p.createRun()).setText(" / ");
        field(p, "NUMPAGES", "1");
    }

    /** A field as runs (begin, instruction, separator, a placeholder the word processor replaces, end). */
    private static void field(XWPFParagraph p, String instruction, String placeholder) {
        small(p.createRun()).getCTR().addNewFldChar().setFldCharType(STFldCharType.BEGIN);
        small(p.createRun()).getCTR().addNewInstrText().setStringValue(" " + instruction + " ");
        small(p.createRun()).getCTR().addNewFldChar().setFldCharType(STFldCharType.SEPARATE);
        small(p.createRun()).setText(placeholder);
        small(p.createRun()).getCTR().addNewFldChar().setFldCharType(STFldCharType.END);
    }

    private static XWPFRun small(XWPFRun r) {
        r.setFontSize(9);
        r.setColor("555555");
        return r;
    }
}
