package io.conflicttimeline.ingest.cleaning;

import java.util.List;

/**
 * The result of cleaning: the article text, what was removed, and the metadata the removed header lines revealed.
 *
 * @param detectedTitle  the headline line when the text started with one, else null
 * @param detectedOutlet the outlet named by an outlet or credit line, else null
 */
public record CleanedArticle(String text, List<RemovedSpan> removed, String detectedTitle, String detectedOutlet) {

    public CleanedArticle {
        removed = List.copyOf(removed);
    }
}
