package io.conflicttimeline.ingest.article;

/** No article has this id. */
public class ArticleNotFoundException extends RuntimeException {

    public ArticleNotFoundException(String id) {
        super("No article with id " + id + ".");
    }
}
