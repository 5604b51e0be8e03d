package org.recits.benchmarks.jmh;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.openjdk.jmh.annotations.Benchmark;
import org.recits.benchmarks.Programme;
import org.recits.tabular.Row;
import org.recits.tabular.Table;
import org.recits.tabular.Tables;

/** lib-tabular: every CSV file of a generated programme read row by row (detection included). */
public class CsvReadBench extends ProgrammeBench {

    private List<Path> files;

    @Override
    protected void prepare() {
        files = Programme.csvFiles(dir);
    }

    @Benchmark
    public long readAll() throws IOException {
        long cells = 0;
        for (Path f : files) {
            try (Table t = Tables.csv(f, f.getFileName().toString())) {
                for (Row r : t) {
                    cells += r.size();
                }
            }
        }
        return cells;
    }
}
