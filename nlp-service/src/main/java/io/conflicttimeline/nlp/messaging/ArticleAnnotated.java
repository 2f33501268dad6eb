package io.conflicttimeline.nlp.messaging;

import java.util.List;

import io.quarkus.runtime.annotations.RegisterForReflection;

/** ArticleAnnotated v1 ({@code article.annotated}); the README's "Message contracts" section is the reference. */
@RegisterForReflection
public record ArticleAnnotated(int schemaVersion, String articleId, String title, String url, String outlet, String language,
        String publishedAt, DocumentDateValue documentDate, String text, List<SentenceSpan> sentences, List<Timex> timexes,
        List<Place> places, List<Entity> entities, List<Event> events, List<Quote> quotes, String mainEventId,
        Annotator annotator, String annotatedAt) {

    @RegisterForReflection
    public record DocumentDateValue(String value, String precision, String source, String method, double confidence) {
    }

    @RegisterForReflection
    public record SentenceSpan(int start, int end) {
    }

    @RegisterForReflection
    public record Timex(String id, int start, int end, String text, String type, String value, String precision, String anchor,
                        String direction) {
    }

    @RegisterForReflection
    public record Place(String id, int start, int end, String text, String name, String kind, String country, String admin1,
            String admin2, Double lat, Double lon, String gazetteerId, Long geonameId, String precision) {
    }

    @RegisterForReflection
    public record Entity(String id, int start, int end, String text, String kind, String name, String entityId, String role,
            String country) {
    }

    @RegisterForReflection
    public record Event(String id, int start, int end, String trigger, int sentenceIndex, String type, String subType,
            EventDate date, String placeId, List<String> placeIds, List<Actor> actors, Figures figures, boolean civilianTargeting,
            boolean background) {
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
    public record Weapons(Count launched, Count intercepted) {
    }

    @RegisterForReflection
    public record Prisoners(Count exchanged) {
    }

    @RegisterForReflection
    public record Count(int value, String qualifier, int start, int end, String text) {
    }

    @RegisterForReflection
    public record Quote(String id, int start, int end, String text, String speaker, String speakerEntityId, String verb,
            String channel, String eventId) {
    }

    @RegisterForReflection
    public record Annotator(String name, String version) {
    }
}
