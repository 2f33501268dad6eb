package io.conflicttimeline.timeline.event;

import io.conflicttimeline.timeline.article.Article;
import io.smallrye.mutiny.Uni;
import io.vertx.core.json.JsonArray;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the events of a timeline page with their sources and quotes in one statement on the reactive PostgreSQL
 * client: only the columns a view needs (never an article's stored annotation), no Hibernate session or persistence
 * context, one round trip. The rows become detached {@link TimelineEvent}, {@link Article} and {@link Quote} objects so
 * that {@link TimelineService} maps them to views in one place.
 */
@ApplicationScoped
public class TimelineRows {

    /** A named parameter of the page SQL ({@code :from}); casts are written {@code cast(x as t)}, never {@code ::}. */
    private static final Pattern NAMED = Pattern.compile("(?<![:\\w]):([A-Za-z]\\w*)");

    private static final String COLUMNS = "e.id, e.type, e.sub_type, e.date_value, e.date_precision, e.date_from,"
            + " e.place_name, e.place_kind, e.place_admin1, e.place_admin2, e.place_country, e.place_lat, e.place_lon,"
            + " e.place_gazetteer_id, e.place_geoname_id, e.place_precision, cast(e.place_parts as text),"
            + " e.killed_low, e.killed_best, e.killed_high, e.injured_low, e.injured_best, e.injured_high,"
            + " e.missiles_launched, e.missiles_intercepted, e.drones_launched, e.drones_intercepted,"
            + " e.prisoners_exchanged, cast(e.actors as text), e.summary, e.date_confidence, e.date_inferred,"
            + " e.version, cast(e.figure_ranges as text),"
            + " (select json_agg(json_build_array(a.id, a.outlet, a.title, a.published_at, a.inferred_document_date,"
            + " a.inferred_date_confidence, a.source_family, a.rewrite_of, a.similarity))"
            + " from timeline.article a where a.id in"
            + " (select m.article_id from timeline.event_mention m where m.event_id = e.id)),"
            + " (select json_agg(json_build_array(q.speaker, q.text) order by q.article_id, q.start_offset)"
            + " from timeline.quote q where q.event_id = e.id)";

    /** An event as read, with its sources (unordered) and quotes (in order). */
    public record Loaded(TimelineEvent event, List<Article> sources, List<Quote> quotes) {
    }

    /**
     * An event of a page as its card ({@link EventCards}): the stored body, or (body null) the event as read
     * ({@link #unbuilt}), to be built; {@code gen} is the card's generation read with it (null: no card row).
     */
    public record CardRow(UUID id, LocalDate dateFrom, Long gen, byte[] body, Loaded loaded) {
    }

    private final Pool pool;

    public TimelineRows(Pool pool) {
        this.pool = pool;
    }

    /** The events an id query ({@link TimelineSearch#pageIds}, named parameters) selects, in timeline order. */
    public Uni<List<Loaded>> page(TimelineSearch.Sql ids) {
        List<Object> values = new ArrayList<>();
        String positional = positional(ids.text(), ids.params(), values);
        String sql = "select " + COLUMNS + " from (" + positional + ") p join timeline.event e on e.id = p.id"
                + " order by e.date_from asc nulls last, e.id";
        return read(sql, Tuple.from(values));
    }

    /** A card row: event id, start date, the card's generation and body (an alias p has the id and date_from). */
    private static final String CARD = "select p.id, p.date_from, c.gen, c.body from %s"
            + " left join timeline.event_card c on c.event_id = p.id";

    /**
     * The cards of the events an id query ({@link TimelineSearch#pageIds}) selects, in timeline order; those without a
     * body come without the event ({@link #unbuilt}): one narrow row per event.
     */
    public Uni<List<CardRow>> cards(TimelineSearch.Sql ids) {
        List<Object> values = new ArrayList<>();
        String positional = positional(ids.text(), ids.params(), values);
        return cardRows(String.format(CARD, "(" + positional + ") p") + " order by p.date_from asc nulls last, p.id",
                Tuple.from(values), false);
    }

    /** The card of the event with this id (an empty list when there is none). */
    public Uni<List<CardRow>> card(UUID id) {
        return cardRows(String.format(CARD, "timeline.event p") + " where p.id = $1", Tuple.of(id), false);
    }

    /**
     * The events with these ids whose card has no body, read in full with the card's generation (one snapshot: a body
     * built from them is stored only while the generation is unchanged), in no particular order.
     */
    public Uni<List<CardRow>> unbuilt(List<UUID> ids) {
        return cardRows("select e.id, e.date_from, c.gen, null, " + COLUMNS + " from timeline.event e"
                + " left join timeline.event_card c on c.event_id = e.id where e.id = any($1) and c.body is null",
                Tuple.of(ids.toArray(UUID[]::new)), true);
    }

    /**
     * Up to {@code limit} events after {@code after} (by id) whose card has no body, read in full with its generation,
     * by id (for {@link EventCardRefresher}: walking on by id, it never reads again the entries of bodies it has just
     * stored, which stay in the partial index until vacuumed).
     */
    public Uni<List<CardRow>> unbuiltCards(UUID after, int limit) {
        return cardRows("select e.id, e.date_from, c.gen, null, " + COLUMNS + " from timeline.event_card c"
                + " join timeline.event e on e.id = c.event_id where c.body is null and c.event_id > $1"
                + " order by c.event_id limit $2", Tuple.of(after, limit), true);
    }

    /**
     * Stores built card bodies, each only while its card is still at the generation it was read at and has no body:
     * a change committed since has invalidated what the body was built from.
     */
    public Uni<Integer> storeCards(List<CardRow> built) {
        if (built.isEmpty()) {
            return Uni.createFrom().item(0);
        }
        List<Tuple> batch = new ArrayList<>(built.size());
        for (CardRow card : built) {
            batch.add(Tuple.of(card.id(), io.vertx.core.buffer.Buffer.buffer(card.body()), card.gen()));
        }
        return pool.preparedQuery("update timeline.event_card set body = $2 where event_id = $1 and gen = $3"
                + " and body is null").executeBatch(batch).map(rows -> {
                    int stored = 0;
                    for (var r = rows; r != null; r = r.next()) {
                        stored += r.rowCount();
                    }
                    return stored;
                });
    }

    private Uni<List<CardRow>> cardRows(String sql, Tuple params, boolean full) {
        return pool.preparedQuery(sql).execute(params).map(rows -> {
            List<CardRow> cards = new ArrayList<>(rows.size());
            for (Row row : rows) {
                var body = row.getBuffer(3);
                cards.add(new CardRow(row.getUUID(0), row.getLocalDate(1), row.getLong(2),
                        body == null ? null : body.getBytes(), full ? loaded(row, 4) : null));
            }
            return cards;
        });
    }

    /** The event with this id (an empty list when there is none). */
    public Uni<List<Loaded>> byId(UUID id) {
        return read("select " + COLUMNS + " from timeline.event e where e.id = $1", Tuple.of(id));
    }

    /** The place of an event at this gazetteer id (the anchor of a place filter by id), or null when none has it. */
    public Uni<PlaceRef> place(String gazetteerId) {
        return pool.preparedQuery("select e.place_name, e.place_kind, e.place_country, e.place_admin1, e.place_admin2,"
                        + " e.place_lat, e.place_lon, e.place_gazetteer_id, e.place_geoname_id, e.place_precision"
                        + " from timeline.event e where e.place_gazetteer_id = $1 limit 1")
                .execute(Tuple.of(gazetteerId)).map(rows -> {
                    if (rows.size() == 0) {
                        return null;
                    }
                    Row r = rows.iterator().next();
                    return new PlaceRef(r.getString(0), r.getString(1), r.getString(2), r.getString(3),
                            r.getString(4), r.getDouble(5), r.getDouble(6), r.getString(7), r.getLong(8),
                            r.getString(9));
                });
    }

    private Uni<List<Loaded>> read(String sql, Tuple params) {
        return pool.preparedQuery(sql).execute(params).map(rows -> {
            List<Loaded> loaded = new ArrayList<>(rows.size());
            for (Row row : rows) {
                loaded.add(loaded(row, 0));
            }
            return loaded;
        });
    }

    /** SQL rewritten for the client: positional text and the parameter name of each {@code $n}. */
    private record Positional(String text, List<String> names) {
    }

    /**
     * The rewritten SQL by page SQL text: a page's text depends only on which filters it has (its values are
     * parameters), so a few dozen texts recur and each is rewritten once.
     */
    private static final Map<String, Positional> REWRITTEN = new java.util.concurrent.ConcurrentHashMap<>();
    private static final int MAX_REWRITTEN = 4096;

    /**
     * Rewrites {@code :name} parameters as {@code $n} (a name used twice gets one number) and the Hibernate schema
     * placeholder as the schema, collecting the values in order.
     */
    static String positional(String sql, Map<String, Object> params, List<Object> values) {
        Positional rewritten = REWRITTEN.get(sql);
        if (rewritten == null) {
            rewritten = rewrite(sql);
            if (REWRITTEN.size() < MAX_REWRITTEN) {
                REWRITTEN.put(sql, rewritten);
            }
        }
        for (String name : rewritten.names()) {
            if (!params.containsKey(name)) {
                throw new IllegalArgumentException("no value for parameter :" + name);
            }
            values.add(params.get(name));
        }
        return rewritten.text();
    }

    private static Positional rewrite(String sql) {
        List<String> names = new ArrayList<>();
        Matcher m = NAMED.matcher(sql.replace("{h-schema}", "timeline."));
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String name = m.group(1);
            int index = names.indexOf(name);
            if (index < 0) {
                names.add(name);
                index = names.size() - 1;
            }
            m.appendReplacement(out, "\\$" + (index + 1));
        }
        m.appendTail(out);
        return new Positional(out.toString(), List.copyOf(names));
    }

    /** The event whose {@link #COLUMNS} begin at column {@code first}. */
    private static Loaded loaded(Row row, int first) {
        TimelineEvent e = new TimelineEvent();
        int i = first;
        e.id = row.getUUID(i++);
        e.type = row.getString(i++);
        e.subType = row.getString(i++);
        e.dateValue = row.getString(i++);
        e.datePrecision = row.getString(i++);
        e.dateFrom = row.getLocalDate(i++);
        PlaceColumns place = new PlaceColumns();
        place.name = row.getString(i++);
        place.kind = row.getString(i++);
        place.admin1 = row.getString(i++);
        place.admin2 = row.getString(i++);
        place.country = row.getString(i++);
        place.lat = row.getDouble(i++);
        place.lon = row.getDouble(i++);
        place.gazetteerId = row.getString(i++);
        place.geonameId = row.getLong(i++);
        place.precision = row.getString(i++);
        place.parts = row.getString(i++);
        e.place = place;
        e.killedLow = row.getInteger(i++);
        e.killedBest = row.getInteger(i++);
        e.killedHigh = row.getInteger(i++);
        e.injuredLow = row.getInteger(i++);
        e.injuredBest = row.getInteger(i++);
        e.injuredHigh = row.getInteger(i++);
        e.missilesLaunched = row.getInteger(i++);
        e.missilesIntercepted = row.getInteger(i++);
        e.dronesLaunched = row.getInteger(i++);
        e.dronesIntercepted = row.getInteger(i++);
        e.prisonersExchanged = row.getInteger(i++);
        e.actors = row.getString(i++);
        e.summary = row.getString(i++);
        e.dateConfidence = row.getDouble(i++);
        e.dateInferred = Boolean.TRUE.equals(row.getBoolean(i++));
        e.version = row.getInteger(i++);
        e.figureRanges = row.getString(i++);
        return new Loaded(e, sources(row.getValue(i++)), quotes(row.getValue(i), e.id));
    }

    private static List<Article> sources(Object json) {
        if (!(json instanceof JsonArray array)) {
            return List.of();
        }
        List<Article> sources = new ArrayList<>(array.size());
        for (int i = 0; i < array.size(); i++) {
            JsonArray f = array.getJsonArray(i);
            Article a = new Article();
            a.id = f.getString(0);
            a.outlet = f.getString(1);
            a.title = f.getString(2);
            a.publishedAt = f.getString(3);
            String inferred = f.getString(4);
            a.inferredDocumentDate = inferred == null ? null : LocalDate.parse(inferred);
            a.inferredDateConfidence = number(f.getValue(5));
            a.sourceFamily = f.getString(6);
            a.rewriteOf = f.getString(7);
            a.similarity = number(f.getValue(8));
            sources.add(a);
        }
        return sources;
    }

    private static List<Quote> quotes(Object json, UUID eventId) {
        if (!(json instanceof JsonArray array)) {
            return List.of();
        }
        List<Quote> quotes = new ArrayList<>(array.size());
        for (int i = 0; i < array.size(); i++) {
            JsonArray f = array.getJsonArray(i);
            Quote q = new Quote();
            q.eventId = eventId;
            q.speaker = f.getString(0);
            q.text = f.getString(1);
            quotes.add(q);
        }
        return quotes;
    }

    private static Double number(Object value) {
        return value instanceof Number n ? n.doubleValue() : null;
    }
}
