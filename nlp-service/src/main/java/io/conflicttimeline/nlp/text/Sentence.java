package io.conflicttimeline.nlp.text;

/** One sentence: its span in the article text and its token range [firstToken, endToken). */
public record Sentence(int index, int start, int end, int firstToken, int endToken) {

    public boolean contains(int offset) {
        return offset >= start && offset < end;
    }
}
