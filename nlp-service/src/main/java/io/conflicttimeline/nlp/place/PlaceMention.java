package io.conflicttimeline.nlp.place;

/** A place named in the text ({@code text} is the raw span, e.g. "Ukraine's capital") resolved to a gazetteer entry. */
public record PlaceMention(int start, int end, String text, GazetteerEntry entry) {
}
