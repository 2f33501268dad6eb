package io.conflicttimeline.nlp.figure;

/**
 * One figure stated in text: its kind, value, qualifier (exact | at_least | at_most | about) and the absolute
 * character span of the phrase that states it.
 */
public record Figure(FigureKind kind, int value, String qualifier, int start, int end, String text) {
}
