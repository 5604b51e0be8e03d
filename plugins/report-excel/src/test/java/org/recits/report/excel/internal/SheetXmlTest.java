package org.recits.report.excel.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** {@link SheetXml} writes well-formed cells that read back as what POI's own streaming writer gives. */
class SheetXmlTest {

    @Provide
    Arbitrary<String> texts() {
        return Arbitraries.oneOf(
                Arbitraries.strings().withCharRange('\u0000', '\uFFFF').ofMinLength(1).ofMaxLength(12),
                Arbitraries.strings().withChars("aé€<>&\"'\n\r\t \u00A0\u0001\uFFFE\uD83D\uDE00\uD800")
                        .ofMinLength(1).ofMaxLength(12));
    }

    @Property(tries = 300)
    void textsReadBackAsPoiWritesThem(@ForAll("texts") String text) throws Exception {
        Element cell = onlyCell(xml(x -> x.text(0, text, 3)));
        assertThat(cell.getAttribute("t")).isEqualTo("inlineStr");
        assertThat(cell.getAttribute("s")).isEqualTo("3");
        Element t = (Element) cell.getElementsByTagName("t").item(0);
        assertThat(t.getTextContent()).isEqualTo(expected(text));
        assertThat(t.hasAttribute("xml:space"))
                .isEqualTo(Character.isWhitespace(text.charAt(0))
                        || Character.isWhitespace(text.charAt(text.length() - 1)));
        if (!hasLoneSurrogate(text)) { // POI writes those as they are, which no XML reader takes back
            assertThat(t.getTextContent()).isEqualTo(throughPoi(text));
        }
    }

    /**
     * Repeated texts come from the cell cache: equal texts (the same or another instance), texts of equal
     * hash ("Aa" and "BB") and styles that change between them, over several buffer flushes.
     */
    @Property(tries = 40)
    void repeatedTextsReadBackAsWritten(@ForAll("texts") String a, @ForAll("texts") String b,
            @ForAll("picks") List<Integer> picks) throws Exception {
        String[] pool = {a, b, "Aa", "BB", new String(a.toCharArray()), a + b};
        Document doc = parse(xml(x -> {
            for (int i = 0; i < picks.size(); i++) {
                x.text(i % 3, pool[picks.get(i) % pool.length], i % 5);
                if (i % 3 == 2) {
                    x.endRow();
                    x.row(8 + i / 3);
                }
            }
        }));
        NodeList cells = doc.getElementsByTagName("c");
        assertThat(cells.getLength()).isEqualTo(picks.size());
        for (int i = 0; i < picks.size(); i++) {
            Element cell = (Element) cells.item(i);
            String text = pool[picks.get(i) % pool.length];
            assertThat(cell.getAttribute("s")).isEqualTo(i % 5 == 0 ? "" : Integer.toString(i % 5));
            assertThat(cell.getElementsByTagName("t").item(0).getTextContent()).isEqualTo(expected(text));
        }
    }

    @Provide
    Arbitrary<List<Integer>> picks() {
        return Arbitraries.integers().between(0, 5).list().ofMinSize(1).ofMaxSize(6000);
    }

    @Property(tries = 300)
    void numbersReadBackExactly(@ForAll double value) throws Exception {
        Element cell = onlyCell(xml(x -> x.number(0, value, 0)));
        assertThat(cell.hasAttribute("s")).isFalse(); // the default style
        String v = cell.getElementsByTagName("v").item(0).getTextContent();
        assertThat(Double.parseDouble(v)).isEqualTo(value);
        if (value == Math.rint(value) && Math.abs(value) < 1e15) {
            assertThat(v).doesNotContain(".");
        }
    }

    @Test
    void aCellAfterASkippedColumnSaysWhereItIs() throws Exception {
        Document doc = parse(xml(x -> {
            x.text(0, "a", 0);
            x.text(1, "", 0); // empty: no cell
            x.text(2, "c", 0);
            x.text(3, "d", 0);
            x.number(27, 1, 0);
        }));
        NodeList cells = doc.getElementsByTagName("c");
        List<String> refs = new ArrayList<>();
        for (int i = 0; i < cells.getLength(); i++) {
            refs.add(((Element) cells.item(i)).getAttribute("r"));
        }
        assertThat(refs).containsExactly("", "C7", "", "AB7");
        assertThat(((Element) doc.getElementsByTagName("row").item(0)).getAttribute("r")).isEqualTo("7");
    }

    @Test
    void bufferedBytesAreCounted() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        SheetXml x = new SheetXml(out);
        x.raw("<sheetData>".getBytes(StandardCharsets.US_ASCII));
        for (int i = 1; i <= 5000; i++) {
            x.row(i);
            x.text(0, "ligne é " + i, 1);
            x.endRow();
        }
        long counted = x.written();
        x.flush();
        assertThat(counted).isEqualTo(out.size());
    }

    private interface Cells {
        void write(SheetXml x) throws IOException;
    }

    private static byte[] xml(Cells cells) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        SheetXml x = new SheetXml(out);
        x.raw("<?xml version=\"1.0\" encoding=\"UTF-8\"?><sheetData>".getBytes(StandardCharsets.US_ASCII));
        x.row(7);
        cells.write(x);
        x.endRow();
        x.raw("</sheetData>".getBytes(StandardCharsets.US_ASCII));
        return out.toByteArray();
    }

    private static Document parse(byte[] xml) throws Exception {
        return DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(new ByteArrayInputStream(xml));
    }

    private static Element onlyCell(byte[] xml) throws Exception {
        NodeList cells = parse(xml).getElementsByTagName("c");
        assertThat(cells.getLength()).isEqualTo(1);
        Element cell = (Element) cells.item(0);
        assertThat(cell.hasAttribute("r")).isFalse();
        return cell;
    }

    /** The text an XML reader gets back: characters XML 1.0 cannot hold become {@code ?}. */
    private static String expected(String s) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                b.append(c).append(s.charAt(++i));
            } else if (c < ' ' && c != '\t' && c != '\n' && c != '\r' || Character.isSurrogate(c) || c >= '\uFFFE') {
                b.append('?');
            } else {
                b.append(c);
            }
        }
        return b.toString();
    }

    private static boolean hasLoneSurrogate(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return true;
            }
        }
        return false;
    }

    /** The text of a cell written by SXSSF and read back by XSSF. */
    private static String throughPoi(String text) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        SXSSFWorkbook sx = new SXSSFWorkbook(10);
        try {
            Row row = sx.createSheet("s").createRow(0);
            row.createCell(0).setCellValue(text);
            sx.write(bytes);
        } finally {
            sx.dispose();
            sx.close();
        }
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(bytes.toByteArray()))) {
            Cell c = wb.getSheetAt(0).getRow(0).getCell(0);
            return c.getStringCellValue();
        }
    }
}
