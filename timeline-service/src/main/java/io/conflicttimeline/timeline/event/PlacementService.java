package io.conflicttimeline.timeline.event;

import io.conflicttimeline.timeline.article.Article;
import io.conflicttimeline.timeline.article.ArticleRepository;
import io.conflicttimeline.timeline.messaging.ArticleAnnotated;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.quarkus.panache.common.Parameters;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/** Stores an article's annotation and attaches its event mentions to timeline events, once per articleId. */
@ApplicationScoped
public class PlacementService {

    /** Placement is serialised (also across instances) so that two reports of one event cannot both found it. */
    private static final String PLACEMENT_LOCK = "select count(*) from (select pg_advisory_xact_lock(7242024)) l";
    private static final int CANDIDATE_LIMIT = 200;

    private final ArticleRepository articles;
    private final EventRepository events;
    private final EventMentionRepository mentions;
    private final QuoteRepository quotes;
    private final MentionCodec codec;

    public PlacementService(ArticleRepository articles, EventRepository events, EventMentionRepository mentions,
                            QuoteRepository quotes, MentionCodec codec) {
        this.articles = articles;
        this.events = events;
        this.mentions = mentions;
        this.quotes = quotes;
        this.codec = codec;
    }

    /** The outcome: the timeline events the article's mentions are attached to. */
    public record Placement(String articleId, List<String> eventIds, boolean alreadyPlaced) {
    }

    @WithTransaction
    public Uni<Placement> place(ArticleAnnotated annotation, String rawJson) {
        return Panache.getSession()
                .chain(session -> session.createNativeQuery(PLACEMENT_LOCK).getSingleResult())
                .chain(() -> articles.findById(annotation.articleId()))
                .chain(existing -> existing != null
                        ? placedEventIds(annotation.articleId())
                                .map(ids -> new Placement(annotation.articleId(), ids, true))
                        : store(annotation, rawJson));
    }

    private Uni<List<String>> placedEventIds(String articleId) {
        return mentions.byArticle(articleId).map(list -> list.stream()
                .filter(m -> m.eventId != null).map(m -> m.eventId.toString()).distinct().toList());
    }

    private Uni<Placement> store(ArticleAnnotated annotation, String rawJson) {
        Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        Article article = new Article();
        article.id = annotation.articleId();
        article.title = annotation.title();
        article.outlet = annotation.outlet();
        article.url = annotation.url();
        article.publishedAt = annotation.publishedAt();
        article.language = annotation.language();
        if (annotation.documentDate() != null) {
            article.documentDate = annotation.documentDate().value();
            article.documentDatePrecision = annotation.documentDate().precision();
        }
        article.annotation = rawJson;
        article.storedAt = now;
        List<ArticleAnnotated.Event> annotated = annotation.events().stream()
                .filter(e -> e.id() != null)
                .sorted(Comparator.comparing(
                                (ArticleAnnotated.Event e) -> e.start() == null ? Integer.MAX_VALUE : e.start())
                        .thenComparing(ArticleAnnotated.Event::id))
                .toList();
        Map<String, UUID> eventByAnnotationId = new LinkedHashMap<>();
        Uni<Void> chain = articles.persist(article).replaceWithVoid();
        for (ArticleAnnotated.Event event : annotated) {
            chain = chain.chain(() -> placeMention(codec.toMention(annotation, event), now)
                    .invoke(eventId -> eventByAnnotationId.put(event.id(), eventId))
                    .replaceWithVoid());
        }
        return chain
                .chain(() -> storeQuotes(annotation, eventByAnnotationId))
                .chain(() -> mentions.flush())
                .map(ignored -> new Placement(annotation.articleId(), eventByAnnotationId.values().stream()
                        .filter(id -> id != null).map(UUID::toString).distinct().toList(), false));
    }

    /** Attaches one mention to a compatible event or founds a new one; background mentions only join. */
    private Uni<UUID> placeMention(EventMention mention, Instant now) {
        mention.id = uuid(mention.articleId + "/mention/" + mention.annotationEventId);
        MentionFacts facts = codec.facts(mention);
        return candidates(facts).chain(found -> {
            List<UUID> ids = found.stream().map(e -> e.id).toList();
            return mentions.byEvents(ids).chain(attached -> {
                Map<UUID, List<EventMention>> byEvent = attached.stream()
                        .collect(Collectors.groupingBy(m -> m.eventId, LinkedHashMap::new, Collectors.toList()));
                List<EventCandidate> candidates = found.stream()
                        .map(e -> new EventCandidate(e.id, e.createdAt,
                                byEvent.getOrDefault(e.id, List.of()).stream().map(codec::facts).toList()))
                        .toList();
                EventCandidate chosen = EventResolver.resolve(facts, candidates).orElse(null);
                if (chosen == null && mention.background) {
                    mention.eventId = null;
                    return mentions.persistAndFlush(mention).replaceWith((UUID) null);
                }
                TimelineEvent event = chosen == null ? newEvent(mention, now)
                        : found.stream().filter(e -> e.id.equals(chosen.id())).findFirst().orElseThrow();
                List<MentionFacts> all = new ArrayList<>(chosen == null ? List.of() : chosen.mentions());
                all.add(facts);
                apply(event, all, now);
                mention.eventId = event.id;
                return events.persist(event)
                        .chain(() -> mentions.persist(mention))
                        .chain(() -> mentions.flush())
                        .replaceWith(event.id);
            });
        });
    }

    /**
     * Candidates by indexed columns: the type family within the mention's date window (±1 day) plus the family's
     * events without a calendar date in the same country; when the mention's year is unknown, the family's events in
     * the same country, most recently updated first.
     */
    private Uni<List<TimelineEvent>> candidates(MentionFacts facts) {
        String family = facts.typeFamily();
        String country = facts.place() == null ? null : facts.place().country();
        String sameCountry = country == null ? "" : " and (placeCountry = :country or placeCountry is null)";
        Parameters byFamily = Parameters.with("family", family);
        if (country != null) {
            byFamily.and("country", country);
        }
        LocalDate[] range = facts.date().range();
        if (range == null) {
            return events.find("typeFamily = :family" + sameCountry + " order by updatedAt desc, id", byFamily)
                    .range(0, CANDIDATE_LIMIT - 1).list();
        }
        return events.find("typeFamily = :family and dateFrom <= :to and dateTo >= :from order by createdAt, id",
                        Parameters.with("family", family).and("to", range[1].plusDays(1))
                                .and("from", range[0].minusDays(1)))
                .range(0, CANDIDATE_LIMIT - 1).list()
                .chain(dated -> events.find("typeFamily = :family and dateFrom is null" + sameCountry
                                + " order by updatedAt desc, id", byFamily)
                        .range(0, CANDIDATE_LIMIT - 1).list()
                        .map(undated -> {
                            List<TimelineEvent> all = new ArrayList<>(dated);
                            all.addAll(undated);
                            return all;
                        }));
    }

    private static TimelineEvent newEvent(EventMention founder, Instant now) {
        TimelineEvent event = new TimelineEvent();
        // Derived from the founding mention, so that placing the same articles again yields the same ids.
        event.id = uuid(founder.articleId + "/event/" + founder.annotationEventId);
        event.createdAt = now;
        return event;
    }

    private void apply(TimelineEvent event, List<MentionFacts> all, Instant now) {
        EventAggregate aggregate = EventResolver.aggregate(all);
        event.typeFamily = aggregate.typeFamily();
        event.type = aggregate.type();
        event.subType = aggregate.subType();
        event.dateValue = aggregate.dateValue();
        event.datePrecision = aggregate.datePrecision();
        event.dateFrom = aggregate.dateFrom();
        event.dateTo = aggregate.dateTo();
        PlaceRef place = aggregate.place();
        event.placeName = place == null ? null : place.name();
        event.placeKind = place == null ? null : place.kind();
        event.placeAdmin1 = place == null ? null : place.admin1();
        event.placeAdmin2 = place == null ? null : place.admin2();
        event.placeCountry = place == null ? null : place.country();
        event.placeLat = place == null ? null : place.lat();
        event.placeLon = place == null ? null : place.lon();
        event.placeGazetteerId = place == null ? null : place.gazetteerId();
        event.placeGeonameId = place == null ? null : place.geonameId();
        event.placePrecision = place == null ? null : place.precision();
        event.killedLow = low(aggregate.killed());
        event.killedBest = best(aggregate.killed());
        event.killedHigh = high(aggregate.killed());
        event.injuredLow = low(aggregate.injured());
        event.injuredBest = best(aggregate.injured());
        event.injuredHigh = high(aggregate.injured());
        event.missilesLaunched = best(aggregate.missilesLaunched());
        event.missilesIntercepted = best(aggregate.missilesIntercepted());
        event.dronesLaunched = best(aggregate.dronesLaunched());
        event.dronesIntercepted = best(aggregate.dronesIntercepted());
        event.prisonersExchanged = best(aggregate.prisonersExchanged());
        event.actors = codec.json(aggregate.actors());
        event.actorNames = aggregate.actors().stream().map(ActorRef::name).filter(n -> n != null)
                .map(n -> n.toLowerCase(Locale.ROOT)).distinct().collect(Collectors.joining("|", "|", "|"));
        event.summary = EventSummary.sentence(aggregate);
        event.mentionCount = all.size();
        Set<String> sources = new LinkedHashSet<>();
        all.forEach(m -> sources.add(m.articleId()));
        event.sourceCount = sources.size();
        event.updatedAt = now;
    }

    private Uni<Void> storeQuotes(ArticleAnnotated annotation, Map<String, UUID> eventByAnnotationId) {
        List<Quote> rows = annotation.quotes().stream()
                .filter(q -> q.id() != null && q.text() != null)
                .map(q -> {
                    Quote quote = new Quote();
                    quote.id = uuid(annotation.articleId() + "/quote/" + q.id());
                    quote.articleId = annotation.articleId();
                    quote.annotationQuoteId = q.id();
                    quote.annotationEventId = q.eventId();
                    quote.eventId = q.eventId() == null ? null : eventByAnnotationId.get(q.eventId());
                    quote.speaker = q.speaker();
                    quote.speakerEntityId = q.speakerEntityId();
                    quote.text = q.text();
                    quote.verb = q.verb();
                    quote.channel = q.channel();
                    quote.start = q.start();
                    quote.end = q.end();
                    return quote;
                }).toList();
        return rows.isEmpty() ? Uni.createFrom().voidItem() : quotes.persist(rows);
    }

    private static UUID uuid(String name) {
        return UUID.nameUUIDFromBytes(name.getBytes(StandardCharsets.UTF_8));
    }

    private static Integer low(FigureRange range) {
        return range == null ? null : range.low();
    }

    private static Integer best(FigureRange range) {
        return range == null ? null : range.best();
    }

    private static Integer high(FigureRange range) {
        return range == null ? null : range.high();
    }
}
