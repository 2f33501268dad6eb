package io.conflicttimeline.timeline.source;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.conflicttimeline.timeline.messaging.ArticleAnnotated;
import io.quarkus.hibernate.reactive.panache.Panache;
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

    private final ObjectMapper mapper;
    private final Map<String, StoryText> cache = new LinkedHashMap<>(1024, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, StoryText> eldest) {
            return size() > CACHED;
        }
    };

    public StoryTexts(ObjectMapper mapper) {
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
        // Columns, not entities: hundreds of candidate articles must not join the placement's persistence context,
        // which Hibernate walks on every flush of the transaction.
        return Panache.getSession().chain(session -> session.createSelectionQuery(
                        "select a.id, a.title, a.annotation from Article a where a.id in (:ids)", Object[].class)
                .setParameter("ids", missing).getResultList()).map(rows -> {
            for (Object[] row : rows) {
                String id = (String) row[0];
                StoryText text = parse((String) row[1], (String) row[2]);
                found.put(id, text);
                synchronized (cache) {
                    cache.put(id, text);
                }
            }
            return found;
        });
    }

    private StoryText parse(String title, String annotation) {
        if (annotation == null || annotation.isBlank()) {
            return StoryText.of(List.of(StoryText.headline(title)));
        }
        try {
            return StoryText.of(mapper.readValue(annotation, ArticleAnnotated.class));
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
