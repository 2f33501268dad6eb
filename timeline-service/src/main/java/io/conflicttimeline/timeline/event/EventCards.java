package io.conflicttimeline.timeline.event;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.ByteArrayOutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jboss.logging.Logger;

/**
 * GET /timeline pages and GET /events/{id} bodies from the events' cards (V9__event_cards.sql): each event's JSON,
 * serialized once by this service and kept in the database until a change of what it shows invalidates it. A page is
 * then one narrow row per event, copied into the response as it is stored: no join of mentions, articles and quotes,
 * no mapping or serializing per request.
 *
 * <p>An event whose card has no body (new, changed, or not built yet) is read in full by a second statement, shown
 * from that, and its body stored afterwards without waiting, only if the card's generation is still the one read with
 * the data ({@link TimelineRows#storeCards}). The JSON is byte for byte what serializing the page's
 * {@link TimelinePage} gives.
 */
@ApplicationScoped
public class EventCards {

    private static final Logger LOG = Logger.getLogger(EventCards.class);
    private static final byte[] EVENTS = "{\"events\":[".getBytes(StandardCharsets.UTF_8);
    private static final byte[] NEXT_CURSOR = "],\"nextCursor\":".getBytes(StandardCharsets.UTF_8);

    private final TimelineRows rows;
    private final TimelineService timeline;
    private final ObjectMapper mapper;

    public EventCards(TimelineRows rows, TimelineService timeline, ObjectMapper mapper) {
        this.rows = rows;
        this.timeline = timeline;
        this.mapper = mapper;
    }

    /** The page's JSON ({@link TimelinePage}). */
    public Uni<byte[]> page(TimelineQuery query) {
        return timeline.pageIds(query).chain(ids -> ids == null ? Uni.createFrom().item(List.<TimelineRows.CardRow>of())
                : rows.cards(ids)).chain(found -> {
                    boolean more = found.size() > query.limit();
                    List<TimelineRows.CardRow> page = more ? found.subList(0, query.limit()) : found;
                    TimelineRows.CardRow last = more ? page.getLast() : null;
                    String next = last == null ? null : new TimelineCursor(last.dateFrom(), last.id()).encode();
                    return bodies(page).map(bodies -> json(bodies, next));
                });
    }

    /** The event's JSON ({@link EventView}), or null when there is no such event. */
    public Uni<byte[]> event(UUID id) {
        return rows.card(id).chain(found -> found.isEmpty() ? Uni.createFrom().nullItem()
                : bodies(found).map(bodies -> bodies.isEmpty() ? null : bodies.getFirst()));
    }

    /**
     * Builds and stores up to {@code limit} missing bodies of the events after {@code after} (by id); the last event
     * id it looked at, or null when there were fewer than {@code limit} after {@code after}.
     */
    public Uni<UUID> buildMissing(UUID after, int limit) {
        return rows.unbuiltCards(after, limit).chain(found -> {
            List<TimelineRows.CardRow> built = new ArrayList<>(found.size());
            for (TimelineRows.CardRow card : found) {
                if (card.loaded() != null) {
                    built.add(built(card));
                }
            }
            UUID last = found.size() < limit ? null : found.getLast().id();
            return rows.storeCards(built).replaceWith(last);
        });
    }

    /**
     * The bodies in order. The missing ones are built from a second read of those events (with their cards'
     * generations, so a body is stored only if nothing changed since that read) and stored in the background; an event
     * deleted in between is left out, as the next request would.
     */
    private Uni<List<byte[]>> bodies(List<TimelineRows.CardRow> cards) {
        List<UUID> missing = new ArrayList<>();
        for (TimelineRows.CardRow card : cards) {
            if (card.body() == null) {
                missing.add(card.id());
            }
        }
        if (missing.isEmpty()) {
            return Uni.createFrom().item(cards.stream().map(TimelineRows.CardRow::body).toList());
        }
        return rows.unbuilt(missing).map(read -> {
            Map<UUID, byte[]> built = new HashMap<>();
            List<TimelineRows.CardRow> store = new ArrayList<>(read.size());
            for (TimelineRows.CardRow card : read) {
                TimelineRows.CardRow fresh = built(card);
                built.put(card.id(), fresh.body());
                if (card.gen() != null) {
                    store.add(fresh);
                }
            }
            // Not awaited: the response does not depend on it, and a lost race only leaves the body to build again.
            rows.storeCards(store).subscribe().with(stored -> { },
                    failure -> LOG.debugf(failure, "event card bodies not stored"));
            List<byte[]> bodies = new ArrayList<>(cards.size());
            for (TimelineRows.CardRow card : cards) {
                byte[] body = card.body() != null ? card.body() : built.get(card.id());
                if (body != null) {
                    bodies.add(body);
                }
            }
            return bodies;
        });
    }

    private TimelineRows.CardRow built(TimelineRows.CardRow card) {
        return new TimelineRows.CardRow(card.id(), card.dateFrom(), card.gen(),
                serialize(timeline.view(card.loaded())), null);
    }

    private byte[] json(List<byte[]> bodies, String nextCursor) {
        int size = EVENTS.length + NEXT_CURSOR.length + 64 + bodies.size();
        for (byte[] body : bodies) {
            size += body.length;
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(size);
        out.writeBytes(EVENTS);
        for (int i = 0; i < bodies.size(); i++) {
            if (i > 0) {
                out.write(',');
            }
            out.writeBytes(bodies.get(i));
        }
        out.writeBytes(NEXT_CURSOR);
        out.writeBytes(serialize(nextCursor));
        out.write('}');
        return out.toByteArray();
    }

    private byte[] serialize(Object value) {
        try {
            return mapper.writeValueAsBytes(value);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
