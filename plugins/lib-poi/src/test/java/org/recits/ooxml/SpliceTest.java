package org.recits.ooxml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class SpliceTest {

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    private static String joined(Splice s, String content) {
        return new String(s.join(utf8(content)), StandardCharsets.UTF_8);
    }

    @Test
    void atStartGoesJustAfterTheStartTagBeforeWhatPoiPutThere() {
        Splice s = Splice.atStart(utf8("<w:document><w:body><w:sectPr/></w:body></w:document>"), "w:body");
        assertThat(joined(s, "<w:p/>")).isEqualTo("<w:document><w:body><w:p/><w:sectPr/></w:body></w:document>");
    }

    @Test
    void anEmptyElementIsOpened() {
        Splice s = Splice.atStart(utf8("<w:document><w:body/></w:document>"), "w:body");
        assertThat(joined(s, "<w:p/>")).isEqualTo("<w:document><w:body><w:p/></w:body></w:document>");
        Splice e = Splice.atEnd(utf8("<worksheet><sheetData /><x/></worksheet>"), "sheetData");
        assertThat(joined(e, "<row/>")).isEqualTo("<worksheet><sheetData><row/></sheetData><x/></worksheet>");
    }

    @Test
    void anElementWhoseNameStartsTheSameIsNotTaken() {
        Splice s = Splice.atStart(utf8("<a><w:bodyPr/><w:body x=\"1\">t</w:body></a>"), "w:body");
        assertThat(joined(s, "|")).isEqualTo("<a><w:bodyPr/><w:body x=\"1\">|t</w:body></a>");
    }

    @Test
    void atEndGoesBeforeTheLastEndTagAfterWhatPoiWrote() {
        Splice s = Splice.atEnd(utf8("<worksheet><sheetData><row r=\"1\"/></sheetData><autoFilter/></worksheet>"),
                "sheetData");
        assertThat(joined(s, "<row r=\"2\"/>"))
                .isEqualTo("<worksheet><sheetData><row r=\"1\"/><row r=\"2\"/></sheetData><autoFilter/></worksheet>");
    }

    @Test
    void theHeadCanBeEditedAndTheTextStaysUtf8() {
        Splice s = Splice.atEnd(utf8("<w><dimension ref=\"A1\"/><n>é</n><sheetData></sheetData></w>"), "sheetData")
                .head(h -> h.replaceFirst("<dimension ref=\"[^\"]*\"/>", "<dimension ref=\"A1:B9\"/>"));
        assertThat(joined(s, "")).isEqualTo("<w><dimension ref=\"A1:B9\"/><n>é</n><sheetData></sheetData></w>");
    }

    @Test
    void writeStreamsHeadContentAndTail() throws IOException {
        Splice s = Splice.atEnd(utf8("<a><b>x</b></a>"), "b");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        XmlBytes xml = new XmlBytes(out, XmlBytes.Dialect.SXSSF);
        s.write(xml, x -> x.escaped("<&>"));
        xml.flush();
        assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo("<a><b>x&lt;&amp;&gt;</b></a>");
    }

    @Test
    void aPartWithoutTheElementIsAnError() {
        assertThatThrownBy(() -> Splice.atStart(utf8("<a/>"), "w:body")).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> Splice.atEnd(utf8("<a><sheetData></a>"), "sheetData"))
                .isInstanceOf(IllegalStateException.class);
    }
}
