package org.recits.benchmarks.jmh;

import java.nio.file.Path;
import org.openjdk.jmh.annotations.Benchmark;
import org.recits.api.data.Dataset;
import org.recits.benchmarks.Programme;

/** Dataset.Builder.build (indexing by collectivité) and the two ingestors over a generated programme. */
public class DatasetBench extends ProgrammeBench {

    private Dataset.Builder builder;

    @Override
    protected void prepare() {
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
