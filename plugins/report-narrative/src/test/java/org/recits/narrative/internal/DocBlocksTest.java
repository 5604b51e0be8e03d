package org.recits.narrative.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import javax.imageio.ImageIO;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.junit.jupiter.api.Test;
import org.recits.narrative.internal.Doc.KeyMessage;
import org.recits.narrative.internal.Doc.KeyMessages;
import org.recits.narrative.internal.Doc.Masthead;
import org.recits.narrative.internal.Doc.Note;
import org.recits.narrative.internal.Doc.Notes;
import org.recits.narrative.internal.Doc.PageBreak;
import org.recits.narrative.internal.Doc.Picture;
import org.recits.narrative.internal.Doc.Sentence;

/** The brief's blocks (masthead, key messages, notes, page break) in both writers, and the note numbers. */
class DocBlocksTest {

    private static final LocalDate DAY = LocalDate.of(2021, 3, 31);

    @Test
    void theSameFigureHasOneNoteNumberInOrderOfFirstAppearance() {
        Doc doc = new Doc("t", "s");
        Sentence a = new Sentence("A.", "PART_A", "2021-T1", "programme");
        Sentence b = new Sentence("B.", "PART_B", "2021-T1", "programme");
        Sentence aAgain = new Sentence("A encore.", "PART_A", "2021-T1", "programme");
        Sentence aElsewhere = new Sentence("A à Paris.", "PART_A", "2021-T1", "paris");
        doc.para(List.of(Sentence.plain("Sans source."), b));
        doc.add(new KeyMessages(List.of(new KeyMessage("Titre", a))));
        doc.list(List.of(aAgain, aElsewhere));
        assertThat(doc.noteNumber(b)).isEqualTo(1);
        assertThat(doc.noteNumber(a)).isEqualTo(2);
        assertThat(doc.noteNumber(aAgain)).isEqualTo(2);
        assertThat(doc.noteNumber(aElsewhere)).isEqualTo(3);
        assertThat(doc.noteNumber(Sentence.plain("x"))).isZero();
        assertThat(doc.noted()).containsExactly(b, a, aElsewhere);
        // a sentence the document never got has no number: a note would point nowhere
        assertThatThrownBy(() -> doc.noteNumber(new Sentence("C.", "PART_C", "2021-T1", "programme")))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void htmlShowsMastheadMessagesNoteLinksAndNotes() {
        String html = new HtmlWriter().write(brief(), Locale.FRENCH);
        assertThat(html).contains("<img class=\"logo\" src=\"data:image/png;base64,").contains("alt=\"Logo du labo\"")
                .contains("<p class=\"labo\">Labo Test</p>").contains("<p class=\"ligne\">Données arrêtées au 28 mars 2021</p>");
        assertThat(html.indexOf("class=\"labo\"")).isLessThan(html.indexOf("<h1"));
        assertThat(html).contains("<ol class=\"messages\">\n<li><strong>La présence progresse</strong>Présence"
                + Typo.NBSP + ": 82" + Typo.NBSP + "%.<sup class=\"note\"><a href=\"#ref-PART_A-programme-2021-T1\">1</a></sup></li>");
        assertThat(html).contains("<li id=\"ref-PART_A-programme-2021-T1\" value=\"1\">Présence (PART_A), Programme, 2021-T1.</li>");
        assertThat(html).contains("<hr class=\"saut\"");
        assertThat(html).doesNotContain("[PART_A");
    }

    @Test
    void docxShowsLogoTitleMessagesRaisedNoteNumbersAPageBreakAndNotes() throws IOException {
        byte[] docx = new DocxWriter().write(brief(), DAY);
        try (XWPFDocument d = new XWPFDocument(new ByteArrayInputStream(docx))) {
            List<String> texts = d.getParagraphs().stream().map(XWPFParagraph::getText).toList();
            assertThat(d.getAllPictures()).hasSize(1);
            assertThat(texts).containsSubsequence("Labo Test", "Récit", "Sous-titre", "Données arrêtées au 28 mars 2021",
                    "La présence progresse\nPrésence" + Typo.NBSP + ": 82" + Typo.NBSP + "%.1", "1.\tPrésence (PART_A), Programme, 2021-T1.");
            XWPFParagraph message = d.getParagraphs().stream().filter(p -> p.getText().startsWith("La présence")).findFirst()
                    .orElseThrow();
            var note = message.getRuns().get(message.getRuns().size() - 1);
            assertThat(note.text()).isEqualTo("1");
            assertThat(note.getVerticalAlignment().toString()).isEqualTo("superscript");
        }
        String xml = new String(entry(docx, "word/document.xml"), StandardCharsets.UTF_8);
        assertThat(xml).contains("<w:br w:type=\"page\"/>").contains("descr=\"Logo du labo\"");
    }

    private static Doc brief() {
        Doc doc = new Doc("Récit", "Sous-titre");
        doc.masthead = new Masthead("Labo Test", new Picture(png(), "image/png", 40, 20, "Logo du labo"),
                List.of("Données arrêtées au 28 mars 2021"));
        Sentence a = new Sentence("Présence" + Typo.NBSP + ": 82" + Typo.NBSP + "%.", "PART_A", "2021-T1", "programme");
        doc.add(new KeyMessages(List.of(new KeyMessage("La présence progresse", a))));
        doc.add(new PageBreak());
        doc.para(List.of(Sentence.plain("Annexe.")));
        doc.add(new Notes(List.of(new Note(1, a.anchor(), "Présence (PART_A), Programme, 2021-T1."))));
        return doc;
    }

    private static byte[] png() {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ImageIO.write(new BufferedImage(40, 20, BufferedImage.TYPE_INT_RGB), "png", out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static byte[] entry(byte[] zip, String name) throws IOException {
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry z = in.getNextEntry(); z != null; z = in.getNextEntry()) {
                if (z.getName().equals(name)) {
                    return in.readAllBytes();
                }
            }
        }
        throw new IOException(name + " missing");
    }
}
