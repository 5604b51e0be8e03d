package org.recits.benchmarks.jmh;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.recits.benchmarks.Programme;
import org.recits.tabular.Row;
import org.recits.tabular.Table;
import org.recits.tabular.Tables;

/** lib-tabular: every CSV file of a generated programme read row by row (detection included). */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgs = {"-Xmx1g"})
@Warmup(iterations = 2)
@Measurement(iterations = 3)
public class CsvReadBench {

    @Param({"10"})
    public int scale;

    private Path dir;
    private List<Path> files;

    @Setup
    public void setUp() {
        dir = Programme.generate(scale);
        files = Programme.csvFiles(dir);
    }

    @TearDown
    public void tearDown() {
        Programme.delete(dir);
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
