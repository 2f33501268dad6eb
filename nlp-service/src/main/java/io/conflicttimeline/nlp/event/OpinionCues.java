package io.conflicttimeline.nlp.event;

import java.util.List;
import java.util.Set;

import io.conflicttimeline.nlp.quote.QuoteMention;
import io.conflicttimeline.nlp.text.AnalyzedText;
import io.conflicttimeline.nlp.text.Token;

/**
 * Whether a post argues rather than reports: modal verbs (the tagger's MD), questions, the author or reader in person
 * and argumentative connectives, counted outside quotes. A post that argues states its author's stance (PLOVER MAKE
 * STATEMENT) even without a speech verb ("Because of Putin, NATO will expand"); a report of numbers, a photo caption
 * or a human-interest story rarely has two such cues.
 */
final class OpinionCues {

    /** Two cues: one modal or one "we" also occurs in plain reports ("some of which will no longer be able to"). */
    static final int ARGUES = 2;

    /**
     * Posts only: the cues are counted over the whole text, and in a full article two modals or a "we" in a quote the
     * extractor missed say nothing about whether it argues (warline posts are under 1,000 characters).
     */
    static final int POST_LENGTH = 1_200;

    private static final Set<String> PERSONS = Set.of("i", "we", "our", "us", "my", "you", "your", "me");
    private static final Set<String> CONNECTIVES = Set.of("because", "therefore", "thus", "if", "unless", "why");

    private OpinionCues() {
    }

    /** The first cue token outside quotes, or null when the text is no post or has fewer than {@link #ARGUES} cues. */
    static Token argues(AnalyzedText at, List<QuoteMention> quotes) {
        if (at.text().length() > POST_LENGTH) {
            return null;
        }
        Token first = null;
        int cues = 0;
        for (Token t : at.tokens()) {
            if (!cue(t) || inside(t.start(), quotes)) {
                continue;
            }
            cues++;
            if (first == null) {
                first = t;
            }
        }
        return cues >= ARGUES ? first : null;
    }

    private static boolean cue(Token t) {
        String w = t.text();
        if (t.pos().equals("MD") || w.equals("?")) {
            return true;
        }
        String lower = w.toLowerCase(java.util.Locale.ROOT);
        // "US" is a country, "us" the reader and author
        boolean person = PERSONS.contains(lower) && !w.equals("US") && t.pos().equals("PRP")
                || lower.equals("our") || lower.equals("my") || lower.equals("your");
        return person || CONNECTIVES.contains(lower);
    }

    private static boolean inside(int offset, List<QuoteMention> quotes) {
        for (QuoteMention q : quotes) {
            if (offset >= q.start() && offset < q.end()) {
                return true;
            }
        }
        return false;
    }
}
