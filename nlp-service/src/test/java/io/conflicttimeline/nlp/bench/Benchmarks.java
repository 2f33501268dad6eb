package io.conflicttimeline.nlp.bench;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Entry point of the {@code bench} Maven profile: runs the benchmark classes whose simple name contains one of the
 * comma-separated parts of {@code -Dct.bench} (all when empty), each with the JMH arguments given.
 */
public final class Benchmarks {

    /** A benchmark class by name and its main method (which prints its own figures). */
    private record Entry(String name, Main main) {
    }

    @FunctionalInterface
    private interface Main {
        void run(String[] args) throws Exception;
    }

    private static final List<Entry> ALL = List.of(
            new Entry("TimeTaggerBenchmark", TimeTaggerBenchmark::main),
            new Entry("AnnotationBenchmark", AnnotationBenchmark::main),
            new Entry("EntityStepBenchmark", EntityStepBenchmark::main),
            new Entry("GazetteerLoadBenchmark", GazetteerLoadBenchmark::main));

    private Benchmarks() {
    }

    public static void main(String[] args) throws Exception {
        String selection = System.getProperty("ct.bench", "").strip().toLowerCase(Locale.ROOT);
        List<String> wanted = selection.isEmpty() ? List.of() : Arrays.stream(selection.split(",")).map(String::strip).toList();
        boolean any = false;
        for (Entry e : ALL) {
            String name = e.name().toLowerCase(Locale.ROOT);
            if (wanted.isEmpty() || wanted.stream().anyMatch(name::contains)) {
                any = true;
                e.main().run(args);
            }
        }
        if (!any) {
            throw new IllegalArgumentException("no benchmark matches -Dct.bench=" + selection + "; known: "
                    + ALL.stream().map(Entry::name).toList());
        }
    }
}
