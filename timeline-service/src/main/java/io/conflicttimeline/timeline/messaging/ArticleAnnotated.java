package io.conflicttimeline.timeline.messaging;

import io.quarkus.runtime.annotations.RegisterForReflection;
import java.util.List;

/** ArticleAnnotated v1 ({@code article.annotated}), as documented in the README's message contracts. */
@RegisterForReflection
public record ArticleAnnotated(Integer schemaVersion, String articleId, String title, String url, String outlet,
                               String language, String publishedAt, String text, DocumentDate documentDate,
                               List<Sentence> sentences, List<Timex> timexes, List<Place> places,
                               List<Entity> entities, List<Event> events, List<Quote> quotes, String mainEventId,
                               Annotator annotator, String annotatedAt) {

    public ArticleAnnotated {
        sentences = sentences == null ? List.of() : sentences;
        timexes = timexes == null ? List.of() : timexes;
        places = places == null ? List.of() : places;
        entities = entities == null ? List.of() : entities;
        events = events == null ? List.of() : events;
        quotes = quotes == null ? List.of() : quotes;
    }

    @RegisterForReflection
    public record DocumentDate(String value, String precision, String source, String method, Double confidence) {
    }

    @RegisterForReflection
    public record Sentence(Integer start, Integer end) {
    }

    /** {@code direction}: {@code past|future} for a relative expression, else null (also when an older producer omits it). */
    @RegisterForReflection
    public record Timex(String id, Integer start, Integer end, String text, String type, String value,
                        String precision, String anchor, String direction) {
    }

    @RegisterForReflection
    public record Place(String id, Integer start, Integer end, String text, String name, String kind, String country,
                        String admin1, String admin2, Double lat, Double lon, String gazetteerId, Long geonameId,
                        String precision) {
    }

    @RegisterForReflection
    public record Entity(String id, Integer start, Integer end, String text, String kind, String name,
                         String entityId, String role, String country) {
    }

    @RegisterForReflection
    public record Event(String id, Integer start, Integer end, String trigger, Integer sentenceIndex, String type,
                        String subType, EventDate date, String placeId, List<String> placeIds, List<Actor> actors,
                        Figures figures, Boolean civilianTargeting, Boolean background) {
    }

    @RegisterForReflection
    public record EventDate(String value, String precision, String timexId) {
    }

    @RegisterForReflection
    public record Actor(String entityId, String name, String role) {
    }

    @RegisterForReflection
    public record Figures(Count killed, Count injured, Weapons missiles, Weapons drones, Prisoners prisoners) {
    }

    @RegisterForReflection
    public record Count(Integer value, String qualifier, Integer start, Integer end, String text) {
    }

    @RegisterForReflection
    public record Weapons(Count launched, Count intercepted) {
    }

    @RegisterForReflection
    public record Prisoners(Count exchanged) {
    }

    @RegisterForReflection
    public record Quote(String id, Integer start, Integer end, String text, String speaker, String speakerEntityId,
                        String verb, String channel, String eventId) {
    }

    @RegisterForReflection
    public record Annotator(String name, String version) {
    }
}
