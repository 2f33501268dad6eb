package io.conflicttimeline.nlp.bench;

import io.conflicttimeline.nlp.time.DocumentDate;
import io.conflicttimeline.nlp.time.PublicationDateInferrer;
import io.conflicttimeline.nlp.time.TimeExpression;
import io.conflicttimeline.nlp.time.TimeTagger;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.CommandLineOptionException;
import org.openjdk.jmh.runner.options.CommandLineOptions;
import org.openjdk.jmh.runner.options.OptionsBuilder;

/**
 * Throughput of temporal tagging + normalization (document date from publishedAt, then {@link TimeTagger#tag}) on
 * real news text, in MB of UTF-8 text per second on one thread (one core). The requirement is >= 5 MB/s.
 *
 * <p>The corpus is the five seed articles of the repository plus, when the shared data folder is present, the
 * texts of {@code news/guardian-nyt-2022.jsonl} (CT_SHARED_DATA, else shared/data above the working directory).
 * Not a test (surefire does not run it); see README.md, section "Speed", for the command.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 5)
@Measurement(iterations = 5, time = 3)
@Fork(1)
@Threads(1)
public class TimeTaggerBenchmark {

    /** One article as the pipeline sees it: cleaned text and the publisher's date. */
    record Article(String text, String publishedAt) {
    }

    private final TimeTagger tagger = new TimeTagger();
    private final PublicationDateInferrer inferrer = new PublicationDateInferrer();
    private List<Article> corpus;
    private double megabytes;

    /** Reports the text processed as a rate: "megabytes" is MB/s (JMH prints it as ops/s). */
    @State(Scope.Thread)
    @AuxCounters(AuxCounters.Type.OPERATIONS)
    public static class Processed {
        public double megabytes;
        public long articles;
    }

    /**
     * CPU time of the benchmark thread and the text it processed, as totals: on a shared machine the wall-clock rate
     * understates what one core does, so {@link #main} also prints MB per CPU-second.
     */
    @State(Scope.Thread)
    @AuxCounters(AuxCounters.Type.EVENTS)
    public static class CpuTime {
        private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
        public double cpuSeconds;
        public double cpuMegabytes;

        long now() {
            return THREADS.getCurrentThreadCpuTime();
        }
    }

    @Setup(Level.Trial)
    public void loadCorpus() throws IOException {
        this.corpus = Stream.concat(BenchCorpus.seeds().stream(), BenchCorpus.news("TimeTaggerBenchmark").stream())
                .map(t -> new Article(t.text(), t.date())).toList();
        long bytes = corpus.stream().mapToLong(a -> a.text().getBytes(StandardCharsets.UTF_8).length).sum();
        this.megabytes = bytes / 1e6;
        System.out.printf(Locale.ROOT, "[TimeTaggerBenchmark] corpus: %d articles, %.3f MB%n", corpus.size(), megabytes);
    }

    /** One pass over the whole corpus. */
    @Benchmark
    public void tagCorpus(Processed processed, CpuTime cpu, Blackhole bh) {
        long started = cpu.now();
        for (Article a : corpus) {
            DocumentDate dct = inferrer.infer(a.text(), a.publishedAt());
            List<TimeExpression> found = tagger.tag(a.text(), dct);
            bh.consume(found);
        }
        cpu.cpuSeconds += (cpu.now() - started) / 1e9;
        cpu.cpuMegabytes += megabytes;
        processed.megabytes += megabytes;
        processed.articles += corpus.size();
    }

    /**
     * Runs the benchmark (defaults: 1 fork, 3 warm-up iterations of 5 s, 5 measured ones of 3 s; any JMH option overrides
     * them) and prints the throughput in MB/s per core.
     */
    public static void main(String[] args) throws RunnerException, CommandLineOptionException {
        var options = new OptionsBuilder().parent(new CommandLineOptions(args))
                .include(TimeTaggerBenchmark.class.getName() + ".tagCorpus").build();
        for (RunResult run : new Runner(options).run()) {
            Result<?> mb = run.getSecondaryResults().get("megabytes");
            Result<?> articles = run.getSecondaryResults().get("articles");
            double cpuSeconds = run.getSecondaryResults().get("cpuSeconds").getScore();
            double cpuMegabytes = run.getSecondaryResults().get("cpuMegabytes").getScore();
            System.out.printf(Locale.ROOT, "%nTime tagging + normalization: %.2f ± %.2f MB/s per core, wall clock "
                            + "(%.0f articles/s); %.2f MB per CPU-second of the benchmark thread%n",
                    mb.getScore(), mb.getScoreError(), articles.getScore(), cpuMegabytes / cpuSeconds);
        }
    }

}
