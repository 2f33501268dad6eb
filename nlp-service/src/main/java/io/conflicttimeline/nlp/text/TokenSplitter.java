package io.conflicttimeline.nlp.text;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

import opennlp.tools.tokenize.ThreadSafeTokenizerME;
import opennlp.tools.tokenize.TokenizerModel;
import opennlp.tools.tokenize.WhitespaceTokenizer;
import opennlp.tools.util.Span;
import opennlp.tools.util.StringUtil;

/**
 * The OpenNLP tokenizer with its decisions remembered per whitespace-separated chunk. {@code TokenizerME} decides each
 * split point inside a chunk ("Zelensky's", "(Reuters)", "2,000-strong") from that chunk's characters alone, so the
 * splits of a chunk seen before are the same: news text repeats its chunks (names, numbers with punctuation,
 * quoted words), and asking the maximum-entropy model again for every character was a quarter of the text analysis.
 * Thread-safe; the memory is bounded (cleared when full).
 *
 * <p>{@link #tokens} also remembers each chunk's token texts and what the tagger needs of each word: every
 * occurrence of a chunk then yields the same strings, with their hash codes computed once, and the tagger's features
 * without a second lookup per token (the lookups were cache misses: tens of thousands of words).
 */
final class TokenSplitter {

    private static final int MAX_REMEMBERED = 50_000;
    private static final int[] WHOLE = new int[0];

    private final ThreadSafeTokenizerME tokenizer;
    /** Chunk -> the offsets inside it where the model splits (empty: the chunk is one token). */
    private final Map<String, int[]> splits = new ConcurrentHashMap<>();
    /** Chunk -> its tokens as {@link #tokens} gives them. */
    private final Map<String, Pieces> pieces = new ConcurrentHashMap<>();
    private final Function<String, PosTagger.WordFeatures> tagFeatures;

    /** A chunk's tokens: where each ends inside the chunk, its text and its tagger features. */
    private record Pieces(int[] ends, String[] words, PosTagger.WordFeatures[] features) {
    }

    /** The tokens of a sentence: offsets in the sentence, texts and tagger features; the arrays may be longer than size. */
    record Tokens(int[] starts, int[] ends, String[] words, PosTagger.WordFeatures[] features, int size) {
    }

    /** The tokenizer alone ({@link #tokenizePos}). */
    TokenSplitter(TokenizerModel model) {
        this(model, word -> null);
    }

    /** With each word's tagger features remembered along with the chunks. */
    TokenSplitter(TokenizerModel model, Function<String, PosTagger.WordFeatures> tagFeatures) {
        this.tokenizer = new ThreadSafeTokenizerME(model);
        this.tagFeatures = tagFeatures;
    }

    /** Token spans of the sentence, exactly as {@code TokenizerME.tokenizePos(sentence)} returns them. */
    Span[] tokenizePos(String sentence) {
        Span[] chunks = WhitespaceTokenizer.INSTANCE.tokenizePos(sentence);
        List<Span> out = new ArrayList<>(chunks.length + chunks.length / 4);
        for (Span c : chunks) {
            int start = c.getStart();
            int end = c.getEnd();
            int[] cuts = end - start < 2 ? WHOLE : cutsOf(sentence.substring(start, end));
            int from = start;
            for (int cut : cuts) {
                out.add(new Span(from, start + cut));
                from = start + cut;
            }
            out.add(new Span(from, end));
        }
        return out.toArray(new Span[0]);
    }

    /**
     * The sentence's tokens as the analyzer uses them: the model's ({@link #tokenizePos}), with a final possessive
     * split off ("Zelensky’s" -> "Zelensky", "’s": the UD model keeps it whole, but names must stand alone for
     * gazetteer and KB lookups).
     */
    Tokens tokens(String sentence) {
        int n = sentence.length();
        int[] starts = new int[Math.max(8, n / 4)];
        int[] ends = new int[starts.length];
        String[] words = new String[starts.length];
        PosTagger.WordFeatures[] features = new PosTagger.WordFeatures[starts.length];
        int size = 0;
        int i = 0;
        while (i < n) {
            // WhitespaceTokenizer's chunks, without its Span objects
            while (i < n && StringUtil.isWhitespace(sentence.charAt(i))) {
                i++;
            }
            int start = i;
            while (i < n && !StringUtil.isWhitespace(sentence.charAt(i))) {
                i++;
            }
            if (i == start) {
                break;
            }
            Pieces p = piecesOf(sentence.substring(start, i));
            if (size + p.ends().length > starts.length) {
                int grown = Math.max(starts.length * 2, size + p.ends().length);
                starts = Arrays.copyOf(starts, grown);
                ends = Arrays.copyOf(ends, grown);
                words = Arrays.copyOf(words, grown);
                features = Arrays.copyOf(features, grown);
            }
            int from = start;
            for (int k = 0; k < p.ends().length; k++) {
                starts[size] = from;
                ends[size] = start + p.ends()[k];
                words[size] = p.words()[k];
                features[size] = p.features()[k];
                from = ends[size];
                size++;
            }
        }
        return new Tokens(starts, ends, words, features, size);
    }

    private Pieces piecesOf(String chunk) {
        Pieces p = pieces.get(chunk);
        if (p == null) {
            int[] cuts = chunk.length() < 2 ? WHOLE : modelCuts(chunk);
            List<Integer> bounds = new ArrayList<>(cuts.length + 2);
            int from = 0;
            for (int k = 0; k <= cuts.length; k++) {
                int to = k < cuts.length ? cuts[k] : chunk.length();
                if (to - from > 2 && chunk.charAt(to - 1) == 's' && (chunk.charAt(to - 2) == '\u2019' || chunk.charAt(to - 2) == '\'')) {
                    bounds.add(to - 2);
                }
                bounds.add(to);
                from = to;
            }
            int[] ends = new int[bounds.size()];
            String[] words = new String[ends.length];
            PosTagger.WordFeatures[] features = new PosTagger.WordFeatures[ends.length];
            from = 0;
            for (int k = 0; k < ends.length; k++) {
                ends[k] = bounds.get(k);
                words[k] = chunk.substring(from, ends[k]);
                features[k] = tagFeatures.apply(words[k]);
                from = ends[k];
            }
            p = new Pieces(ends, words, features);
            if (pieces.size() >= MAX_REMEMBERED) {
                pieces.clear();
            }
            pieces.put(chunk, p);
        }
        return p;
    }

    private int[] cutsOf(String chunk) {
        int[] cuts = splits.get(chunk);
        if (cuts == null) {
            cuts = modelCuts(chunk);
            if (splits.size() >= MAX_REMEMBERED) {
                splits.clear();
            }
            splits.put(chunk, cuts);
        }
        return cuts;
    }

    /** The offsets inside the chunk where the model splits it. */
    private int[] modelCuts(String chunk) {
        Span[] parts = tokenizer.tokenizePos(chunk);
        int[] cuts = parts.length <= 1 ? WHOLE : new int[parts.length - 1];
        for (int i = 1; i < parts.length; i++) {
            cuts[i - 1] = parts[i].getStart();
        }
        return cuts;
    }
}
