package io.conflicttimeline.timeline.article;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/** Stored annotations. */
@ApplicationScoped
public class ArticleService {

    private final ArticleRepository articles;

    public ArticleService(ArticleRepository articles) {
        this.articles = articles;
    }

    /** The ArticleAnnotated message stored for the article, or null. */
    @WithSession
    public Uni<String> annotation(String articleId) {
        return articles.findById(articleId).map(article -> article == null ? null : article.annotation);
    }
}
