package org.recits.tabular.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Set;

import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.recits.api.model.LocalizedText;
import org.recits.tabular.Row;
import org.recits.tabular.Table;
import org.recits.tabular.UnreadableWorkbook;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.AttributesImpl;

/**
 * The non-empty rows of one sheet, pulled one by one: a StAX reader walks the sheet's XML as far as the next row
 * and feeds POI's {@link XSSFSheetXMLHandler} (shared strings, styles, dates), which is written for SAX's push.
 * So neither the sheet nor a thread is held for the rows not yet asked for. A row keeps at most
 * {@link Table#MAX_CELLS} cells and is padded with "" only up to its last non-empty one: a cell at column XFD
 * (16 384) no longer makes 16 383 empty cells per row.
 */
final class SheetRows implements Iterator<Row>, AutoCloseable {
    private final Path xlsx;
    private final OPCPackage pkg;
    private final InputStream in;
    private final XMLStreamReader xml;
    private final XSSFSheetXMLHandler handler;
    private final ArrayDeque<Row> ready = new ArrayDeque<>();
    private boolean done;
    private boolean closed;

    private SheetRows(Path xlsx, OPCPackage pkg, InputStream in, XMLStreamReader xml, long after, Set<Long> cut)
            throws IOException, SAXException {
        this.xlsx = xlsx;
        this.pkg = pkg;
        this.in = in;
        this.xml = xml;
        XSSFReader reader;
        try {
            reader = new XSSFReader(pkg);
            handler = new XSSFSheetXMLHandler(reader.getStylesTable(), reader.getSharedStringsTable(),
                    new Collector(after, cut), new XlsxSheets.PlainFormatter(), false);
        } catch (OpenXML4JException e) {
            throw new IOException(e.getMessage(), e);
        }
    }

    /**
     * The rows of a sheet below line {@code after} (0 for all).
     *
     * @param cut where rows cut to {@link Table#MAX_CELLS} cells are noted
     */
    static SheetRows open(Path xlsx, String sheet, long after, Set<Long> cut) throws IOException {
        OPCPackage pkg = XlsxSheets.open(xlsx);
        InputStream in = null;
        try {
            XSSFReader reader = new XSSFReader(pkg);
            XSSFReader.SheetIterator it = reader.getSheetIterator();
            while (it.hasNext() && in == null) {
                InputStream s = it.next();
                if (it.getSheetName().equals(sheet)) {
                    in = s;
                } else {
                    s.close();
                }
            }
            if (in == null) {
                throw new IOException(xlsx.getFileName() + " : pas de feuille « " + sheet + " » / no sheet \"" + sheet + "\"");
            }
            XMLStreamReader xml = XMLHelper.newXMLInputFactory().createXMLStreamReader(in);
            return new SheetRows(xlsx, pkg, in, xml, after, cut);
        } catch (IOException e) {
            closeQuietly(pkg, in);
            throw e;
        } catch (OpenXML4JException | XMLStreamException | SAXException | RuntimeException e) {
            closeQuietly(pkg, in);
            throw XlsxSheets.unreadable(xlsx, e);
        }
    }

    private static void closeQuietly(OPCPackage pkg, InputStream in) {
        try {
            if (in != null) {
                in.close();
            }
        } catch (IOException e) {
            // already failing
        }
        pkg.revert();
    }

    @Override
    public boolean hasNext() {
        while (ready.isEmpty() && !done) {
            step();
        }
        return !ready.isEmpty();
    }

    @Override
    public Row next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        return ready.removeFirst();
    }

    /** One XML event, handed to POI's handler; closes at the end of the sheet. */
    private void step() {
        try {
            if (!xml.hasNext()) {
                done = true;
                close();
                return;
            }
            switch (xml.next()) {
                case XMLStreamConstants.START_ELEMENT -> handler.startElement(uri(), xml.getLocalName(),
                        qName(xml.getPrefix(), xml.getLocalName()), attributes());
                case XMLStreamConstants.END_ELEMENT -> handler.endElement(uri(), xml.getLocalName(),
                        qName(xml.getPrefix(), xml.getLocalName()));
                case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE ->
                        handler.characters(xml.getTextCharacters(), xml.getTextStart(), xml.getTextLength());
                case XMLStreamConstants.END_DOCUMENT -> {
                    done = true;
                    close();
                }
                default -> {
                    // comments, processing instructions: nothing for the handler
                }
            }
        } catch (XMLStreamException | SAXException | RuntimeException e) {
            done = true;
            close();
            // the readers give the message as the finding's detail: words, not the parser's exception
            LocalizedText why = DateTexts.text("workbook.badSheetXml",
                    String.valueOf(xml.getLocation() == null ? 0 : xml.getLocation().getLineNumber()),
                    String.valueOf(xml.getLocation() == null ? 0 : xml.getLocation().getColumnNumber()));
            throw new UncheckedIOException(why.fr(), new UnreadableWorkbook(String.valueOf(xlsx.getFileName()), why, e));
        }
    }

    private String uri() {
        String u = xml.getNamespaceURI();
        return u == null ? "" : u;
    }

    private static String qName(String prefix, String local) {
        return prefix == null || prefix.isEmpty() ? local : prefix + ":" + local;
    }

    private AttributesImpl attributes() {
        AttributesImpl a = new AttributesImpl();
        for (int i = 0; i < xml.getAttributeCount(); i++) {
            String ns = xml.getAttributeNamespace(i);
            String local = xml.getAttributeLocalName(i);
            a.addAttribute(ns == null ? "" : ns, local, qName(xml.getAttributePrefix(i), local), "CDATA",
                    xml.getAttributeValue(i));
        }
        return a;
    }

    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        try {
            xml.close();
        } catch (XMLStreamException e) {
            // the stream is closed below
        }
        closeQuietly(pkg, in);
    }

    /** Rows with at least one non-empty cell, below line {@code after}; gaps between cells filled with "". */
    private final class Collector implements XSSFSheetXMLHandler.SheetContentsHandler {
        private final long after;
        private final Set<Long> cut;
        private final List<String> cells = new ArrayList<>();
        private int row;
        /** The column after the last cell seen: where a cell without a reference goes. */
        private int next;
        private boolean cutRow;

        Collector(long after, Set<Long> cut) {
            this.after = after;
            this.cut = cut;
        }

        @Override
        public void startRow(int rowNum) {
            row = rowNum;
            cells.clear();
            next = 0;
            cutRow = false;
        }

        @Override
        public void endRow(int rowNum) {
            long line = row + 1L;
            if (line <= after) {
                return;
            }
            if (cutRow) {
                cut.add(line);
            }
            int last = cells.size() - 1;
            while (last >= 0 && cells.get(last).isEmpty()) {
                last--;
            }
            if (last >= 0) {
                ready.add(new Row(line, cells.subList(0, last + 1)));
            }
        }

        @Override
        public void cell(String ref, String value, XSSFComment comment) {
            int col = ref == null ? next : new CellReference(ref).getCol();
            next = col + 1;
            String v = value == null ? "" : value;
            if (col < 0 || col >= Table.MAX_CELLS) {
                cutRow |= !v.isEmpty();
                return;
            }
            if (v.isEmpty() && col >= cells.size()) {
                return; // an empty cell adds nothing; a later one pads up to itself
            }
            while (cells.size() < col) {
                cells.add("");
            }
            if (col < cells.size()) {
                cells.set(col, v);
            } else {
                cells.add(v);
            }
        }
    }
}
