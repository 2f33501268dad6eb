package io.conflicttimeline.nlp.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
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
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.CommandLineOptionException;
import org.openjdk.jmh.runner.options.CommandLineOptions;
import org.openjdk.jmh.runner.options.OptionsBuilder;

import io.conflicttimeline.nlp.entity.ActorKb;
import io.conflicttimeline.nlp.entity.EntityMention;
import io.conflicttimeline.nlp.entity.EntityRecognizer;
import io.conflicttimeline.nlp.place.Gazetteer;
import io.conflicttimeline.nlp.place.PlaceMention;
import io.conflicttimeline.nlp.place.PlaceRecognizer;
import io.conflicttimeline.nlp.text.AnalyzedText;
import io.conflicttimeline.nlp.text.TextAnalyzer;

/**
 * Throughput of the entity step as the Annotator runs it, in MB of UTF-8 text per second on one thread (one core); the
 * requirement is >= 2 MB/s. Three measurements:
 * <ul>
 * <li>{@code wholeStep}: {@code TextAnalyzer.analyze} (OpenNLP sentences, tokens, POS tags), then
 * {@code PlaceRecognizer.recognize} and {@code EntityRecognizer.recognize} (people and organizations, which need the
 * places) -- everything the annotator needs for places, people and organizations;</li>
 * <li>{@code textAnalysis}: the OpenNLP analysis alone;</li>
 * <li>{@code placesAndEntities}: the two recognizers alone, on texts analyzed once in the setup.</li>
 * </ul>
 * Corpus: the seed articles of the repository ({@code seeds/*.txt}) plus, when the shared data is present, the texts
 * of {@code news/guardian-nyt-2022.jsonl}. Shipped gazetteer and actor KB. Not a test (surefire does not run it):
 * {@code ./mvnw -pl nlp-service -Pbench -Dbench=EntityStep -DskipTests test}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 5)
@Measurement(iterations = 5, time = 3)
@Fork(1)
@Threads(1)
public class EntityStepBenchmark {

    private static final String[] STEPS = { "wholeStep", "textAnalysis", "placesAndEntities" };

    private TextAnalyzer analyzer;
    private PlaceRecognizer places;
    private EntityRecognizer entities;
    private List<String> corpus;
    private List<AnalyzedText> analyzed;
    private double megabytes;

    /** Reports the text processed as a rate: "megabytes" is MB/s (JMH prints it as ops/s). */
    @State(Scope.Thread)
    @AuxCounters(AuxCounters.Type.OPERATIONS)
    public static class Processed {
        public double megabytes;
    }

    /** CPU time of the benchmark thread: on a shared machine wall-clock rates understate what one core does. */
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
    public void load() throws IOException {
        analyzer = new TextAnalyzer();
        Gazetteer gazetteer = Gazetteer.load("gazetteer/places.tsv");
        places = new PlaceRecognizer(gazetteer);
        entities = new EntityRecognizer(ActorKb.load("kb/actors.tsv"), gazetteer);
        corpus = Stream.concat(BenchCorpus.seeds().stream(), BenchCorpus.news("EntityStepBenchmark").stream())
                .map(BenchCorpus.Text::text).toList();
        analyzed = corpus.stream().map(analyzer::analyze).toList();
        megabytes = corpus.stream().mapToLong(t -> t.getBytes(StandardCharsets.UTF_8).length).sum() / 1e6;
        System.out.printf(Locale.ROOT, "[EntityStepBenchmark] corpus: %d texts, %.3f MB%n", corpus.size(), megabytes);
    }

    /** One pass over the corpus: analysis, places, people and organizations. */
    @Benchmark
    public void wholeStep(Processed processed, CpuTime cpu, Blackhole bh) {
        long started = cpu.now();
        for (String text : corpus) {
            AnalyzedText at = analyzer.analyze(text);
            List<PlaceMention> p = new ArrayList<>(places.recognize(at));
            List<EntityMention> e = entities.recognize(at, p);
            bh.consume(e);
        }
        account(processed, cpu, started);
    }

    /** One pass over the corpus: OpenNLP sentences, tokens and POS tags only. */
    @Benchmark
    public void textAnalysis(Processed processed, CpuTime cpu, Blackhole bh) {
        long started = cpu.now();
        for (String text : corpus) {
            bh.consume(analyzer.analyze(text));
        }
        account(processed, cpu, started);
    }

    /** One pass over the pre-analyzed corpus: places, then people and organizations. */
    @Benchmark
    public void placesAndEntities(Processed processed, CpuTime cpu, Blackhole bh) {
        long started = cpu.now();
        for (AnalyzedText at : analyzed) {
            List<PlaceMention> p = new ArrayList<>(places.recognize(at));
            bh.consume(entities.recognize(at, p));
        }
        account(processed, cpu, started);
    }

    private void account(Processed processed, CpuTime cpu, long started) {
        cpu.cpuSeconds += (cpu.now() - started) / 1e9;
        cpu.cpuMegabytes += megabytes;
        processed.megabytes += megabytes;
    }

    /** Runs the three measurements (any JMH option overrides the defaults) and prints MB/s per core for each. */
    public static void main(String[] args) throws RunnerException, CommandLineOptionException {
        var options = new OptionsBuilder().parent(new CommandLineOptions(args))
                .include(EntityStepBenchmark.class.getName() + ".(" + String.join("|", STEPS) + ")$").build();
        List<String> lines = new ArrayList<>();
        for (RunResult run : new Runner(options).run()) {
            String name = run.getParams().getBenchmark();
            var mb = run.getSecondaryResults().get("megabytes");
            double cpuSeconds = run.getSecondaryResults().get("cpuSeconds").getScore();
            double cpuMegabytes = run.getSecondaryResults().get("cpuMegabytes").getScore();
            lines.add(String.format(Locale.ROOT, "%-18s %6.2f ± %5.2f MB/s per core, wall clock; %6.2f MB per CPU-second",
                    name.substring(name.lastIndexOf('.') + 1), mb.getScore(), mb.getScoreError(), cpuMegabytes / cpuSeconds));
        }
        System.out.println();
        System.out.println("Entity step (target >= 2 MB/s per core):");
        lines.forEach(System.out::println);
    }

}
