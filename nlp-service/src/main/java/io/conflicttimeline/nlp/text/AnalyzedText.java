package io.conflicttimeline.nlp.text;

import java.util.List;

/** An article split into sentences and POS-tagged tokens; every offset refers to {@code text}. */
public record AnalyzedText(String text, List<Sentence> sentences, List<Token> tokens) {

    /** Index of the sentence containing the offset, or the last sentence starting before it. */
    public int sentenceAt(int offset) {
        int lo = 0;
        int hi = sentences.size() - 1;
        int found = 0;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            if (sentences.get(mid).start() <= offset) {
                found = mid;
                lo = mid + 1;
            } else {
                hi = mid - 1;
            }
        }
        return found;
    }

    public List<Token> tokensOf(Sentence sentence) {
        return tokens.subList(sentence.firstToken(), sentence.endToken());
    }

    /** Index of the first token starting at or after the offset (tokens.size() if none). */
    public int tokenAtOrAfter(int offset) {
        int lo = 0;
        int hi = tokens.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (tokens.get(mid).start() < offset) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }
}
