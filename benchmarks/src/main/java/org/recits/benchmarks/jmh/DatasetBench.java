package org.recits.benchmarks.jmh;

import java.nio.file.Path;
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
import org.openjdk.jmh.annotations.Warmup;
import org.recits.api.data.Dataset;
import org.recits.benchmarks.Programme;

/** Dataset.Builder.build (indexing by collectivité) and the two ingestors over a generated programme. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgs = {"-Xmx1g"})
@Warmup(iterations = 2)
@Measurement(iterations = 3)
public class DatasetBench {

    @Param({"10"})
    public int scale;

    private Path dir;
    private Dataset.Builder builder;

    @Setup
    public void setUp() {
        dir = Programme.generate(scale);
        builder = Programme.ingest(dir);
    }

    @Benchmark
    public Dataset build() {
        return builder.build();
    }

    @Benchmark
    public Dataset ingestAndBuild() {
        return Programme.ingest(dir).build();
    }
}
