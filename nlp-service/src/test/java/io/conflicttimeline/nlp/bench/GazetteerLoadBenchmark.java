package io.conflicttimeline.nlp.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.CommandLineOptionException;
import org.openjdk.jmh.runner.options.CommandLineOptions;
import org.openjdk.jmh.runner.options.OptionsBuilder;

import io.conflicttimeline.nlp.place.Gazetteer;

/**
 * Loading the shipped gazetteer ({@code gazetteer/places.tsv}, what the service does once at start-up): the
 * requirement is under 1 s and under 100 MB of heap. JMH measures the cold load (single shot in a fresh JVM per
 * fork, as at start-up) and the warm load; {@link #main} then prints the heap the loaded gazetteer retains after
 * GC (MemoryMXBean, used heap with and without it). Not a test (surefire does not run it); see README.md, section
 * "Speed", for the command.
 */
@State(Scope.Benchmark)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class GazetteerLoadBenchmark {

    static final String RESOURCE = "gazetteer/places.tsv";
    /** Keeps the measured gazetteer reachable while the heap is measured. */
    private static volatile Gazetteer retained;

    /** First load in a fresh JVM: class loading, JIT-cold parsing, as at service start. */
    @Benchmark
    @BenchmarkMode(Mode.SingleShotTime)
    @Warmup(iterations = 0)
    @Measurement(iterations = 1)
    @Fork(5)
    public Gazetteer coldLoad() {
        return Gazetteer.load(RESOURCE);
    }

    /** Load with a warmed-up JIT: the parsing and indexing cost itself. */
    @Benchmark
    @BenchmarkMode(Mode.AverageTime)
    @Warmup(iterations = 3, time = 5)
    @Measurement(iterations = 5, time = 5)
    @Fork(1)
    public Gazetteer warmLoad() {
        return Gazetteer.load(RESOURCE);
    }

    public static void main(String[] args) throws RunnerException, CommandLineOptionException {
        var options = new OptionsBuilder().parent(new CommandLineOptions(args)).include(GazetteerLoadBenchmark.class.getName()).build();
        StringBuilder summary = new StringBuilder();
        for (RunResult run : new Runner(options).run()) {
            summary.append(String.format(Locale.ROOT, "%nGazetteer %s: %.1f ± %.1f ms", run.getParams().getBenchmark().replaceAll(".*\\.", ""),
                    run.getPrimaryResult().getScore(), run.getPrimaryResult().getScoreError()));
        }
        System.out.println(summary);
        System.out.printf(Locale.ROOT, "Gazetteer retained heap after GC: %.1f MB%n", retainedMegabytes());
    }

    /** Used heap after GC with the gazetteer loaded minus used heap after GC before loading it. */
    static double retainedMegabytes() {
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        long before = usedAfterGc(memory);
        retained = Gazetteer.load(RESOURCE);
        long after = usedAfterGc(memory);
        if (retained.size() == 0) {
            throw new IllegalStateException(RESOURCE + " not on the classpath");
        }
        return (after - before) / 1e6;
    }

    private static long usedAfterGc(MemoryMXBean memory) {
        for (int i = 0; i < 3; i++) {
            System.gc();
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        return memory.getHeapMemoryUsage().getUsed();
    }
}
