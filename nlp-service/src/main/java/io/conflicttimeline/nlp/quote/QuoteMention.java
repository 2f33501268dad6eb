package io.conflicttimeline.nlp.quote;

import io.conflicttimeline.nlp.entity.Actor;

/** Quoted words ({@code start}/{@code end} exclude the quote marks) with the resolved speaker, verb and channel. */
public record QuoteMention(int start, int end, String text, Actor speaker, String verb, String channel) {
}
