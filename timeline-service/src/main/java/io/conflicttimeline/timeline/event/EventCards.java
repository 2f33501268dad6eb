package io.conflicttimeline.timeline.event;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.ByteArrayOutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.jboss.logging.Logger;

/**
 * GET /timeline pages and GET /events/{id} bodies from the events' cards (V9__event_cards.sql): each event's JSON,
 * serialized once by this service and kept in the database until a change of what it shows invalidates it. A page is
 * then one narrow row per event, copied into the response as it is stored: no join of mentions, articles and quotes,
 * no mapping or serializing per request.
 *
 * <p>An event whose card has no body (new, changed, or not built yet) is read in full by the same statement, shown
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
                : rows.cards(ids)).map(found -> {
                    boolean more = found.size() > query.limit();
                    List<TimelineRows.CardRow> page = more ? found.subList(0, query.limit()) : found;
                    List<byte[]> bodies = bodies(page);
                    TimelineRows.CardRow last = more ? page.getLast() : null;
                    String next = last == null ? null : new TimelineCursor(last.dateFrom(), last.id()).encode();
                    return json(bodies, next);
                });
    }

    /** The event's JSON ({@link EventView}), or null when there is no such event. */
    public Uni<byte[]> event(UUID id) {
        return rows.card(id).map(found -> found.isEmpty() ? null : bodies(found).getFirst());
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

    /** The bodies in order, building the missing ones (stored in the background). */
    private List<byte[]> bodies(List<TimelineRows.CardRow> cards) {
        List<byte[]> bodies = new ArrayList<>(cards.size());
        List<TimelineRows.CardRow> built = null;
        for (TimelineRows.CardRow card : cards) {
            if (card.body() != null) {
                bodies.add(card.body());
                continue;
            }
            TimelineRows.CardRow fresh = built(card);
            bodies.add(fresh.body());
            if (card.gen() != null) {
                if (built == null) {
                    built = new ArrayList<>();
                }
                built.add(fresh);
            }
        }
        if (built != null) {
            // Not awaited: the response does not depend on it, and a lost race only leaves the body to build again.
            rows.storeCards(built).subscribe().with(stored -> { },
                    failure -> LOG.debugf(failure, "event card bodies not stored"));
        }
        return bodies;
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
