package io.conflicttimeline.timeline.source;

import io.conflicttimeline.timeline.messaging.ArticleAnnotated;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How much one article re-publishes another, robust to rewording: word shingles miss a rewrite that changes most
 * phrasings (seeds 000 and 001 share only 4.5 % of their 5-word shingles), but its sentences still carry the same
 * content words in the same order.
 *
 * <p>Each sentence becomes a set of content-word stems (lower-cased, stop words dropped, cut to five letters so that
 * "injured"/"injuries" agree, number words as digits); quoted words are left out, since independent reports quote
 * the same statements. A sentence is aligned with its best match in the other article when their Dice overlap is at
 * least {@value #SENTENCE_MATCH}. The score combines
 * <ul>
 *   <li>alignment: the share of both articles' content words in aligned sentences (70 %), scaled down when the
 *       aligned sentences are out of order (longest increasing subsequence);</li>
 *   <li>the Jaccard overlap of the numbers (15 %) and of the named entities and places (15 %).</li>
 * </ul>
 * Pure and symmetric; {@value #REWRITE_THRESHOLD} or more means one article is a rewrite of the other.
 */
public final class TextSimilarity {

    public static final double REWRITE_THRESHOLD = 0.5;
    static final double SENTENCE_MATCH = 0.5;

    private static final Pattern WORD = Pattern.compile("[\\p{L}]+|\\d+(?:[.,]\\d+)?");
    private static final Set<String> STOP = Set.of(("a an the and or but of in on at to for from by with as is are was"
            + " were be been being has have had that this these those it its he she they them his her their we our you"
            + " your i not no said says say told after before over into than then there which who whom whose what when"
            + " where while also would could should will can may might about against during since until up down out"
            + " off more most other some such only own same so very just s").split(" "));
    private static final Map<String, String> NUMBER_WORDS = Map.ofEntries(Map.entry("one", "1"),
            Map.entry("two", "2"), Map.entry("three", "3"), Map.entry("four", "4"), Map.entry("five", "5"),
            Map.entry("six", "6"), Map.entry("seven", "7"), Map.entry("eight", "8"), Map.entry("nine", "9"),
            Map.entry("ten", "10"), Map.entry("eleven", "11"), Map.entry("twelve", "12"));

    private TextSimilarity() {
    }

    /** The parts of an article the score looks at. */
    public record Profile(List<Set<String>> sentences, Set<String> numbers, Set<String> entities) {
    }

    public static Profile profile(ArticleAnnotated article) {
        String text = article.text() == null ? "" : article.text();
        char[] masked = text.toCharArray();
        for (ArticleAnnotated.Quote quote : article.quotes()) {
            if (quote.start() != null && quote.end() != null && quote.start() >= 0 && quote.end() <= masked.length) {
                for (int i = quote.start(); i < quote.end(); i++) {
                    masked[i] = ' ';
                }
            }
        }
        String visible = new String(masked);
        List<Set<String>> sentences = new ArrayList<>();
        Set<String> numbers = new HashSet<>();
        List<int[]> spans = new ArrayList<>();
        article.sentences().forEach(s -> {
            if (s.start() != null && s.end() != null && s.start() >= 0 && s.end() <= visible.length()
                    && s.start() < s.end()) {
                spans.add(new int[] {s.start(), s.end()});
            }
        });
        if (spans.isEmpty()) {
            spans.add(new int[] {0, visible.length()});
        }
        for (int[] span : spans) {
            Set<String> stems = new HashSet<>();
            Matcher m = WORD.matcher(visible.substring(span[0], span[1]));
            while (m.find()) {
                String word = m.group().toLowerCase(Locale.ROOT);
                String number = Character.isDigit(word.charAt(0)) ? word : NUMBER_WORDS.get(word);
                if (number != null) {
                    numbers.add(number);
                    stems.add(number);
                } else if (word.length() > 1 && !STOP.contains(word)) {
                    stems.add(word.length() > 5 ? word.substring(0, 5) : word);
                }
            }
            // Very short lines (bylines, captions) say nothing about rewriting.
            if (stems.size() >= 3) {
                sentences.add(stems);
            }
        }
        Set<String> entities = new HashSet<>();
        article.entities().stream().map(e -> e.entityId() != null ? e.entityId() : e.name()).filter(Objects::nonNull)
                .forEach(entities::add);
        article.places().stream().map(p -> p.gazetteerId() != null ? p.gazetteerId() : p.name())
                .filter(Objects::nonNull).forEach(entities::add);
        return new Profile(sentences, numbers, entities);
    }

    public static double score(Profile a, Profile b) {
        Alignment ab = align(a.sentences(), b.sentences());
        Alignment ba = align(b.sentences(), a.sentences());
        int total = ab.totalWords + ba.totalWords;
        if (total == 0) {
            return 0;
        }
        double alignment = (double) (ab.alignedWords + ba.alignedWords) / total;
        double order = (ab.order + ba.order) / 2;
        double score = 0.7 * alignment * (0.5 + 0.5 * order)
                + 0.15 * jaccard(a.numbers(), b.numbers()) + 0.15 * jaccard(a.entities(), b.entities());
        return Math.round(score * 1000) / 1000.0;
    }

    private record Alignment(int alignedWords, int totalWords, double order) {
    }

    /** Aligns every sentence of {@code to} with its best match in {@code from}. */
    private static Alignment align(List<Set<String>> from, List<Set<String>> to) {
        int aligned = 0;
        int total = 0;
        List<Integer> matches = new ArrayList<>();
        for (Set<String> sentence : to) {
            total += sentence.size();
            double best = 0;
            int bestIndex = -1;
            for (int i = 0; i < from.size(); i++) {
                double dice = dice(sentence, from.get(i));
                if (dice > best) {
                    best = dice;
                    bestIndex = i;
                }
            }
            if (best >= SENTENCE_MATCH) {
                aligned += sentence.size();
                matches.add(bestIndex);
            }
        }
        double order = matches.isEmpty() ? 0 : (double) longestIncreasing(matches) / matches.size();
        return new Alignment(aligned, total, order);
    }

    /** Longest non-decreasing subsequence (two rewritten sentences may come from one original sentence). */
    private static int longestIncreasing(List<Integer> values) {
        int[] length = new int[values.size()];
        int longest = 0;
        for (int i = 0; i < values.size(); i++) {
            length[i] = 1;
            for (int j = 0; j < i; j++) {
                if (values.get(j) <= values.get(i) && length[j] + 1 > length[i]) {
                    length[i] = length[j] + 1;
                }
            }
            longest = Math.max(longest, length[i]);
        }
        return longest;
    }

    private static double dice(Set<String> a, Set<String> b) {
        if (a.isEmpty() || b.isEmpty()) {
            return 0;
        }
        int common = 0;
        for (String s : a) {
            if (b.contains(s)) {
                common++;
            }
        }
        return 2.0 * common / (a.size() + b.size());
    }

    private static double jaccard(Set<String> a, Set<String> b) {
        if (a.isEmpty() && b.isEmpty()) {
            return 0;
        }
        Set<String> union = new HashSet<>(a);
        union.addAll(b);
        int common = 0;
        for (String s : a) {
            if (b.contains(s)) {
                common++;
            }
        }
        return (double) common / union.size();
    }
}
