package io.conflicttimeline.nlp.event;

import java.util.List;

/** The events of an article in order of first mention, and the index of the main (headline) event or -1. */
public record DetectedEvents(List<EventMention> events, int mainIndex) {

    /** The event mentioned in the sentence, else the one of the previous sentence of the same paragraph; -1 if none. */
    public int eventForSentence(int sentence, boolean sameParagraphAsPrevious) {
        for (int i = 0; i < events.size(); i++) {
            if (events.get(i).sentences().contains(sentence)) {
                return i;
            }
        }
        if (sameParagraphAsPrevious && sentence > 0) {
            for (int i = 0; i < events.size(); i++) {
                if (events.get(i).sentences().contains(sentence - 1)) {
                    return i;
                }
            }
        }
        return -1;
    }
}
