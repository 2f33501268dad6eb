package io.conflicttimeline.nlp.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.lang.management.ThreadMXBean;
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
 * fork, as at start-up) and the warm load; {@link #main} first loads it once in its own fresh JVM and prints wall
 * clock, CPU time of the loading thread and of the process (ThreadMXBean, OperatingSystemMXBean: on a shared machine
 * the wall clock mostly measures the other processes) and the heap the gazetteer retains after GC (MemoryMXBean,
 * used heap with and without it). Not a test (surefire does not run it); see README.md, section
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
        // first, in this JVM, before anything else loads the class: the start-up case, with CPU times because wall
        // clock on a shared machine mostly measures the other processes
        String startup = firstLoadInThisJvm();
        var options = new OptionsBuilder().parent(new CommandLineOptions(args)).include(GazetteerLoadBenchmark.class.getName()).build();
        StringBuilder summary = new StringBuilder();
        for (RunResult run : new Runner(options).run()) {
            summary.append(String.format(Locale.ROOT, "%nGazetteer %s: %.1f ± %.1f ms (wall clock)",
                    run.getParams().getBenchmark().replaceAll(".*\\.", ""), run.getPrimaryResult().getScore(),
                    run.getPrimaryResult().getScoreError()));
        }
        System.out.println(summary);
        System.out.println(startup);
    }

    /** Wall clock, CPU of the loading thread, CPU of the whole process (JIT, GC) and retained heap of the first load. */
    static String firstLoadInThisJvm() {
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        long before = usedAfterGc(memory);
        long wall = System.nanoTime();
        long cpu = threads.getCurrentThreadCpuTime();
        long process = os.getProcessCpuTime();
        retained = Gazetteer.load(RESOURCE);
        wall = System.nanoTime() - wall;
        cpu = threads.getCurrentThreadCpuTime() - cpu;
        process = os.getProcessCpuTime() - process;
        long after = usedAfterGc(memory);
        if (retained.size() == 0) {
            throw new IllegalStateException(RESOURCE + " not on the classpath");
        }
        return String.format(Locale.ROOT, "Gazetteer first load in a fresh JVM: %d ms wall clock, %d ms CPU of the loading thread, "
                + "%d ms CPU of the process; retained heap after GC: %.1f MB (%d places)", wall / 1_000_000, cpu / 1_000_000,
                process / 1_000_000, (after - before) / 1e6, retained.size());
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
