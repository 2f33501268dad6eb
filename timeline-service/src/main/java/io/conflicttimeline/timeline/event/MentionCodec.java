package io.conflicttimeline.timeline.event;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.conflicttimeline.timeline.messaging.ArticleAnnotated;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.UncheckedIOException;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** Converts between the annotation's event mentions, their stored rows and the resolver's {@link MentionFacts}. */
@ApplicationScoped
public class MentionCodec {

    private static final TypeReference<List<ActorRef>> ACTORS = new TypeReference<>() {
    };
    private static final TypeReference<List<PlaceRef>> PLACES = new TypeReference<>() {
    };

    /** Parsed stored JSON by its text: every placement reads the same candidates' mentions again. */
    private static final int PARSED_CACHED = 20_000;

    private final ObjectMapper mapper;
    private final Map<String, MentionFigures> parsedFigures = lru();
    private final Map<String, List<ActorRef>> parsedActors = lru();
    private final Map<String, List<PlaceRef>> parsedPlaces = lru();

    public MentionCodec(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    private static <V> Map<String, V> lru() {
        return Collections.synchronizedMap(new LinkedHashMap<>(1024, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, V> eldest) {
                return size() > PARSED_CACHED;
            }
        });
    }

    /** The stored JSON parsed once: the values are immutable, so one instance may serve every reader. */
    private static <V> V parsed(Map<String, V> cache, String json, Function<String, V> parse) {
        V value = cache.get(json);
        if (value == null) {
            value = parse.apply(json);
            cache.put(json, value);
        }
        return value;
    }

    public EventMention toMention(ArticleAnnotated article, ArticleAnnotated.Event event) {
        EventMention mention = new EventMention();
        mention.articleId = article.articleId();
        mention.annotationEventId = event.id();
        mention.type = event.type();
        mention.subType = event.subType();
        mention.typeFamily = EventResolver.typeFamily(event.type());
        mention.trigger = event.trigger();
        mention.sentenceIndex = event.sentenceIndex();
        mention.start = event.start();
        mention.end = event.end();
        if (event.date() != null) {
            mention.dateValue = event.date().value();
            mention.datePrecision = event.date().precision();
            mention.dateTimexId = event.date().timexId();
            mention.dateConfidence = event.date().value() == null ? null : 1.0;
        }
        PlaceRef place = place(article, event.placeId());
        // placeIds is additive in v1: an annotation without it names only placeId
        List<PlaceRef> parts = place == null || event.placeIds() == null ? List.of()
                : event.placeIds().stream().filter(id -> !id.equals(event.placeId()))
                        .map(id -> place(article, id)).filter(java.util.Objects::nonNull).toList();
        mention.place = PlaceColumns.of(place, parts.isEmpty() ? null : json(parts));
        mention.figures = event.figures() == null ? null : json(event.figures());
        List<ActorRef> actors = event.actors() == null ? List.of()
                : event.actors().stream().map(a -> new ActorRef(a.entityId(), a.name(), a.role())).toList();
        mention.actors = json(actors);
        mention.background = Boolean.TRUE.equals(event.background());
        mention.civilianTargeting = Boolean.TRUE.equals(event.civilianTargeting());
        return mention;
    }

    /**
     * The {@code direction} of each timex of a stored annotation, by timex id (only the ones that have one): a
     * mention's date re-resolved later must point the way its timex did.
     */
    public java.util.Map<String, String> timexDirections(String annotationJson) {
        if (annotationJson == null || annotationJson.isBlank()) {
            return java.util.Map.of();
        }
        try {
            java.util.Map<String, String> directions = new java.util.HashMap<>();
            for (ArticleAnnotated.Timex t : mapper.readValue(annotationJson, ArticleAnnotated.class).timexes()) {
                if (t.id() != null && t.direction() != null) {
                    directions.put(t.id(), t.direction());
                }
            }
            return directions;
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static PlaceRef place(ArticleAnnotated article, String placeId) {
        return article.places().stream().filter(p -> p.id() != null && p.id().equals(placeId)).findFirst()
                .map(p -> new PlaceRef(p.name(), p.kind(), p.country(), p.admin1(), p.admin2(), p.lat(), p.lon(),
                        p.gazetteerId(), p.geonameId(), p.precision()))
                .orElse(null);
    }

    public MentionFacts facts(EventMention mention) {
        return new MentionFacts(mention.articleId, mention.annotationEventId, mention.type, mention.subType,
                mention.dateValue, mention.datePrecision, PlaceColumns.ref(mention.place), figures(mention.figures),
                actors(mention.actors), mention.background, mention.dateInferred,
                placeParts(PlaceColumns.parts(mention.place)));
    }

    /** The facts of an attached mention read as columns. */
    public MentionFacts facts(EventMentionRepository.MentionRow row) {
        return new MentionFacts(row.articleId(), row.annotationEventId(), row.type(), row.subType(), row.dateValue(),
                row.datePrecision(), PlaceColumns.ref(row.place()), figures(row.figures()), actors(row.actors()),
                row.background(), row.dateInferred(), placeParts(PlaceColumns.parts(row.place())));
    }

    /** The places inside an event's or mention's place that its reports name (stored JSON), empty when none. */
    public List<PlaceRef> placeParts(String json) {
        if (json == null || json.isBlank()) {
            return List.of();
        }
        return parsed(parsedPlaces, json, j -> Collections.unmodifiableList(read(j, PLACES, List.of())));
    }

    public List<ActorRef> actors(String json) {
        if (json == null || json.isBlank()) {
            return List.of();
        }
        return parsed(parsedActors, json, j -> Collections.unmodifiableList(read(j, ACTORS, List.of())));
    }

    private static final TypeReference<java.util.Map<String, EventView.Range>> RANGES = new TypeReference<>() {
    };
    private static final TypeReference<List<EventHistoryView.FieldChange>> FIELD_CHANGES = new TypeReference<>() {
    };

    public java.util.Map<String, EventView.Range> ranges(String json) {
        return read(json, RANGES, java.util.Map.of());
    }

    public List<EventHistoryView.FieldChange> fieldChanges(String json) {
        return read(json, FIELD_CHANGES, List.of());
    }

    private <T> T read(String json, TypeReference<T> type, T empty) {
        if (json == null || json.isBlank()) {
            return empty;
        }
        try {
            return mapper.readValue(json, type);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    public String json(Object value) {
        try {
            return mapper.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    private MentionFigures figures(String json) {
        if (json == null || json.isBlank()) {
            return MentionFigures.NONE;
        }
        return parsed(parsedFigures, json, j -> {
            try {
                return figures(mapper.readValue(j, ArticleAnnotated.Figures.class));
            } catch (JsonProcessingException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    static MentionFigures figures(ArticleAnnotated.Figures f) {
        if (f == null) {
            return MentionFigures.NONE;
        }
        ArticleAnnotated.Weapons missiles = f.missiles();
        ArticleAnnotated.Weapons drones = f.drones();
        return new MentionFigures(report(f.killed()), report(f.injured()),
                missiles == null ? null : report(missiles.launched()),
                missiles == null ? null : report(missiles.intercepted()),
                drones == null ? null : report(drones.launched()),
                drones == null ? null : report(drones.intercepted()),
                f.prisoners() == null ? null : report(f.prisoners().exchanged()));
    }

    private static FigureReport report(ArticleAnnotated.Count count) {
        return count == null || count.value() == null ? null : new FigureReport(count.value(), count.qualifier());
    }
}
