package org.recits.benchmarks.jmh;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
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

/**
 * What every benchmark here shares: a programme generated at {@code scale} into a temporary folder
 * before the trial and deleted after it, and the same measurement settings (JMH reads the annotations
 * of the superclass).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgs = {"-Xmx1g", "-Djava.awt.headless=true"})
@Warmup(iterations = 2)
@Measurement(iterations = 3)
public abstract class ProgrammeBench {

    @Param({"10"})
    public int scale;

    /** The generated programme's data folder. */
    protected Path dir;

    @Setup
    public void generate() throws Exception {
        dir = Programme.generate(scale);
        prepare();
    }

    /** What the benchmark reads from {@link #dir} once, before it is measured. */
    protected abstract void prepare() throws Exception;

    @TearDown
    public void deleteProgramme() {
        Programme.delete(dir);
    }
}
