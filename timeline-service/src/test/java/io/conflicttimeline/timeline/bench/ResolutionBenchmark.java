package io.conflicttimeline.timeline.bench;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.conflicttimeline.timeline.event.EventCandidate;
import io.conflicttimeline.timeline.event.EventMentionRepository.MentionRow;
import io.conflicttimeline.timeline.event.EventResolver;
import io.conflicttimeline.timeline.event.MentionCodec;
import io.conflicttimeline.timeline.event.MentionFacts;
import io.conflicttimeline.timeline.event.MentionFigures;
import io.conflicttimeline.timeline.event.FigureReport;
import io.conflicttimeline.timeline.event.PlaceColumns;
import io.conflicttimeline.timeline.event.PlaceRef;
import io.conflicttimeline.timeline.source.StoryText;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
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
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.CommandLineOptionException;
import org.openjdk.jmh.runner.options.CommandLineOptions;
import org.openjdk.jmh.runner.options.OptionsBuilder;

/**
 * The in-memory step of placing one mention at a million events: the candidates' mention rows (as
 * {@code EventMentionRepository.rowsByEvents} reads them) turned into the resolver's facts, grouped by event, and
 * {@link EventResolver#resolve} over them. The window is what the load test's database gives a day-precise mention: a
 * few hundred same-family candidates of the ±1 day window, 1.5 mentions each, on a skewed set of places. Prints the
 * CPU time per mention placement of the benchmark thread. Not a test (surefire does not run it):
 * {@code ./mvnw -pl timeline-service -Pbench -DskipTests test}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 3)
@Measurement(iterations = 5, time = 3)
@Fork(1)
@Threads(1)
public class ResolutionBenchmark {

    private static final int CANDIDATES = 200;
    private static final String FAMILY = "Explosions/Remote violence";
    private static final String[][] PLACES = {
            {"Kyiv", "city", "Kyiv City", null}, {"Kharkiv", "city", "Kharkiv Oblast", "Kharkiv Raion"},
            {"Donetsk Oblast", "admin1", "Donetsk Oblast", null}, {"Pokrovsk", "city", "Donetsk Oblast", "Pokrovsk Raion"},
            {"Odesa", "city", "Odesa Oblast", "Odesa Raion"}, {"Ukraine", "country", null, null},
            {"Darnytskyi District", "district", "Kyiv City", null}, {"Sumy", "city", "Sumy Oblast", "Sumy Raion"}};

    private final MentionCodec codec = new MentionCodec(new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false));
    private List<MentionRow> rows;
    private Map<String, StoryText> texts;
    private List<MentionFacts> mentions;
    private int next;

    /** Mention placements done, as a rate (JMH prints it as ops/s). */
    @State(Scope.Thread)
    @AuxCounters(AuxCounters.Type.EVENTS)
    public static class CpuTime {
        private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
        public double cpuSeconds;
        public long placements;

        long now() {
            return THREADS.getCurrentThreadCpuTime();
        }
    }

    @Setup(Level.Trial)
    public void window() {
        Random random = new Random(42);
        LocalDate day = LocalDate.of(2024, 3, 14);
        rows = new ArrayList<>();
        texts = new HashMap<>();
        for (int e = 0; e < CANDIDATES; e++) {
            UUID event = UUID.nameUUIDFromBytes(("event-" + e).getBytes());
            Instant created = Instant.parse("2024-03-15T00:00:00Z").plusSeconds(e);
            String[] place = PLACES[Math.min(PLACES.length - 1, (int) (Math.abs(random.nextGaussian()) * 3))];
            String date = day.plusDays(random.nextInt(3) - 1).toString();
            int killed = 1 + random.nextInt(30);
            int count = random.nextInt(2) == 0 ? 1 : 2;
            for (int m = 0; m < count; m++) {
                String article = "article-" + e + "-" + m;
                texts.put(article, StoryText.of(List.of("Strike on " + place[0] + " kills " + killed + " people",
                        "Russian forces struck " + place[0] + " overnight, officials said.")));
                rows.add(new MentionRow(event, created, article, "ev" + m, FAMILY, "Air/drone strike", date, "day",
                        PlaceColumns.of(place(place), null), figures(killed), "[]", false, false));
            }
        }
        mentions = new ArrayList<>();
        for (int i = 0; i < 64; i++) {
            String[] place = PLACES[random.nextInt(PLACES.length)];
            String article = "new-" + i;
            texts.put(article, StoryText.of(List.of("Strike on " + place[0], "Missiles hit " + place[0] + ".")));
            mentions.add(new MentionFacts(article, "ev0", FAMILY, "Air/drone strike", day.toString(), "day",
                    place(place), new MentionFigures(FigureReport.exact(1 + random.nextInt(30)), null, null, null,
                    null, null, null), List.of(), false, false, List.of(), texts.get(article)));
        }
    }

    private static PlaceRef place(String[] p) {
        return new PlaceRef(p[0], p[1], "UA", p[2], p[3], 48.0, 35.0, "gn:" + p[0].hashCode(), null, "settlement");
    }

    private static String figures(int killed) {
        return "{\"killed\":{\"value\":" + killed + ",\"qualifier\":\"exact\",\"start\":0,\"end\":5,\"text\":\""
                + killed + " people\"},\"injured\":null,\"missiles\":null,\"drones\":null,\"prisoners\":null}";
    }

    /** One mention placement's in-memory work: facts of every candidate mention, grouping, resolution. */
    @Benchmark
    public EventCandidate resolveOne(CpuTime cpu) {
        long started = cpu.now();
        MentionFacts mention = mentions.get(next++ & 63);
        Map<UUID, List<MentionFacts>> byEvent = new LinkedHashMap<>();
        Map<UUID, Instant> createdAt = new HashMap<>();
        for (MentionRow row : rows) {
            byEvent.computeIfAbsent(row.eventId(), id -> new ArrayList<>())
                    .add(codec.facts(row).withText(texts.get(row.articleId())));
            createdAt.putIfAbsent(row.eventId(), row.eventCreatedAt());
        }
        List<EventCandidate> candidates = new ArrayList<>(byEvent.size());
        byEvent.forEach((id, facts) -> candidates.add(new EventCandidate(id, createdAt.get(id), facts)));
        EventCandidate chosen = EventResolver.resolve(mention, candidates).orElse(null);
        cpu.cpuSeconds += (cpu.now() - started) / 1e9;
        cpu.placements++;
        return chosen;
    }

    public static void main(String[] args) throws RunnerException, CommandLineOptionException {
        var options = new OptionsBuilder().parent(new CommandLineOptions(args))
                .include(ResolutionBenchmark.class.getName() + ".resolveOne").build();
        for (RunResult run : new Runner(options).run()) {
            double cpuSeconds = run.getSecondaryResults().get("cpuSeconds").getScore();
            double placements = run.getSecondaryResults().get("placements").getScore();
            System.out.printf(Locale.ROOT, "%nResolution step (%d candidate events): %.0f ± %.0f mention"
                            + " placements/s wall clock; %.1f µs per mention placement of the benchmark thread's CPU"
                            + " (%.0f per CPU-second)%n", CANDIDATES, run.getPrimaryResult().getScore(),
                    run.getPrimaryResult().getScoreError(), cpuSeconds * 1e6 / placements, placements / cpuSeconds);
        }
    }
}
