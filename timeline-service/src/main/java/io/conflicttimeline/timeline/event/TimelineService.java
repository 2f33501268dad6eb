package io.conflicttimeline.timeline.event;

import io.conflicttimeline.timeline.article.Article;
import io.conflicttimeline.timeline.article.ArticleRepository;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** Reads the timeline: filtered keyset pages of events with their sources and quotes. */
@ApplicationScoped
public class TimelineService {

    private static final int PLACE_EVENT_LIMIT = 1000;
    /** A gazetteer id such as geonames:703448: a prefix, a colon, no spaces. */
    private static final Pattern GAZETTEER_ID = Pattern.compile("[A-Za-z][\\w-]*:\\S+");

    private final EventRepository events;
    private final EventMentionRepository mentions;
    private final QuoteRepository quotes;
    private final ArticleRepository articles;
    private final MentionCodec codec;
    private final EventChangeRepository changes;
    private final TimelineRows rows;

    public TimelineService(EventRepository events, EventMentionRepository mentions, QuoteRepository quotes,
                           ArticleRepository articles, MentionCodec codec, EventChangeRepository changes,
                           TimelineRows rows) {
        this.rows = rows;
        this.changes = changes;
        this.events = events;
        this.mentions = mentions;
        this.quotes = quotes;
        this.articles = articles;
        this.codec = codec;
    }

    /** One page of the timeline, read in one statement without a Hibernate session ({@link TimelineRows}). */
    public Uni<TimelinePage> page(TimelineQuery query) {
        return pageIds(query).chain(ids -> ids == null ? Uni.createFrom().item(List.<TimelineRows.Loaded>of())
                : rows.page(ids)).map(found -> {
            boolean more = found.size() > query.limit();
            List<TimelineRows.Loaded> page = more ? found.subList(0, query.limit()) : found;
            TimelineEvent last = page.isEmpty() ? null : page.getLast().event();
            String next = more ? new TimelineCursor(last.dateFrom, last.id).encode() : null;
            return new TimelinePage(views(page), next);
        });
    }

    /**
     * The SQL of the page's ids (one more than the limit, to tell whether there is a next page), or null when the
     * place filter names a gazetteer id that no event has (an empty page).
     */
    Uni<TimelineSearch.Sql> pageIds(TimelineQuery query) {
        return placeScope(query.place()).map(scope -> scope != null && scope.sql() == null ? null
                : TimelineSearch.pageIds(query, scope == null ? null : scope.sql(),
                        scope == null ? Map.of() : scope.params(), query.limit() + 1));
    }

    /** A place filter given by gazetteer id, as SQL over the place's hierarchy; null for a filter by name. */
    private record PlaceScope(String sql, Map<String, Object> params) {
    }

    /**
     * {@code place=geonames:703448} (a gazetteer id: a prefix, a colon, no spaces) selects the place and everything
     * inside it; its hierarchy is read from one of its events. An id no event has matches nothing (sql null).
     */
    private Uni<PlaceScope> placeScope(String place) {
        if (place == null || !GAZETTEER_ID.matcher(place).matches()) {
            return Uni.createFrom().nullItem();
        }
        return rows.place(place).map(anchor -> {
            if (anchor == null) {
                return new PlaceScope(null, Map.of());
            }
            Map<String, Object> params = new LinkedHashMap<>();
            String sql = TimelineSearch.placeScope(anchor, params);
            return new PlaceScope(sql, params);
        });
    }

    /** The place (by gazetteer id) with the events in it or inside it, or null when no event names it. */
    @WithSession
    public Uni<PlaceView> place(String gazetteerId) {
        return events.find("place.gazetteerId = ?1", gazetteerId).firstResult().chain(anchor -> {
            if (anchor == null) {
                return Uni.createFrom().nullItem();
            }
            PlaceRef place = placeRef(anchor);
            Map<String, Object> params = new LinkedHashMap<>();
            String scope = TimelineSearch.placeScope(place, params);
            TimelineQuery all = new TimelineQuery(null, null, null, null, null, PLACE_EVENT_LIMIT, null);
            TimelineSearch.Sql sql = TimelineSearch.pageIds(all, scope, params, PLACE_EVENT_LIMIT);
            return rows.page(sql).map(this::views)
                    .map(views -> new PlaceView(gazetteerId, place.name(), place.kind(), place.admin1(),
                            place.admin2(), place.country(), place.lat(), place.lon(), views));
        });
    }

    /** The actor (by entity id) with its events, or null when no event names it. */
    @WithSession
    public Uni<ActorView> actor(String entityId) {
        // jsonb prints an object as {"key": "value", ...}: the entity id is matched in that canonical text form.
        String pattern = "%" + ("\"entityId\": " + codec.json(entityId)).replace("!", "!!").replace("%", "!%")
                .replace("_", "!_") + "%";
        return events.list("actors like ?1 escape '!' order by dateFrom asc nulls last, id", pattern)
                .chain(found -> {
                    if (found.isEmpty()) {
                        return Uni.createFrom().nullItem();
                    }
                    String name = found.stream().flatMap(e -> codec.actors(e.actors).stream())
                            .filter(a -> entityId.equals(a.entityId())).map(ActorRef::name)
                            .filter(java.util.Objects::nonNull).findFirst().orElse(null);
                    return loadViews(found).map(views -> new ActorView(entityId, name, views));
                });
    }

    private static PlaceRef placeRef(TimelineEvent e) {
        return PlaceColumns.ref(e.place);
    }

    /** The event's versions, or null when there is no such event and never was. */
    @WithSession
    public Uni<EventHistoryView> history(UUID id) {
        return events.findById(id).chain(event -> changes.byEvent(id).map(list -> {
            if (event == null && list.isEmpty()) {
                return null;
            }
            int version = event != null ? event.version : list.getLast().version;
            return new EventHistoryView(id.toString(), version, list.stream()
                    .map(c -> new EventHistoryView.Entry(c.version, c.changedAt.toString(), c.articleId, c.reason,
                            codec.fieldChanges(c.changes)))
                    .toList());
        }));
    }

    /** Every event matching the query's filters (for the exports), in timeline order, at most {@code max}. */
    @WithSession
    public Uni<List<EventView>> all(TimelineQuery query, int max) {
        TimelineQuery first = new TimelineQuery(query.from(), query.to(), query.type(), query.place(), query.actor(),
                TimelineQuery.MAX_LIMIT, null, query.q(), query.subType(), query.bbox(), query.minKilled());
        return collect(first, new ArrayList<>(), max);
    }

    private Uni<List<EventView>> collect(TimelineQuery query, List<EventView> into, int max) {
        return page(query).chain(page -> {
            into.addAll(page.events());
            if (page.nextCursor() == null || into.size() >= max) {
                return Uni.createFrom().item(into.size() > max ? into.subList(0, max) : into);
            }
            TimelineQuery next = new TimelineQuery(query.from(), query.to(), query.type(), query.place(),
                    query.actor(), query.limit(), TimelineCursor.decode(page.nextCursor()), query.q(),
                    query.subType(), query.bbox(), query.minKilled());
            return collect(next, into, max);
        });
    }

    /** The event, or null when there is none with that id. */
    public Uni<EventView> event(UUID id) {
        return rows.byId(id).map(found -> found.isEmpty() ? null : views(found).getFirst());
    }

    /** The views of entities read through Hibernate (their sources and quotes are read here). */
    private Uni<List<EventView>> loadViews(List<TimelineEvent> page) {
        if (page.isEmpty()) {
            return Uni.createFrom().item(List.of());
        }
        List<UUID> ids = page.stream().map(e -> e.id).toList();
        return mentions.byEvents(ids).chain(attached -> quotes.byEvents(ids).chain(quoted -> {
            Set<String> articleIds = attached.stream().map(m -> m.articleId).collect(Collectors.toSet());
            Uni<List<Article>> sources = articleIds.isEmpty() ? Uni.createFrom().item(List.of())
                    : articles.list("id in ?1", articleIds);
            return sources.map(found -> {
                Map<String, Article> byId = found.stream().collect(Collectors.toMap(a -> a.id, Function.identity()));
                Map<UUID, Set<String>> sourcesByEvent = new LinkedHashMap<>();
                attached.forEach(m -> sourcesByEvent.computeIfAbsent(m.eventId, k -> new LinkedHashSet<>())
                        .add(m.articleId));
                Map<UUID, List<Quote>> quotesByEvent = quoted.stream()
                        .collect(Collectors.groupingBy(q -> q.eventId, LinkedHashMap::new, Collectors.toList()));
                return views(page.stream().map(event -> new TimelineRows.Loaded(event,
                        sourcesByEvent.getOrDefault(event.id, Set.of()).stream().map(byId::get)
                                .filter(a -> a != null).toList(),
                        quotesByEvent.getOrDefault(event.id, List.of()))).toList());
            });
        }));
    }

    /** Sources in publication order (undated last), then by id. */
    private static final Comparator<Article> SOURCE_ORDER = Comparator
            .comparing((Article a) -> a.publishedAt == null ? "~" : a.publishedAt).thenComparing(a -> a.id);

    private List<EventView> views(List<TimelineRows.Loaded> loaded) {
        List<EventView> views = new ArrayList<>(loaded.size());
        for (TimelineRows.Loaded l : loaded) {
            views.add(view(l));
        }
        return views;
    }

    /** The view of an event as read. */
    EventView view(TimelineRows.Loaded l) {
        return view(l.event(), l.sources().stream().sorted(SOURCE_ORDER).toList(), l.quotes());
    }

    private EventView view(TimelineEvent e, List<Article> sources, List<Quote> eventQuotes) {
        EventView.Location location = EventView.Location.of(PlaceColumns.ref(e.place));
        List<EventView.Location> places = new ArrayList<>();
        if (location != null) {
            places.add(location);
            codec.placeParts(PlaceColumns.parts(e.place)).forEach(p -> places.add(EventView.Location.of(p)));
        }
        List<EventView.Actor> actors = codec.actors(e.actors).stream()
                .map(a -> new EventView.Actor(a.name(), a.role(), a.entityId())).toList();
        EventView.Figures figures = new EventView.Figures(
                range(e.killedLow, e.killedBest, e.killedHigh), range(e.injuredLow, e.injuredBest, e.injuredHigh),
                new EventView.Weapons(e.missilesLaunched, e.missilesIntercepted),
                new EventView.Weapons(e.dronesLaunched, e.dronesIntercepted),
                new EventView.Prisoners(e.prisonersExchanged));
        return new EventView(e.id.toString(), e.type, e.subType, e.dateValue, e.datePrecision, location, actors,
                figures, e.summary,
                sources.stream().map(a -> new EventView.Source(a.id, a.outlet, a.title, a.publishedAt,
                        a.inferredDocumentDate == null ? null : a.inferredDocumentDate.toString(),
                        a.inferredDateConfidence, a.sourceFamily == null ? a.id : a.sourceFamily, a.rewriteOf,
                        a.similarity)).toList(),
                eventQuotes.stream().map(q -> new EventView.QuoteView(q.speaker, q.text)).toList(),
                e.dateConfidence, e.dateInferred, e.version, codec.ranges(e.figureRanges),
                (int) sources.stream().map(a -> a.sourceFamily == null ? a.id : a.sourceFamily).distinct().count(),
                places);
    }

    private static EventView.Range range(Integer low, Integer best, Integer high) {
        return low == null && best == null && high == null ? null : new EventView.Range(low, best, high);
    }
}
