package io.conflicttimeline.nlp.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;

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

import io.conflicttimeline.nlp.annotation.Annotator;
import io.conflicttimeline.nlp.annotation.BoilerplateFilter;
import io.conflicttimeline.nlp.entity.ActorKb;
import io.conflicttimeline.nlp.entity.EntityMention;
import io.conflicttimeline.nlp.entity.EntityRecognizer;
import io.conflicttimeline.nlp.event.EventDetector;
import io.conflicttimeline.nlp.figure.FigureExtractor;
import io.conflicttimeline.nlp.messaging.ArticleAnnotated;
import io.conflicttimeline.nlp.messaging.ArticleIngested;
import io.conflicttimeline.nlp.place.Gazetteer;
import io.conflicttimeline.nlp.place.PlaceMention;
import io.conflicttimeline.nlp.place.PlaceRecognizer;
import io.conflicttimeline.nlp.quote.QuoteExtractor;
import io.conflicttimeline.nlp.quote.QuoteMention;
import io.conflicttimeline.nlp.text.AnalyzedText;
import io.conflicttimeline.nlp.text.Sentence;
import io.conflicttimeline.nlp.text.TextAnalyzer;
import io.conflicttimeline.nlp.time.DocumentDate;
import io.conflicttimeline.nlp.time.PublicationDateInferrer;
import io.conflicttimeline.nlp.time.TimeExpression;
import io.conflicttimeline.nlp.time.TimeTagger;

/**
 * Throughput of the whole annotation of one article as the service does it ({@link Annotator#annotate}: text analysis,
 * document date and time expressions, places, entities, quotes, events with figures, and the ArticleAnnotated record;
 * no messaging, no HTTP), on one thread, in articles per second and MB/s. The requirement is >= 300 typical 700-word
 * articles per second per core.
 *
 * <p>Corpus: "typical 700-word articles": the five seed articles of the repository (cleaned as ingest cleans them)
 * plus, when the shared data folder is present (CT_SHARED_DATA, else shared/data above the working directory), the
 * texts of {@code news/guardian-nyt-2022.jsonl} with 700 ± 150 words, read at run time. Because the seeds are shorter,
 * rates are also given per 700 words (words per second / 700).
 *
 * <p>Besides {@code annotate}, one benchmark per step runs that step alone over the corpus on the inputs the earlier
 * steps produced (computed once in the setup), so that {@link #main} can print each step's share of the per-article
 * cost. Run only some with {@code -Dct.bench.steps=false} (whole annotation only) or a JMH include regex in
 * {@code -Dbench.args}. Not a test (surefire does not run it); see README.md, section "Speed".
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 5)
@Measurement(iterations = 5, time = 3)
@Fork(value = 1, jvmArgsAppend = { "-Xmx1g" })
@Threads(1)
public class AnnotationBenchmark {

    private static final int TYPICAL_WORDS = 700;
    private static final int WORD_TOLERANCE = 150;

    /** One article as the consumer receives it. */
    record Article(String text, String publishedAt, int words, int bytes) {
    }

    /** What the steps before a step produced for one article: each step benchmark starts from these. */
    record Inputs(AnalyzedText at, DocumentDate dct, List<TimeExpression> timexes, List<PlaceMention> places,
            List<EntityMention> entities, List<QuoteMention> quotes) {
    }

    private TextAnalyzer analyzer;
    private PublicationDateInferrer dateInferrer;
    private TimeTagger timeTagger;
    private PlaceRecognizer places;
    private EntityRecognizer entities;
    private QuoteExtractor quotes;
    private FigureExtractor figures;
    private EventDetector events;
    private Annotator annotator;
    private List<Article> corpus;
    private List<Inputs> inputs;
    private double megabytes;
    private long words;

    /** Reports the corpus processed as rates: JMH prints them as ops/s. */
    @State(Scope.Thread)
    @AuxCounters(AuxCounters.Type.OPERATIONS)
    public static class Processed {
        public double megabytes;
        public long articles;
        public long words;
    }

    /**
     * CPU time of the benchmark thread and what it processed, as totals: on a shared machine the wall-clock rate
     * understates what one core does, so {@link #main} prints the per-core figures from CPU time.
     */
    @State(Scope.Thread)
    @AuxCounters(AuxCounters.Type.EVENTS)
    public static class CpuTime {
        private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
        public double cpuSeconds;
        public double cpuArticles;
        public double cpuWords;
        public double cpuMegabytes;

        long now() {
            return THREADS.getCurrentThreadCpuTime();
        }
    }

    @Setup(Level.Trial)
    public void setUp() throws IOException {
        Gazetteer gazetteer = Gazetteer.load("gazetteer/places.tsv");
        ActorKb kb = ActorKb.load("kb/actors.tsv");
        analyzer = new TextAnalyzer();
        dateInferrer = new PublicationDateInferrer();
        timeTagger = new TimeTagger();
        places = new PlaceRecognizer(gazetteer);
        entities = new EntityRecognizer(kb, gazetteer);
        quotes = new QuoteExtractor();
        figures = new FigureExtractor();
        events = new EventDetector(figures, gazetteer, kb);
        annotator = new Annotator(analyzer, dateInferrer, timeTagger, places, entities, quotes, events,
                new ArticleAnnotated.Annotator("nlp-service", "bench"), Clock.systemUTC());

        // the seeds cleaned as ingest cleans them, then the shared news of 700 ± 150 words
        BoilerplateFilter filter = new BoilerplateFilter();
        List<Article> articles = new ArrayList<>(BenchCorpus.seeds().stream()
                .map(t -> article(filter.clean(t.text()), null)).toList());
        int seeds = articles.size();
        BenchCorpus.news("AnnotationBenchmark").stream().map(t -> article(t.text(), t.date()))
                .filter(a -> Math.abs(a.words() - TYPICAL_WORDS) <= WORD_TOLERANCE).forEach(articles::add);
        corpus = List.copyOf(articles);
        megabytes = corpus.stream().mapToLong(Article::bytes).sum() / 1e6;
        words = corpus.stream().mapToLong(Article::words).sum();
        inputs = corpus.stream().map(this::prepare).toList();
        System.out.printf(Locale.ROOT, "[AnnotationBenchmark] corpus: %d articles (%d seeds, %d news of %d±%d words), %d words "
                + "(%.0f per article), %.3f MB%n", corpus.size(), seeds, corpus.size() - seeds, TYPICAL_WORDS, WORD_TOLERANCE, words,
                (double) words / corpus.size(), megabytes);
    }

    /** The steps exactly as {@link Annotator#annotate} chains them. */
    private Inputs prepare(Article a) {
        DocumentDate dct = dateInferrer.infer(a.text(), a.publishedAt());
        if (dct == null) {
            dct = DocumentDate.unknown();
        }
        AnalyzedText at = analyzer.analyze(a.text());
        List<TimeExpression> timexes = new ArrayList<>(timeTagger.tag(a.text(), dct));
        timexes.sort(Comparator.comparingInt(TimeExpression::start).thenComparingInt(TimeExpression::end));
        List<PlaceMention> placeMentions = new ArrayList<>(places.recognize(at));
        List<EntityMention> entityMentions = entities.recognize(at, placeMentions);
        placeMentions.removeIf(p -> entityMentions.stream().anyMatch(e -> e.start() <= p.start() && e.end() >= p.end()));
        List<QuoteMention> quoteMentions = quotes.extract(at, entityMentions);
        return new Inputs(at, dct, List.copyOf(timexes), List.copyOf(placeMentions), entityMentions, quoteMentions);
    }

    private void count(Processed processed, CpuTime cpu, long started) {
        cpu.cpuSeconds += (cpu.now() - started) / 1e9;
        cpu.cpuArticles += corpus.size();
        cpu.cpuWords += words;
        cpu.cpuMegabytes += megabytes;
        processed.megabytes += megabytes;
        processed.articles += corpus.size();
        processed.words += words;
    }

    /** The measured operation: the whole annotation of every article of the corpus, one pass. */
    @Benchmark
    public void annotate(Processed processed, CpuTime cpu, Blackhole bh) {
        long started = cpu.now();
        for (Article a : corpus) {
            bh.consume(annotator.annotate(new ArticleIngested(1, "bench", null, null, null, a.publishedAt(), "en", a.text(), null)));
        }
        count(processed, cpu, started);
    }

    /** Step: lines, sentences, tokens, POS tags. */
    @Benchmark
    public void stepText(Processed processed, CpuTime cpu, Blackhole bh) {
        long started = cpu.now();
        for (Article a : corpus) {
            bh.consume(analyzer.analyze(a.text()));
        }
        count(processed, cpu, started);
    }

    /** Step: document date and time expressions. */
    @Benchmark
    public void stepTime(Processed processed, CpuTime cpu, Blackhole bh) {
        long started = cpu.now();
        for (Article a : corpus) {
            DocumentDate dct = dateInferrer.infer(a.text(), a.publishedAt());
            bh.consume(timeTagger.tag(a.text(), dct == null ? DocumentDate.unknown() : dct));
        }
        count(processed, cpu, started);
    }

    /** Step: places. */
    @Benchmark
    public void stepPlaces(Processed processed, CpuTime cpu, Blackhole bh) {
        long started = cpu.now();
        for (Inputs in : inputs) {
            bh.consume(places.recognize(in.at()));
        }
        count(processed, cpu, started);
    }

    /** Step: entities (on the places as recognized, before countries that act are removed from them). */
    @Benchmark
    public void stepEntities(Processed processed, CpuTime cpu, Blackhole bh) {
        long started = cpu.now();
        for (Inputs in : inputs) {
            bh.consume(entities.recognize(in.at(), new ArrayList<>(in.places())));
        }
        count(processed, cpu, started);
    }

    /** Step: quotes. */
    @Benchmark
    public void stepQuotes(Processed processed, CpuTime cpu, Blackhole bh) {
        long started = cpu.now();
        for (Inputs in : inputs) {
            bh.consume(quotes.extract(in.at(), in.entities()));
        }
        count(processed, cpu, started);
    }

    /** Step: events, figures included (the detector extracts the figures of every sentence). */
    @Benchmark
    public void stepEvents(Processed processed, CpuTime cpu, Blackhole bh) {
        long started = cpu.now();
        for (Inputs in : inputs) {
            bh.consume(events.detect(in.at(), in.dct(), in.timexes(), in.places(), in.entities(), in.quotes()));
        }
        count(processed, cpu, started);
    }

    /** Part of the events step: the figures of every sentence, as the detector extracts them. */
    @Benchmark
    public void stepFigures(Processed processed, CpuTime cpu, Blackhole bh) {
        long started = cpu.now();
        for (Inputs in : inputs) {
            for (Sentence s : in.at().sentences()) {
                bh.consume(figures.extract(in.at().text(), s.start(), s.end()));
            }
        }
        count(processed, cpu, started);
    }

    /**
     * Runs the benchmarks (defaults: 1 fork, 3 warm-up iterations of 5 s, 5 measured ones of 3 s; JMH options in the
     * arguments override them) and prints articles/s and MB/s per core and each step's share of the per-article cost.
     * {@code -Dct.bench.steps=false} runs the whole annotation only.
     */
    public static void main(String[] args) throws RunnerException, CommandLineOptionException {
        boolean steps = Boolean.parseBoolean(System.getProperty("ct.bench.steps", "true"));
        String name = AnnotationBenchmark.class.getName();
        CommandLineOptions cli = new CommandLineOptions(args);
        var builder = new OptionsBuilder().parent(cli);
        if (cli.getIncludes().isEmpty()) {
            builder.include(name + "\\.(annotate" + (steps ? "|step.*" : "") + ")$");
        }
        Map<String, Double> cpuPerArticle = new LinkedHashMap<>();
        double wordsPerArticle = 0;
        for (RunResult run : new Runner(builder.build()).run()) {
            String label = run.getParams().getBenchmark().substring(name.length() + 1);
            double cpuSeconds = run.getSecondaryResults().get("cpuSeconds").getScore();
            double cpuArticles = run.getSecondaryResults().get("cpuArticles").getScore();
            double cpuWords = run.getSecondaryResults().get("cpuWords").getScore();
            double cpuMb = run.getSecondaryResults().get("cpuMegabytes").getScore();
            double wallArticles = run.getSecondaryResults().get("articles").getScore();
            double wallWords = run.getSecondaryResults().get("words").getScore();
            double wallMb = run.getSecondaryResults().get("megabytes").getScore();
            wordsPerArticle = cpuWords / cpuArticles;
            cpuPerArticle.put(label, cpuSeconds / cpuArticles);
            System.out.printf(Locale.ROOT, "%n%s: per CPU-second of the benchmark thread: %.1f articles/s = %.1f 700-word articles/s, "
                    + "%.3f MB/s; wall clock: %.1f articles/s = %.1f 700-word articles/s, %.3f MB/s%n", label, cpuArticles / cpuSeconds,
                    cpuWords / cpuSeconds / TYPICAL_WORDS, cpuMb / cpuSeconds, wallArticles, wallWords / TYPICAL_WORDS, wallMb);
        }
        printBreakdown(cpuPerArticle, wordsPerArticle);
    }

    /** Each step's CPU time per article and its share of the sum of the steps (events without figures, figures apart). */
    private static void printBreakdown(Map<String, Double> cpuPerArticle, double wordsPerArticle) {
        Map<String, Double> parts = new LinkedHashMap<>();
        String[][] steps = { { "text analysis", "stepText" }, { "time", "stepTime" }, { "places", "stepPlaces" },
                { "entities", "stepEntities" }, { "quotes", "stepQuotes" } };
        for (String[] s : steps) {
            if (cpuPerArticle.containsKey(s[1])) {
                parts.put(s[0], cpuPerArticle.get(s[1]));
            }
        }
        Double ev = cpuPerArticle.get("stepEvents");
        Double fig = cpuPerArticle.get("stepFigures");
        if (ev != null && fig != null) {
            parts.put("events (without figures)", Math.max(0, ev - fig));
            parts.put("figures", fig);
        } else if (ev != null) {
            parts.put("events (with figures)", ev);
        }
        if (parts.isEmpty()) {
            return;
        }
        double sum = parts.values().stream().mapToDouble(Double::doubleValue).sum();
        System.out.printf(Locale.ROOT, "%nPer-article CPU cost by step (%.0f words per article on average):%n", wordsPerArticle);
        parts.forEach((step, seconds) -> System.out.printf(Locale.ROOT, "  %-26s %9.3f ms  %5.1f %%%n", step, seconds * 1e3,
                100 * seconds / sum));
        System.out.printf(Locale.ROOT, "  %-26s %9.3f ms%n", "sum of the steps", sum * 1e3);
        Double whole = cpuPerArticle.get("annotate");
        if (whole != null) {
            System.out.printf(Locale.ROOT, "  %-26s %9.3f ms  (%.1f 700-word articles per CPU-second)%n", "whole annotation",
                    whole * 1e3, wordsPerArticle / TYPICAL_WORDS / whole);
        }
    }

    private static Article article(String text, String publishedAt) {
        String stripped = text.strip();
        int words = stripped.isEmpty() ? 0 : stripped.split("\\s+").length;
        return new Article(text, publishedAt, words, text.getBytes(StandardCharsets.UTF_8).length);
    }

}
