package org.recits.ooxml;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** One test per quirk of the escaper, in both dialects where they differ. */
class XmlBytesTest {

    private static String escaped(XmlBytes.Dialect dialect, String s) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        XmlBytes xml = new XmlBytes(out, dialect);
        xml.escaped(s);
        xml.flush();
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void markupCharactersAreEntitiesAndTheApostropheStays() throws IOException {
        for (XmlBytes.Dialect d : XmlBytes.Dialect.values()) {
            assertThat(escaped(d, "a<b>&\"c'")).isEqualTo("a&lt;b&gt;&amp;&quot;c'");
        }
    }

    @Test
    void theEndOfACdataSectionCannotAppear() throws IOException {
        for (XmlBytes.Dialect d : XmlBytes.Dialect.values()) {
            assertThat(escaped(d, "x]]>y")).isEqualTo("x]]&gt;y");
        }
    }

    @Test
    void controlCharactersXmlCannotHoldBecomeQuestionMarks() throws IOException {
        for (XmlBytes.Dialect d : XmlBytes.Dialect.values()) {
            assertThat(escaped(d, "a\u0000b\u0001c\u000Bd\u001Fe\u007Ff")).isEqualTo("a?b?c?d?e\u007Ff");
        }
    }

    @Test
    void whiteSpaceIsWrittenAsSxssfWritesCells() throws IOException {
        assertThat(escaped(XmlBytes.Dialect.SXSSF, "a\tb\nc\rd\u00A0e")).isEqualTo("a&#x9;b&#xa;c&#xd;d&#xa0;e");
    }

    @Test
    void whiteSpaceIsWrittenAsXmlBeansSavesIt() throws IOException {
        assertThat(escaped(XmlBytes.Dialect.XMLBEANS, "a\tb\nc\rd\u00A0e")).isEqualTo("a&#9;b\nc&#13;d\u00A0e");
    }

    @Test
    void aSurrogatePairIsItsCodePointInFourBytes() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        XmlBytes xml = new XmlBytes(out, XmlBytes.Dialect.SXSSF);
        xml.escaped("😀");
        xml.flush();
        assertThat(out.toByteArray()).containsExactly(0xF0, 0x9F, 0x98, 0x80);
    }

    @Test
    void aLoneSurrogateOrANonCharacterBecomesAQuestionMark() throws IOException {
        for (XmlBytes.Dialect d : XmlBytes.Dialect.values()) {
            assertThat(escaped(d, "a\uD83Db")).isEqualTo("a?b");
            assertThat(escaped(d, "a\uDE00b")).isEqualTo("a?b");
            assertThat(escaped(d, "a\uD83D")).isEqualTo("a?");
            assertThat(escaped(d, "\uFFFE\uFFFF\uFFFD")).isEqualTo("??\uFFFD");
        }
    }

    @Test
    void aPairCutByTheEndOfTheRangeIsNotJoined() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        XmlBytes xml = new XmlBytes(out, XmlBytes.Dialect.XMLBEANS);
        xml.escaped("a😀", 0, 2);
        xml.flush();
        assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo("a?");
    }

    @Test
    void textsOfEveryLengthAreUtf8() throws IOException {
        assertThat(escaped(XmlBytes.Dialect.XMLBEANS, "é€ℕ")).isEqualTo("é€ℕ");
    }

    @Test
    void legalReplacesWhatXmlCannotHoldAndKeepsPairs() {
        assertThat(XmlBytes.legal("ok")).isSameAs("ok");
        assertThat(XmlBytes.legal("a\u0001b\tc😀\uD83D")).isEqualTo("a?b\tc😀?");
    }

    @Test
    void preserveIsNeededForWhiteSpaceAtEitherEnd() {
        assertThat(XmlBytes.preserve(" a", 0, 2)).isTrue();
        assertThat(XmlBytes.preserve("a\u00A0", 0, 2)).isFalse(); // not white space to Java, nor to XML readers
        assertThat(XmlBytes.preserve("a\n", 0, 2)).isTrue();
        assertThat(XmlBytes.preserve("a b", 0, 3)).isFalse();
    }

    @Test
    void numbersAndBufferBoundaries() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        XmlBytes xml = new XmlBytes(out, XmlBytes.Dialect.SXSSF);
        xml.number(-1234567890123L);
        xml.put((byte) ' ');
        xml.number(0);
        long mark = xml.written();
        xml.ascii("<v/>");
        assertThat(xml.since(mark)).isEqualTo("<v/>".getBytes(StandardCharsets.US_ASCII));
        // More than the buffer: the bytes before the mark have left, and since() says so.
        String big = "é".repeat(40_000);
        xml.escaped(big);
        assertThat(xml.since(mark)).isNull();
        xml.flush();
        assertThat(xml.written()).isEqualTo(out.size());
        assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo("-1234567890123 0<v/>" + big);
    }

    @Test
    void rawAndLargeArraysGoThroughInOrder() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        XmlBytes xml = new XmlBytes(out, XmlBytes.Dialect.SXSSF);
        xml.ascii("a");
        xml.raw("b".getBytes(StandardCharsets.US_ASCII));
        xml.put("c".repeat(70_000).getBytes(StandardCharsets.US_ASCII));
        xml.ascii("d");
        xml.flush();
        assertThat(out.toString(StandardCharsets.US_ASCII)).isEqualTo("ab" + "c".repeat(70_000) + "d");
    }
}
