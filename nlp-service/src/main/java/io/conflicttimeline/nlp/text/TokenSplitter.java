package io.conflicttimeline.nlp.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import opennlp.tools.tokenize.ThreadSafeTokenizerME;
import opennlp.tools.tokenize.TokenizerModel;
import opennlp.tools.tokenize.WhitespaceTokenizer;
import opennlp.tools.util.Span;

/**
 * The OpenNLP tokenizer with its decisions remembered per whitespace-separated chunk. {@code TokenizerME} decides each
 * split point inside a chunk ("Zelensky's", "(Reuters)", "2,000-strong") from that chunk's characters alone, so the
 * splits of a chunk seen before are the same: news text repeats its chunks (names, numbers with punctuation,
 * quoted words), and asking the maximum-entropy model again for every character was a quarter of the text analysis.
 * Thread-safe; the memory is bounded (cleared when full).
 */
final class TokenSplitter {

    private static final int MAX_REMEMBERED = 50_000;
    private static final int[] WHOLE = new int[0];

    private final ThreadSafeTokenizerME tokenizer;
    /** Chunk -> the offsets inside it where the model splits (empty: the chunk is one token). */
    private final Map<String, int[]> splits = new ConcurrentHashMap<>();

    TokenSplitter(TokenizerModel model) {
        this.tokenizer = new ThreadSafeTokenizerME(model);
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

    private int[] cutsOf(String chunk) {
        int[] cuts = splits.get(chunk);
        if (cuts == null) {
            Span[] parts = tokenizer.tokenizePos(chunk);
            cuts = parts.length <= 1 ? WHOLE : new int[parts.length - 1];
            for (int i = 1; i < parts.length; i++) {
                cuts[i - 1] = parts[i].getStart();
            }
            if (splits.size() >= MAX_REMEMBERED) {
                splits.clear();
            }
            splits.put(chunk, cuts);
        }
        return cuts;
    }
}
