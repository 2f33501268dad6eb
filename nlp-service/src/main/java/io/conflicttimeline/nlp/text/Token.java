package io.conflicttimeline.nlp.text;

/** One token: its span in the article text, its surface form, Penn Treebank POS tag and sentence index. */
public record Token(int start, int end, String text, String pos, int sentence) {

    public boolean isCapitalized() {
        return !text.isEmpty() && Character.isUpperCase(text.charAt(0));
    }

    public boolean isProperNoun() {
        return pos.startsWith("NNP");
    }
}
