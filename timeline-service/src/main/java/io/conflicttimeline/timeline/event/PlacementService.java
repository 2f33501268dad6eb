package io.conflicttimeline.timeline.event;

import io.conflicttimeline.timeline.article.Article;
import io.conflicttimeline.timeline.article.ArticleRepository;
import io.conflicttimeline.timeline.messaging.ArticleAnnotated;
import io.conflicttimeline.timeline.source.SourceFamilies;
import io.conflicttimeline.timeline.source.StoryText;
import io.conflicttimeline.timeline.source.StoryTexts;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import org.hibernate.FlushMode;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
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
    /** Inference may cascade (an inferred article's mention dates another event); bounded all the same. */
    private static final int MAX_INFERENCE_ROUNDS = 8;

    private final ArticleRepository articles;
    private final EventRepository events;
    private final EventMentionRepository mentions;
    private final QuoteRepository quotes;
    private final MentionCodec codec;
    private final EventChangeRepository history;
    private final SourceFamilies families;
    private final StoryTexts texts;

    public PlacementService(ArticleRepository articles, EventRepository events, EventMentionRepository mentions,
                            QuoteRepository quotes, MentionCodec codec, EventChangeRepository history,
                            SourceFamilies families, StoryTexts texts) {
        this.history = history;
        this.families = families;
        this.texts = texts;
        this.articles = articles;
        this.events = events;
        this.mentions = mentions;
        this.quotes = quotes;
        this.codec = codec;
    }

    /** The outcome: the timeline events the article's mentions are attached to. */
    public record Placement(String articleId, List<String> eventIds, boolean alreadyPlaced,
                            List<EventChange> changes) {

        public Placement(String articleId, List<String> eventIds, boolean alreadyPlaced) {
            this(articleId, eventIds, alreadyPlaced, List.of());
        }
    }

    /** An article to place: its annotation and the message as received (stored as is). */
    public record Request(ArticleAnnotated annotation, String rawJson) {
    }

    @WithTransaction
    public Uni<Placement> place(ArticleAnnotated annotation, String rawJson) {
        return placeAll(List.of(new Request(annotation, rawJson))).map(List::getFirst);
    }

    /**
     * Places the articles one after the other in one transaction under one lock, as if each had its own: the same
     * result as placing them in this order one by one, for a lock and a commit per batch. One failure fails them all.
     */
    @WithTransaction
    public Uni<List<Placement>> placeAll(List<Request> requests) {
        List<Placement> placed = new ArrayList<>(requests.size());
        Uni<Void> chain = Panache.getSession()
                // Flushed explicitly where a later query must see the writes: an automatic flush before every query
                // would walk the whole persistence context.
                .invoke(session -> session.setFlushMode(FlushMode.COMMIT))
                .chain(session -> session.createNativeQuery(PLACEMENT_LOCK).getSingleResult())
                .replaceWithVoid();
        // Which articles are stored already, for the whole batch in one statement (under the lock); an article twice
        // in one batch is stored by its first request.
        Set<String> stored = new HashSet<>();
        List<String> ids = requests.stream().map(r -> r.annotation().articleId()).distinct().toList();
        chain = chain.chain(() -> Panache.getSession().chain(session -> session
                        .createSelectionQuery("select a.id from Article a where a.id in (:ids)", String.class)
                        .setParameter("ids", ids).getResultList()))
                .invoke(stored::addAll).replaceWithVoid();
        for (Request request : requests) {
            chain = chain.chain(() -> placeLocked(request.annotation(), request.rawJson(), stored)
                            .invoke(placed::add))
                    .replaceWithVoid();
        }
        return chain.map(ignored -> placed);
    }

    private Uni<Placement> placeLocked(ArticleAnnotated annotation, String rawJson, Set<String> stored) {
        if (!stored.add(annotation.articleId())) {
            return placedEventIds(annotation.articleId())
                    .map(ids -> new Placement(annotation.articleId(), ids, true));
        }
        return store(annotation, rawJson);
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
        article.mainEventId = annotation.mainEventId();
        texts.remember(annotation);
        List<ArticleAnnotated.Event> annotated = annotation.events().stream()
                .filter(e -> e.id() != null)
                .sorted(Comparator.comparing(
                                (ArticleAnnotated.Event e) -> e.start() == null ? Integer.MAX_VALUE : e.start())
                        .thenComparing(ArticleAnnotated.Event::id))
                .toList();
        Map<String, UUID> eventByAnnotationId = new LinkedHashMap<>();
        // The changes this placement records, kept here rather than read back from event_change.
        List<EventChange> log = new ArrayList<>();
        // The article's mentions in the order of byArticle (start, then id): managed entities, so that where
        // inference moves them is seen here without reading them back.
        List<EventMention> own = new ArrayList<>();
        Uni<Void> chain = articles.persist(article).replaceWithVoid();
        for (ArticleAnnotated.Event event : annotated) {
            EventMention mention = codec.toMention(annotation, event);
            own.add(mention);
            chain = chain.chain(() -> placeMention(mention, now, log)
                    .invoke(eventId -> eventByAnnotationId.put(event.id(), eventId))
                    .replaceWithVoid());
        }
        return chain
                .chain(() -> storeQuotes(annotation, eventByAnnotationId))
                .chain(() -> mentions.flush())
                .chain(() -> inferDates(eventByAnnotationId.values().stream().filter(id -> id != null)
                        .collect(Collectors.toCollection(LinkedHashSet::new)), now, 0, log))
                .chain(() -> families.classify(annotation))
                // Written now and let go: every flush walks (and cascades over) the whole persistence context, which
                // would otherwise grow with every article of the batch. The next articles read what they need again.
                .chain(() -> mentions.flush())
                .chain(() -> Panache.getSession()).invoke(session -> session.clear())
                // Inference may have moved this article's mentions: report where they are now.
                .map(ignored -> new Placement(annotation.articleId(), own.stream().filter(m -> m.eventId != null)
                        .map(m -> m.eventId.toString()).distinct().toList(), false,
                        ownChanges(log, annotation.articleId())));
    }

    /**
     * Cross-article date inference, repeated until nothing changes: every article without a document date whose main
     * event mention sits in one of the {@code touched} events, and that event has a day stated by another article,
     * gets an inferred document date; its relative dates are re-resolved and its mentions grouped again, which may
     * touch further events. Each article is inferred at most once, so this ends.
     */
    private Uni<Void> inferDates(Set<UUID> touched, Instant now, int round, List<EventChange> log) {
        if (touched.isEmpty() || round >= MAX_INFERENCE_ROUNDS) {
            return Uni.createFrom().voidItem();
        }
        return mentions.list("select m from EventMention m, Article a where a.id = m.articleId"
                                + " and m.annotationEventId = a.mainEventId and m.eventId in ?1"
                                + " and a.documentDate is null and a.inferredDocumentDate is null"
                                + " order by m.articleId", touched)
                .chain(mains -> {
                    Set<UUID> next = new LinkedHashSet<>();
                    Uni<Void> chain = Uni.createFrom().voidItem();
                    for (EventMention main : mains) {
                        chain = chain.chain(() -> inferArticleDate(main, now, log).invoke(next::addAll))
                                .replaceWithVoid();
                    }
                    return chain.chain(() -> inferDates(next, now, round + 1, log));
                });
    }

    /** Infers the main mention's article date from its event when the evidence is strong; the events touched. */
    private Uni<Set<UUID>> inferArticleDate(EventMention main, Instant now, List<EventChange> log) {
        if (main.eventId == null || main.background) {
            return Uni.createFrom().item(Set.of());
        }
        return mentions.byEvents(List.of(main.eventId)).chain(attached -> {
            MentionFacts mainFacts = codec.facts(main);
            List<MentionFacts> others = attached.stream()
                    .filter(m -> !m.articleId.equals(main.articleId) && !m.dateInferred)
                    .map(codec::facts).toList();
            MentionFacts dating = datingMention(others);
            if (dating == null || !strongEvidence(mainFacts, others)) {
                return Uni.createFrom().item(Set.<UUID>of());
            }
            String anchor = main.originalDateValue != null ? main.originalDateValue : main.dateValue;
            DateInference.Inferred inferred = DateInference.infer(anchor, dating.date().fullDate(),
                    dating.date().isNight()).orElse(null);
            if (inferred == null) {
                return Uni.createFrom().item(Set.<UUID>of());
            }
            UUID datingEvent = main.eventId;
            return articles.findById(main.articleId).chain(article -> {
                article.inferredDocumentDate = inferred.documentDate();
                article.inferredDateConfidence = DateInference.CONFIDENCE;
                article.inferredDateMethod = inferred.method();
                article.inferredDateEventId = datingEvent;
                Map<String, String> directions = codec.timexDirections(article.annotation);
                return mentions.byArticle(main.articleId).chain(own -> {
                    Set<UUID> touched = new LinkedHashSet<>();
                    Uni<Void> chain = Uni.createFrom().voidItem();
                    for (EventMention mention : own) {
                        String original = mention.originalDateValue != null ? mention.originalDateValue
                                : mention.dateValue;
                        String direction = mention.dateTimexId == null ? null : directions.get(mention.dateTimexId);
                        String resolved = DateInference.resolve(original, inferred.documentDate(), direction)
                                .orElse(null);
                        if (resolved == null) {
                            continue;
                        }
                        chain = chain.chain(() -> {
                            mention.originalDateValue = original;
                            mention.dateValue = resolved;
                            mention.dateConfidence = DateInference.CONFIDENCE;
                            mention.dateInferred = true;
                            return regroup(mention, now, log).invoke(touched::addAll).replaceWithVoid();
                        });
                    }
                    return chain.map(ignored -> (Set<UUID>) touched);
                });
            });
        });
    }

    /** The mention giving the event its day: the most reported full date among the other articles' own dates. */
    private static MentionFacts datingMention(List<MentionFacts> others) {
        Map<java.time.LocalDate, Long> counts = others.stream().filter(m -> m.date().fullDate() != null)
                .collect(Collectors.groupingBy(m -> m.date().fullDate(), Collectors.counting()));
        return others.stream().filter(m -> m.date().fullDate() != null)
                .min(Comparator.<MentionFacts>comparingLong(m -> -counts.get(m.date().fullDate()))
                        .thenComparing(m -> m.date().fullDate())
                        .thenComparing(MentionFacts::dateValue))
                .orElse(null);
    }

    /**
     * Strong evidence that the main mention reports the other articles' event: both name a place and the places
     * agree, and either its own (relative) date agrees with theirs or two specific figures agree exactly.
     */
    static boolean strongEvidence(MentionFacts main, List<MentionFacts> others) {
        if (main.place() == null) {
            return false;
        }
        boolean placeAgrees = others.stream().anyMatch(o -> o.place() != null
                && EventResolver.placesCompatible(main.place(), o.place()));
        if (!placeAgrees) {
            return false;
        }
        boolean dateAgrees = main.date().hasKnownDateField() && others.stream()
                .anyMatch(o -> o.date().fullDate() != null && main.date().compatibleWith(o.date()));
        return dateAgrees || EventResolver.exactAgreements(main.figures(), others) >= 2;
    }

    /**
     * Groups a mention again after its date changed: it stays, moves to a compatible event, or founds one; the event
     * it left is re-derived (or deleted when empty). Returns the events touched.
     */
    private Uni<Set<UUID>> regroup(EventMention mention, Instant now, List<EventChange> log) {
        UUID old = mention.eventId;
        MentionFacts bare = codec.facts(mention);
        Uni<TimelineEvent> oldEvent = old == null ? Uni.createFrom().nullItem() : events.findById(old);
        return oldEvent.chain(left -> candidates(bare).chain(events::byIds).chain(found -> {
            Map<UUID, TimelineEvent> byId = new LinkedHashMap<>();
            found.forEach(e -> byId.put(e.id, e));
            if (left != null) {
                byId.putIfAbsent(left.id, left);
            }
            return mentions.byEvents(byId.keySet()).chain(attached -> withTexts(mention, attached).chain(text -> {
                MentionFacts facts = bare.withText(text.get(mention.articleId));
                Map<UUID, List<EventMention>> byEvent = attached.stream().filter(m -> !m.id.equals(mention.id))
                        .collect(Collectors.groupingBy(m -> m.eventId, LinkedHashMap::new, Collectors.toList()));
                List<EventMention> remaining = left == null ? List.of() : byEvent.getOrDefault(left.id, List.of());
                List<EventCandidate> candidates = byId.values().stream()
                        .filter(e -> !byEvent.getOrDefault(e.id, List.of()).isEmpty())
                        .map(e -> new EventCandidate(e.id, e.createdAt,
                                byEvent.get(e.id).stream().map(m -> facts(m, text)).toList()))
                        .toList();
                EventCandidate chosen = EventResolver.resolve(facts, candidates).orElse(null);
                Set<UUID> touched = new LinkedHashSet<>();
                TimelineEvent target;
                if (chosen != null) {
                    target = byId.get(chosen.id());
                } else if (left != null && remaining.isEmpty()) {
                    target = left;
                } else if (mention.background) {
                    target = null;
                } else {
                    target = new TimelineEvent();
                    target.id = uuid(mention.articleId + "/event/" + mention.annotationEventId + "/"
                            + mention.dateValue);
                    target.createdAt = now;
                }
                Uni<Void> chain = Uni.createFrom().voidItem();
                if (target != null) {
                    List<MentionFacts> all = new ArrayList<>(chosen == null ? List.of() : chosen.mentions());
                    all.add(facts);
                    EventChange change = apply(target, all, now, mention.articleId,
                            target.version == 0 ? "created" : "date-inferred");
                    touched.add(target.id);
                    TimelineEvent saved = target;
                    chain = chain.chain(() -> events.persist(saved)).chain(() -> record(change, log));
                }
                mention.eventId = target == null ? null : target.id;
                chain = chain.chain(() -> mentions.flush())
                        .chain(() -> quotes.update("eventId = ?1 where articleId = ?2 and annotationEventId = ?3",
                                mention.eventId, mention.articleId, mention.annotationEventId))
                        .replaceWithVoid();
                if (left != null && (target == null || !left.id.equals(target.id))) {
                    touched.add(left.id);
                    if (remaining.isEmpty()) {
                        EventChange merged = change(left, now, mention.articleId, "merged", left.version + 1,
                                List.of(new EventHistoryView.FieldChange("mergedInto", left.id.toString(),
                                        mention.eventId == null ? null : mention.eventId.toString())));
                        chain = chain.chain(() -> record(merged, log)).chain(() -> events.delete(left));
                    } else {
                        EventChange change = apply(left, remaining.stream().map(codec::facts).toList(), now,
                                mention.articleId, "mention-left");
                        chain = chain.chain(() -> record(change, log));
                    }
                }
                return chain.chain(() -> mentions.flush()).map(ignored -> (Set<UUID>) touched);
            }));
        }));
    }

    /** The story texts of the mention's article and of the articles of the candidates' mentions. */
    private Uni<Map<String, StoryText>> withTexts(EventMention mention, List<EventMention> attached) {
        Set<String> ids = new LinkedHashSet<>();
        ids.add(mention.articleId);
        attached.forEach(m -> ids.add(m.articleId));
        return texts.of(ids);
    }

    private MentionFacts facts(EventMention mention, Map<String, StoryText> text) {
        return codec.facts(mention).withText(text.get(mention.articleId));
    }

    /** Attaches one mention to a compatible event or founds a new one; background mentions only join. */
    private Uni<UUID> placeMention(EventMention mention, Instant now, List<EventChange> log) {
        mention.id = uuid(mention.articleId + "/mention/" + mention.annotationEventId);
        MentionFacts bare = codec.facts(mention);
        return candidateRows(bare).chain(rows -> texts.of(Set.of(mention.articleId)).chain(own -> {
            // The rules are first applied with the mention's own text (remembered when its article was stored) but
            // without the candidates' texts, which are unknown and so permissive: the events that remain are a
            // superset of the compatible ones, usually a handful, and only their articles' texts are looked up (a
            // text not cached reads the stored annotation).
            MentionFacts facts = bare.withText(own.get(mention.articleId));
            List<EventCandidate> possible = candidates(rows, Map.of()).stream()
                    .filter(candidate -> EventResolver.compatible(facts, candidate)).toList();
            Set<String> articleIds = new LinkedHashSet<>();
            articleIds.add(mention.articleId);
            possible.forEach(c -> c.mentions().forEach(m -> articleIds.add(m.articleId())));
            return texts.of(articleIds).chain(text -> {
                EventCandidate chosen = EventResolver.resolve(facts, withTexts(possible, text)).orElse(null);
                if (chosen == null && mention.background) {
                    mention.eventId = null;
                    return mentions.persistAndFlush(mention).replaceWith((UUID) null);
                }
                // Only the chosen event becomes an entity: the one this placement writes.
                Uni<TimelineEvent> target = chosen == null ? Uni.createFrom().item(newEvent(mention, now))
                        : events.findById(chosen.id());
                return target.chain(event -> {
                    List<MentionFacts> all = new ArrayList<>(chosen == null ? List.of() : chosen.mentions());
                    all.add(facts);
                    EventChange change = apply(event, all, now, mention.articleId,
                            chosen == null ? "created" : "source-added");
                    mention.eventId = event.id;
                    return events.persist(event)
                            .chain(() -> record(change, log))
                            .chain(() -> mentions.persist(mention))
                            .chain(() -> mentions.flush())
                            .replaceWith(event.id);
                });
            });
        }));
    }

    /** The candidates with their mentions' story texts. */
    private static List<EventCandidate> withTexts(List<EventCandidate> candidates, Map<String, StoryText> text) {
        return candidates.stream().map(c -> new EventCandidate(c.id(), c.createdAt(),
                c.mentions().stream().map(m -> m.withText(text.get(m.articleId()))).toList())).toList();
    }

    /** The candidate events of the attached mentions' rows, each with its mentions' facts, in the rows' order. */
    private List<EventCandidate> candidates(List<EventMentionRepository.MentionRow> rows, Map<String, StoryText> text) {
        Map<UUID, List<MentionFacts>> byEvent = new LinkedHashMap<>();
        Map<UUID, Instant> createdAt = new LinkedHashMap<>();
        for (EventMentionRepository.MentionRow row : rows) {
            byEvent.computeIfAbsent(row.eventId(), id -> new ArrayList<>())
                    .add(codec.facts(row).withText(text.get(row.articleId())));
            createdAt.putIfAbsent(row.eventId(), row.eventCreatedAt());
        }
        List<EventCandidate> candidates = new ArrayList<>(byEvent.size());
        byEvent.forEach((id, facts) -> candidates.add(new EventCandidate(id, createdAt.get(id), facts)));
        return candidates;
    }

    /**
     * Candidates by indexes (see {@link EventRepository}): the type family within the mention's date window (±1 day)
     * plus the family's events without a calendar date in the same country; when the mention's year is unknown, the
     * family's events in the same country, most recently updated first. Only events whose place may be compatible are
     * read, and only their ids.
     */
    private Uni<List<UUID>> candidates(MentionFacts facts) {
        String family = facts.typeFamily();
        LocalDate[] range = facts.date().range();
        // Without two exact figures, a mention joins no event whose date has no known field, and a mention whose own
        // date has none joins nothing (EventResolver.compatible): such candidates are not read at all.
        boolean figuresMayMatch = exactFigures(facts.figures()) >= 2;
        if (!figuresMayMatch && !facts.date().hasKnownDateField()) {
            return Uni.createFrom().item(List.of());
        }
        if (range == null) {
            return events.recentlyUpdated(family, facts.place(), false, !figuresMayMatch, CANDIDATE_LIMIT);
        }
        return events.overlapping(family, range[0].minusDays(1), range[1].plusDays(1), facts.place(), CANDIDATE_LIMIT)
                .chain(dated -> events.recentlyUpdated(family, facts.place(), true, !figuresMayMatch, CANDIDATE_LIMIT)
                        .map(undated -> {
                            List<UUID> all = new ArrayList<>(dated);
                            all.addAll(undated);
                            return all;
                        }));
    }

    /**
     * The rows of the mentions of the {@link #candidates} (the same events), read with them in one statement.
     */
    private Uni<List<EventMentionRepository.MentionRow>> candidateRows(MentionFacts facts) {
        String family = facts.typeFamily();
        LocalDate[] range = facts.date().range();
        boolean figuresMayMatch = exactFigures(facts.figures()) >= 2;
        if (!figuresMayMatch && !facts.date().hasKnownDateField()) {
            return Uni.createFrom().item(List.of());
        }
        Map<String, Object> params = new LinkedHashMap<>();
        String knownDateOnly = figuresMayMatch ? "false" : "true";
        if (range == null) {
            return mentions.rowsOfCandidates("select e.id, " + knownDateOnly + " as known_date_only"
                    + EventRepository.recentlyUpdatedFrom(family, facts.place(), false, CANDIDATE_LIMIT, params), params);
        }
        return mentions.rowsOfCandidates("(select d.id, false as known_date_only from ("
                + EventRepository.overlappingSql(family, range[0].minusDays(1), range[1].plusDays(1), facts.place(),
                        CANDIDATE_LIMIT, params)
                + ") d) union all (select e.id, " + knownDateOnly + " as known_date_only"
                + EventRepository.recentlyUpdatedFrom(family, facts.place(), true, CANDIDATE_LIMIT, params) + ")",
                params);
    }

    /** How many of the mention's figures are exact: {@link EventResolver#exactAgreements} can count no more. */
    private static int exactFigures(MentionFigures figures) {
        int exact = 0;
        for (FigureReport report : figures.byKey().values()) {
            if (report != null && report.isExact()) {
                exact++;
            }
        }
        return exact;
    }

    private static TimelineEvent newEvent(EventMention founder, Instant now) {
        TimelineEvent event = new TimelineEvent();
        // Derived from the founding mention, so that placing the same articles again yields the same ids.
        event.id = uuid(founder.articleId + "/event/" + founder.annotationEventId);
        event.createdAt = now;
        return event;
    }

    /**
     * Derives the event's fields from its mentions; when anything changed (or the event is new) the version goes up
     * and the returned change (to {@link #record}) says what changed, caused by {@code articleId}; null otherwise.
     */
    private EventChange apply(TimelineEvent event, List<MentionFacts> all, Instant now, String articleId,
                              String reason) {
        Map<String, Object> before = snapshot(event);
        derive(event, all, now);
        Map<String, Object> after = snapshot(event);
        List<EventHistoryView.FieldChange> changed = new ArrayList<>();
        after.forEach((field, value) -> {
            if (!java.util.Objects.equals(before.get(field), value)) {
                changed.add(new EventHistoryView.FieldChange(field, before.get(field), value));
            }
        });
        if (changed.isEmpty() && event.version > 0) {
            return null;
        }
        event.version++;
        event.updatedAt = now;
        return change(event, now, articleId, reason, event.version, changed);
    }

    private EventChange change(TimelineEvent event, Instant now, String articleId, String reason, int version,
                               List<EventHistoryView.FieldChange> changed) {
        EventChange change = new EventChange();
        change.id = UUID.randomUUID();
        change.eventId = event.id;
        change.version = version;
        change.changedAt = now;
        change.articleId = articleId;
        change.reason = reason;
        change.changes = codec.json(changed);
        return change;
    }

    private Uni<Void> record(EventChange change, List<EventChange> log) {
        if (change == null) {
            return Uni.createFrom().voidItem();
        }
        log.add(change);
        return history.persist(change).replaceWithVoid();
    }

    /**
     * The changes caused by the article itself (inference may also record changes caused by other articles), ordered as
     * {@code event_change} rows by event id and version (a uuid orders as its text).
     */
    private static List<EventChange> ownChanges(List<EventChange> log, String articleId) {
        return log.stream().filter(c -> articleId.equals(c.articleId))
                .sorted(Comparator.comparing((EventChange c) -> c.eventId.toString()).thenComparingInt(c -> c.version))
                .toList();
    }

    /** The fields whose changes the history records (the summary and counters follow from them). */
    private Map<String, Object> snapshot(TimelineEvent e) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("type", e.type);
        fields.put("subType", e.subType);
        fields.put("date", e.dateValue);
        fields.put("datePrecision", e.datePrecision);
        fields.put("dateConfidence", e.dateConfidence);
        PlaceRef place = PlaceColumns.ref(e.place);
        fields.put("place", place == null ? null : place.name());
        fields.put("placeAdmin1", place == null ? null : place.admin1());
        List<PlaceRef> parts = codec.placeParts(PlaceColumns.parts(e.place));
        fields.put("placeParts", parts.isEmpty() ? null
                : parts.stream().map(PlaceRef::name).collect(Collectors.joining("; ")));
        fields.put("killed", range(e.killedLow, e.killedBest, e.killedHigh));
        fields.put("injured", range(e.injuredLow, e.injuredBest, e.injuredHigh));
        fields.put("missilesLaunched", e.missilesLaunched);
        fields.put("missilesIntercepted", e.missilesIntercepted);
        fields.put("dronesLaunched", e.dronesLaunched);
        fields.put("dronesIntercepted", e.dronesIntercepted);
        fields.put("prisonersExchanged", e.prisonersExchanged);
        fields.put("actors", e.actorNames);
        fields.put("sourceCount", e.version == 0 && e.type == null ? null : e.sourceCount);
        return fields;
    }

    private static String range(Integer low, Integer best, Integer high) {
        return low == null && best == null && high == null ? null : low + "/" + best + "/" + high;
    }

    private void derive(TimelineEvent event, List<MentionFacts> all, Instant now) {
        EventAggregate aggregate = EventResolver.aggregate(all);
        event.typeFamily = aggregate.typeFamily();
        event.type = aggregate.type();
        event.subType = aggregate.subType();
        event.dateValue = aggregate.dateValue();
        event.datePrecision = aggregate.datePrecision();
        event.dateFrom = aggregate.dateFrom();
        event.dateTo = aggregate.dateTo();
        event.place = PlaceColumns.of(aggregate.place(),
                aggregate.placeParts().isEmpty() ? null : codec.json(aggregate.placeParts()));
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
        event.dateInferred = aggregate.dateValue() != null && all.stream()
                .filter(m -> aggregate.dateValue().equals(m.dateValue())).allMatch(MentionFacts::dateInferred);
        event.dateConfidence = aggregate.dateValue() == null ? null
                : event.dateInferred ? DateInference.CONFIDENCE : 1.0;
        Map<String, EventView.Range> ranges = new LinkedHashMap<>();
        ranges.put("killed", view(aggregate.killed()));
        ranges.put("injured", view(aggregate.injured()));
        ranges.put("missilesLaunched", view(aggregate.missilesLaunched()));
        ranges.put("missilesIntercepted", view(aggregate.missilesIntercepted()));
        ranges.put("dronesLaunched", view(aggregate.dronesLaunched()));
        ranges.put("dronesIntercepted", view(aggregate.dronesIntercepted()));
        ranges.put("prisonersExchanged", view(aggregate.prisonersExchanged()));
        ranges.values().removeIf(java.util.Objects::isNull);
        event.figureRanges = codec.json(ranges);
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

    private static EventView.Range view(FigureRange range) {
        return range == null ? null : new EventView.Range(range.low(), range.best(), range.high());
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
