package org.recits.tools.generator.internal;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.recits.tools.generator.internal.CsvOut.Dialect;

/** The output files a writer keeps open together, in the order they were opened, closed together. */
final class CsvFiles implements Closeable {

    private final List<CsvOut> files = new ArrayList<>();

    /** Opens {@code file} with its header and keeps it among these files. */
    CsvOut open(Path file, Dialect dialect, String... header) throws IOException {
        CsvOut f = new CsvOut(file, dialect, header);
        files.add(f);
        return f;
    }

    List<CsvOut> list() {
        return files;
    }

    /** Closes every file, even after one fails; the first failure is thrown. */
    @Override
    public void close() throws IOException {
        IOException first = null;
        for (CsvOut f : files) {
            try {
                f.close();
            } catch (IOException e) {
                first = first == null ? e : first;
            }
        }
        if (first != null) {
            throw first;
        }
    }
}
