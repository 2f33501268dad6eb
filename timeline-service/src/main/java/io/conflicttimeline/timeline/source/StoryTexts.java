package io.conflicttimeline.timeline.source;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.conflicttimeline.timeline.article.Article;
import io.conflicttimeline.timeline.article.ArticleRepository;
import io.conflicttimeline.timeline.messaging.ArticleAnnotated;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.UncheckedIOException;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The {@link StoryText} of stored articles, for the resolver's text agreement. An article's annotation never changes
 * once stored, so the texts are cached (least recently used out) instead of parsing the candidates' annotations again
 * at every placement; a miss reads the stored annotations.
 */
@ApplicationScoped
public class StoryTexts {

    private static final int CACHED = 20_000;

    private final ArticleRepository articles;
    private final ObjectMapper mapper;
    private final Map<String, StoryText> cache = new LinkedHashMap<>(1024, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, StoryText> eldest) {
            return size() > CACHED;
        }
    };

    public StoryTexts(ArticleRepository articles, ObjectMapper mapper) {
        this.articles = articles;
        this.mapper = mapper;
    }

    /** The article being placed: its text is known before it is stored. */
    public void remember(ArticleAnnotated article) {
        StoryText text = StoryText.of(article);
        synchronized (cache) {
            cache.put(article.articleId(), text);
        }
    }

    /** The texts of these articles, by articleId (an article not stored has none). */
    public Uni<Map<String, StoryText>> of(Collection<String> articleIds) {
        Map<String, StoryText> found = new HashMap<>();
        List<String> missing;
        synchronized (cache) {
            for (String id : articleIds) {
                StoryText text = cache.get(id);
                if (text != null) {
                    found.put(id, text);
                }
            }
            missing = articleIds.stream().distinct().filter(id -> !found.containsKey(id)).toList();
        }
        if (missing.isEmpty()) {
            return Uni.createFrom().item(found);
        }
        return articles.list("id in ?1", missing).map(rows -> {
            for (Article row : rows) {
                StoryText text = parse(row);
                found.put(row.id, text);
                synchronized (cache) {
                    cache.put(row.id, text);
                }
            }
            return found;
        });
    }

    private StoryText parse(Article article) {
        if (article.annotation == null || article.annotation.isBlank()) {
            return StoryText.of(List.of(StoryText.headline(article.title)));
        }
        try {
            return StoryText.of(mapper.readValue(article.annotation, ArticleAnnotated.class));
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
