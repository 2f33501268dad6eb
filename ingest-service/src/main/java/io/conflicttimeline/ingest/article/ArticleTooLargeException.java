package io.conflicttimeline.ingest.article;

/** An article text over the size limit. */
public class ArticleTooLargeException extends InvalidArticleException {

    public ArticleTooLargeException(String detail) {
        super(detail);
    }
}
