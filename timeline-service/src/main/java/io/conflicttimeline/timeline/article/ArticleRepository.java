package io.conflicttimeline.timeline.article;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

/** Stored articles by articleId. */
@ApplicationScoped
public class ArticleRepository implements PanacheRepositoryBase<Article, String> {
}
