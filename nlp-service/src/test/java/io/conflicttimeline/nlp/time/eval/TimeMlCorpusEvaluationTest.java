package io.conflicttimeline.nlp.time.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.conflicttimeline.nlp.SharedData;
import io.conflicttimeline.nlp.time.DocumentDate;
import io.conflicttimeline.nlp.time.TimeExpression;
import io.conflicttimeline.nlp.time.TimeTagger;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Measures {@link TimeTagger} on TimeBank + AQUAINT (TempEval-3 TBAQ-cleaned) with the TempEval-3 figures: strict
 * and relaxed extent P/R/F1, and type and value F1 over relaxed matches (attribute F1 = relaxed F1 x attribute
 * accuracy), overall and per gold type. The corpus is not part of the repository; the test skips without it.
 */
class TimeMlCorpusEvaluationTest {

    private static final String CORPUS = "tempeval3/TBAQ-cleaned";
    private static final Pattern DCT = Pattern.compile("<DCT>\\s*<TIMEX3[^>]*?value=\"([^\"]+)\"");
    private static final Pattern TAG = Pattern.compile("<(/?)([A-Za-z0-9]+)([^>]*?)(/?)>");
    private static final Pattern ATTR = Pattern.compile("(\\w+)=\"([^\"]*)\"");
    private static final List<String> TYPES = List.of("DATE", "TIME", "DURATION", "SET");

    record Gold(int start, int end, String text, String type, String value) {
    }

    record Doc(String name, LocalDate dct, String text, List<Gold> timexes) {
    }

    /** Counts for one slice (overall or one type). */
    static final class Score {
        int gold;
        int system;
        int strict;
        int relaxedGold;
        int relaxedSystem;
        int typeOk;
        int valueOk;
        int matched;

        double p(int hits) {
            return system == 0 ? 0 : (double) hits / system;
        }

        double r(int hits) {
            return gold == 0 ? 0 : (double) hits / gold;
        }

        static double f(double p, double r) {
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }

        double strictF1() {
            return f(p(strict), r(strict));
        }

        double relaxedF1() {
            return f(p(relaxedSystem), r(relaxedGold));
        }

        double typeAccuracy() {
            return matched == 0 ? 0 : (double) typeOk / matched;
        }

        double valueAccuracy() {
            return matched == 0 ? 0 : (double) valueOk / matched;
        }

        String line(String label) {
            return String.format(Locale.ROOT,
                    "%-9s gold=%4d sys=%4d | strict P=%.3f R=%.3f F1=%.3f | relaxed P=%.3f R=%.3f F1=%.3f | "
                            + "type acc=%.3f F1=%.3f | value acc=%.3f F1=%.3f",
                    label, gold, system, p(strict), r(strict), strictF1(), p(relaxedSystem), r(relaxedGold), relaxedF1(),
                    typeAccuracy(), relaxedF1() * typeAccuracy(), valueAccuracy(), relaxedF1() * valueAccuracy());
        }
    }

    @Test
    void timeBankAndAquaint() throws IOException {
        Path corpus = SharedData.resolve(CORPUS, "TimeMlCorpusEvaluationTest").filter(Files::isDirectory).orElse(null);
        assumeTrue(corpus != null, "TempEval-3 corpus absent");

        List<Path> files;
        try (Stream<Path> s = Files.walk(corpus)) {
            files = s.filter(p -> p.toString().endsWith(".tml")).filter(p -> !p.toString().contains("testpipeline"))
                    .sorted().toList();
        }
        TimeTagger tagger = new TimeTagger();
        Score overall = new Score();
        Map<String, Score> perType = new LinkedHashMap<>();
        TYPES.forEach(t -> perType.put(t, new Score()));
        StringBuilder errors = new StringBuilder();
        long started = System.nanoTime();
        for (Path file : files) {
            Doc doc = parse(file);
            List<TimeExpression> sys = tagger.tag(doc.text(), DocumentDate.given(doc.dct()));
            score(doc, sys, overall, perType, errors);
        }
        long millis = (System.nanoTime() - started) / 1_000_000;

        StringBuilder report = new StringBuilder();
        report.append(String.format(Locale.ROOT, "TimeBank+AQUAINT (TBAQ-cleaned): %d documents, tagged in %d ms%n",
                files.size(), millis));
        report.append(overall.line("overall")).append('\n');
        perType.forEach((t, s) -> report.append(s.line(t)).append('\n'));
        System.out.print(report);
        Path out = Paths.get("target", "timeml-evaluation");
        Files.createDirectories(out);
        Files.writeString(out.resolve("summary.txt"), report, StandardCharsets.UTF_8);
        Files.writeString(out.resolve("errors.txt"), errors, StandardCharsets.UTF_8);

        assertThat(files).hasSize(256);
        // Regression floor a little under the measured figures, so that a rule change that costs accuracy is seen.
        assertThat(overall.relaxedF1()).isGreaterThan(0.93);
        assertThat(overall.relaxedF1() * overall.valueAccuracy()).isGreaterThan(0.81);
    }

    private static void score(Doc doc, List<TimeExpression> sys, Score overall, Map<String, Score> perType,
                              StringBuilder errors) {
        overall.gold += doc.timexes().size();
        overall.system += sys.size();
        for (Gold g : doc.timexes()) {
            perType.get(g.type()).gold++;
        }
        for (TimeExpression s : sys) {
            Score t = perType.get(s.type());
            if (t != null) {
                t.system++;
            }
        }
        boolean[] sysUsed = new boolean[sys.size()];
        for (Gold g : doc.timexes()) {
            int best = -1;
            for (int i = 0; i < sys.size(); i++) {
                TimeExpression s = sys.get(i);
                if (!sysUsed[i] && s.start() < g.end() && g.start() < s.end()) {
                    if (best < 0 || (s.start() == g.start() && s.end() == g.end())) {
                        best = i;
                    }
                }
            }
            Score t = perType.get(g.type());
            if (best < 0) {
                errors.append("MISS\t").append(doc.name()).append('\t').append(g.text()).append('\t').append(g.type())
                        .append('\t').append(g.value()).append('\t').append(context(doc.text(), g.start(), g.end())).append('\n');
                continue;
            }
            sysUsed[best] = true;
            TimeExpression s = sys.get(best);
            boolean strict = s.start() == g.start() && s.end() == g.end();
            boolean typeOk = s.type().equals(g.type());
            boolean valueOk = s.value().equals(g.value());
            for (Score sc : new Score[] {overall, t}) {
                sc.matched++;
                sc.relaxedGold++;
                if (strict) {
                    sc.strict++;
                }
                if (typeOk) {
                    sc.typeOk++;
                }
                if (valueOk) {
                    sc.valueOk++;
                }
            }
            overall.relaxedSystem++;
            Score st = perType.get(s.type());
            if (st != null) {
                st.relaxedSystem++;
            }
            if (!strict) {
                errors.append("EXTENT\t").append(doc.name()).append('\t').append(g.text()).append('\t').append(s.text())
                        .append('\t').append(context(doc.text(), g.start(), g.end())).append('\n');
            }
            if (!valueOk || !typeOk) {
                errors.append("VALUE\t").append(doc.name()).append('\t').append(g.text()).append('\t').append(g.type())
                        .append(' ').append(g.value()).append("\tsys=").append(s.type()).append(' ').append(s.value())
                        .append(" dct=").append(doc.dct()).append('\t').append(context(doc.text(), g.start(), g.end()))
                        .append('\n');
            }
        }
        for (int i = 0; i < sys.size(); i++) {
            if (!sysUsed[i]) {
                TimeExpression s = sys.get(i);
                errors.append("FALSE\t").append(doc.name()).append('\t').append(s.text()).append('\t').append(s.type())
                        .append('\t').append(s.value()).append('\t').append(context(doc.text(), s.start(), s.end())).append('\n');
            }
        }
    }

    private static String context(String text, int start, int end) {
        String c = text.substring(Math.max(0, start - 60), start) + "[[" + text.substring(start, end) + "]]"
                + text.substring(end, Math.min(text.length(), end + 60));
        return c.replaceAll("\\s+", " ");
    }

    /** Parses one TimeML file: DCT, raw TEXT (tags stripped, entities decoded) and gold TIMEX3 offsets. */
    static Doc parse(Path file) {
        String xml;
        try {
            xml = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Matcher dct = DCT.matcher(xml);
        if (!dct.find()) {
            throw new IllegalStateException("no DCT in " + file);
        }
        LocalDate date = LocalDate.parse(dct.group(1).substring(0, 10));
        int from = xml.indexOf("<TEXT>") + "<TEXT>".length();
        int to = xml.indexOf("</TEXT>");
        String body = xml.substring(from, to);
        StringBuilder raw = new StringBuilder();
        List<Gold> gold = new ArrayList<>();
        Matcher tag = TAG.matcher(body);
        int pos = 0;
        int openStart = -1;
        String openType = null;
        String openValue = null;
        while (tag.find()) {
            raw.append(decode(body.substring(pos, tag.start())));
            pos = tag.end();
            if (!tag.group(2).equals("TIMEX3")) {
                continue;
            }
            if (tag.group(1).isEmpty()) {
                Map<String, String> attrs = new LinkedHashMap<>();
                Matcher a = ATTR.matcher(tag.group(3));
                while (a.find()) {
                    attrs.put(a.group(1), a.group(2));
                }
                openStart = raw.length();
                openType = attrs.get("type");
                openValue = attrs.getOrDefault("value", "");
            } else if (openStart >= 0) {
                gold.add(new Gold(openStart, raw.length(), raw.substring(openStart), openType, openValue));
                openStart = -1;
            }
        }
        raw.append(decode(body.substring(pos)));
        return new Doc(file.getFileName().toString(), date, raw.toString(), List.copyOf(gold));
    }

    private static String decode(String s) {
        return s.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&apos;", "'").replace("&amp;", "&");
    }

}
