package io.conflicttimeline.timeline.source;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.conflicttimeline.timeline.article.Article;
import io.conflicttimeline.timeline.article.ArticleRepository;
import io.conflicttimeline.timeline.messaging.ArticleAnnotated;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.UncheckedIOException;
import java.util.Comparator;
import java.util.List;

/**
 * Puts a newly placed article into a source family: compared ({@link TextSimilarity}) with the articles that share a
 * timeline event with it, it joins the family of the most similar one at or above the rewrite threshold. The later
 * article (by publication date, else by arrival) is the rewrite.
 */
@ApplicationScoped
public class SourceFamilies {

    private static final int MAX_COMPARED = 50;

    private final ArticleRepository articles;
    private final ObjectMapper mapper;

    public SourceFamilies(ArticleRepository articles, ObjectMapper mapper) {
        this.articles = articles;
        this.mapper = mapper;
    }

    /** Runs inside the placement transaction, after the article's mentions were grouped. */
    public Uni<Void> classify(ArticleAnnotated annotation) {
        return articles.findById(annotation.articleId()).chain(article -> articles.list(
                        "select distinct a from Article a where a.id in (select m2.articleId from EventMention m1,"
                                + " EventMention m2 where m1.articleId = ?1 and m2.eventId = m1.eventId"
                                + " and m2.articleId <> ?1) order by a.id", annotation.articleId())
                .map(others -> {
                    if (article.sourceFamily == null) {
                        article.sourceFamily = article.id;
                    }
                    TextSimilarity.Profile own = TextSimilarity.profile(annotation);
                    others.stream().limit(MAX_COMPARED)
                            .map(other -> new Scored(other, TextSimilarity.score(own, profile(other))))
                            .filter(s -> s.score >= TextSimilarity.REWRITE_THRESHOLD)
                            .max(Comparator.comparingDouble(Scored::score)
                                    .thenComparing(s -> s.article.id, Comparator.reverseOrder()))
                            .ifPresent(best -> link(article, best.article, best.score));
                    return null;
                })).replaceWithVoid();
    }

    private record Scored(Article article, double score) {
    }

    private static void link(Article article, Article other, double score) {
        boolean otherIsLater = isLater(other, article);
        Article rewrite = otherIsLater ? other : article;
        Article original = otherIsLater ? article : other;
        String family = original.sourceFamily != null ? original.sourceFamily : original.id;
        original.sourceFamily = family;
        rewrite.sourceFamily = family;
        rewrite.rewriteOf = original.id;
        rewrite.similarity = score;
    }

    /** By publication date when both have one (ISO strings compare chronologically), else by arrival. */
    private static boolean isLater(Article a, Article b) {
        if (a.publishedAt != null && b.publishedAt != null && !a.publishedAt.equals(b.publishedAt)) {
            return a.publishedAt.compareTo(b.publishedAt) > 0;
        }
        if (a.storedAt != null && b.storedAt != null && !a.storedAt.equals(b.storedAt)) {
            return a.storedAt.isAfter(b.storedAt);
        }
        return a.id.compareTo(b.id) > 0;
    }

    private TextSimilarity.Profile profile(Article article) {
        try {
            return TextSimilarity.profile(mapper.readValue(article.annotation, ArticleAnnotated.class));
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
