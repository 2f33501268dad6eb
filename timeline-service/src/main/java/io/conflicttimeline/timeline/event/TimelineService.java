package io.conflicttimeline.timeline.event;

import io.conflicttimeline.timeline.article.Article;
import io.conflicttimeline.timeline.article.ArticleRepository;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.panache.common.Parameters;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Reads the timeline: filtered keyset pages of events with their sources and quotes. */
@ApplicationScoped
public class TimelineService {

    private final EventRepository events;
    private final EventMentionRepository mentions;
    private final QuoteRepository quotes;
    private final ArticleRepository articles;
    private final MentionCodec codec;

    public TimelineService(EventRepository events, EventMentionRepository mentions, QuoteRepository quotes,
                           ArticleRepository articles, MentionCodec codec) {
        this.events = events;
        this.mentions = mentions;
        this.quotes = quotes;
        this.articles = articles;
        this.codec = codec;
    }

    @WithSession
    public Uni<TimelinePage> page(TimelineQuery query) {
        List<String> where = new ArrayList<>();
        Parameters params = new Parameters();
        if (query.from() != null) {
            where.add("dateTo >= :from");
            params.and("from", query.from());
        }
        if (query.to() != null) {
            where.add("dateFrom <= :to");
            params.and("to", query.to());
        }
        if (query.type() != null) {
            where.add("(lower(type) like :type escape '!' or lower(subType) like :type escape '!')");
            params.and("type", contains(query.type()));
        }
        if (query.place() != null) {
            where.add("(lower(placeName) like :place escape '!' or lower(placeAdmin1) like :place escape '!')");
            params.and("place", contains(query.place()));
        }
        if (query.actor() != null) {
            where.add("actorNames like :actor escape '!'");
            params.and("actor", contains(query.actor()));
        }
        TimelineCursor cursor = query.cursor();
        if (cursor != null && cursor.dateFrom() != null) {
            where.add("(dateFrom > :cursorDate or (dateFrom = :cursorDate and id > :cursorId) or dateFrom is null)");
            params.and("cursorDate", cursor.dateFrom()).and("cursorId", cursor.id());
        } else if (cursor != null) {
            where.add("(dateFrom is null and id > :cursorId)");
            params.and("cursorId", cursor.id());
        }
        String hql = (where.isEmpty() ? "" : "where " + String.join(" and ", where))
                + " order by dateFrom asc nulls last, id asc";
        return events.find(hql, params).range(0, query.limit()).list()
                .chain(found -> {
                    boolean more = found.size() > query.limit();
                    List<TimelineEvent> page = more ? found.subList(0, query.limit()) : found;
                    TimelineEvent last = page.isEmpty() ? null : page.getLast();
                    String next = more ? new TimelineCursor(last.dateFrom, last.id).encode() : null;
                    return views(page).map(views -> new TimelinePage(views, next));
                });
    }

    /** The event, or null when there is none with that id. */
    @WithSession
    public Uni<EventView> event(UUID id) {
        return events.findById(id).chain(event -> event == null ? Uni.createFrom().nullItem()
                : views(List.of(event)).map(List::getFirst));
    }

    private Uni<List<EventView>> views(List<TimelineEvent> page) {
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
                return page.stream().map(event -> view(event,
                        sourcesByEvent.getOrDefault(event.id, Set.of()).stream().map(byId::get)
                                .filter(a -> a != null)
                                .sorted(Comparator.comparing((Article a) -> a.publishedAt == null ? "~" : a.publishedAt)
                                        .thenComparing(a -> a.id))
                                .toList(),
                        quotesByEvent.getOrDefault(event.id, List.of()))).toList();
            });
        }));
    }

    private EventView view(TimelineEvent e, List<Article> sources, List<Quote> eventQuotes) {
        EventView.Location location = e.placeName == null && e.placeGazetteerId == null ? null
                : new EventView.Location(e.placeName, e.placeAdmin1, e.placeCountry, e.placeLat, e.placeLon,
                        e.placeGeonameId, e.placePrecision);
        List<EventView.Actor> actors = codec.actors(e.actors).stream()
                .map(a -> new EventView.Actor(a.name(), a.role())).toList();
        EventView.Figures figures = new EventView.Figures(
                range(e.killedLow, e.killedBest, e.killedHigh), range(e.injuredLow, e.injuredBest, e.injuredHigh),
                new EventView.Weapons(e.missilesLaunched, e.missilesIntercepted),
                new EventView.Weapons(e.dronesLaunched, e.dronesIntercepted),
                new EventView.Prisoners(e.prisonersExchanged));
        return new EventView(e.id.toString(), e.type, e.subType, e.dateValue, e.datePrecision, location, actors,
                figures, e.summary,
                sources.stream().map(a -> new EventView.Source(a.id, a.outlet, a.title, a.publishedAt)).toList(),
                eventQuotes.stream().map(q -> new EventView.QuoteView(q.speaker, q.text)).toList());
    }

    private static EventView.Range range(Integer low, Integer best, Integer high) {
        return low == null && best == null && high == null ? null : new EventView.Range(low, best, high);
    }

    /** A case-insensitive "contains" pattern with the user's wildcards escaped. */
    private static String contains(String text) {
        String escaped = text.toLowerCase(Locale.ROOT).replace("!", "!!").replace("%", "!%").replace("_", "!_");
        return "%" + escaped + "%";
    }
}
