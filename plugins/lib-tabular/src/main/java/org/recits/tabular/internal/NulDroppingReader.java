package org.recits.tabular.internal;

import java.io.FilterReader;
import java.io.IOException;
import java.io.Reader;

/**
 * Drops NUL characters. Some exports leave a NUL byte in a cell (csvkit's null_byte.csv); it is never
 * meaningful in a lab's data and would later break the XML of an .xlsx report.
 */
final class NulDroppingReader extends FilterReader {
    NulDroppingReader(Reader in) {
        super(in);
    }

    @Override
    public int read() throws IOException {
        int c;
        do {
            c = super.read();
        } while (c == 0);
        return c;
    }

    @Override
    public int read(char[] cbuf, int off, int len) throws IOException {
        while (true) {
            int n = super.read(cbuf, off, len);
            if (n <= 0) {
                return n;
            }
            int w = off;
            for (int i = off; i < off + n; i++) {
                if (cbuf[i] != 0) {
                    cbuf[w++] = cbuf[i];
                }
            }
            if (w > off) {
                return w - off;
            }
        }
    }
}
