package io.conflicttimeline.ingest.article;

import java.util.Locale;

/**
 * Pipeline status. The rank makes updates monotonic: a late article.annotated never undoes article.placed, and a
 * failure stays visible unless the article was placed after all.
 */
public enum ArticleStatus {
    RECEIVED(0), ANNOTATED(1), FAILED(2), PLACED(3);

    private final int rank;

    ArticleStatus(int rank) {
        this.rank = rank;
    }

    public int rank() {
        return rank;
    }

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static ArticleStatus fromLabel(String label) {
        for (ArticleStatus status : values()) {
            if (status.label().equalsIgnoreCase(label)) {
                return status;
            }
        }
        throw new IllegalArgumentException(label);
    }
}
