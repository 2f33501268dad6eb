package io.conflicttimeline.timeline.event;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.function.LongFunction;
import java.util.function.Supplier;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The serialized bodies of GET /timeline pages (keyed by the validated {@link TimelineQuery}) and GET /events/{id},
 * assembled from the events' stored JSON ({@link EventCards}), reused while the timeline version
 * (V7__timeline_version.sql) is the one they were read at.
 *
 * <p>Every request takes the current version first ({@link TimelineVersion}: notified by the database, or read from it
 * while this instance does not listen). A body is stored with the version known before its data was read: a change committed in between only makes the body look older than it is (the next
 * request reads it again), and a change committed later raises the version, so a cached body is not served after a
 * change once its notification has arrived, on any replica. The least recently used bodies are dropped beyond
 * {@code ct.timeline.response-cache.max-bytes} (0 turns the cache off; the version is still read for the ETag).
 */
@ApplicationScoped
public class TimelineResponses {

    /** A serialized body and the timeline version it is valid for. */
    public record Body(long version, byte[] json) {

        /** Weak: two reads at one version may serialize a change that committed during the read differently. */
        public String etag() {
            return etag(version);
        }

        static String etag(long version) {
            return "W/\"t" + version + "\"";
        }
    }

    /** Clients and proxies may keep a body but must ask (If-None-Match) before reusing it. */
    private static final String REVALIDATE = "no-cache";

    private final TimelineVersion versions;
    private final EventCards cards;
    private final long maxBytes;
    private final Map<Object, Body> bodies = new LinkedHashMap<>(1024, 0.75f, true);
    private long bytes;

    public TimelineResponses(TimelineVersion versions, EventCards cards,
                             @ConfigProperty(name = "ct.timeline.response-cache.max-bytes",
                                     defaultValue = "134217728") long maxBytes) {
        this.versions = versions;
        this.cards = cards;
        this.maxBytes = maxBytes;
    }

    /** The current timeline version. */
    public Uni<Long> version() {
        return versions.current();
    }

    /** Whether {@code ifNoneMatch} (an If-None-Match header) names the body of this version. */
    public static boolean notModified(String ifNoneMatch, long version) {
        if (ifNoneMatch == null) {
            return false;
        }
        String etag = Body.etag(version);
        String strong = etag.substring(2);
        for (String tag : ifNoneMatch.split(",")) {
            String t = tag.trim();
            if (t.equals("*") || t.equals(etag) || t.equals(strong)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The response for a request that carried {@code ifNoneMatch}: 304 when it names the current version, else the
     * body {@code read} gives at that version, with its ETag (404 is the caller's when the body is null).
     */
    public Uni<Response> respond(String ifNoneMatch, LongFunction<Uni<Body>> read) {
        return version().chain(version -> {
            if (notModified(ifNoneMatch, version)) {
                return Uni.createFrom().item(Response.notModified().header(HttpHeaders.ETAG, Body.etag(version))
                        .header(HttpHeaders.CACHE_CONTROL, REVALIDATE).build());
            }
            return read.apply(version).map(body -> body == null ? null
                    : Response.ok(body.json(), MediaType.APPLICATION_JSON_TYPE).header(HttpHeaders.ETAG, body.etag())
                            .header(HttpHeaders.CACHE_CONTROL, REVALIDATE).build());
        });
    }

    /** The page's body at {@code version}. */
    public Uni<Body> page(TimelineQuery query, long version) {
        return body(query, version, () -> cards.page(query));
    }

    /** The event's body at {@code version}, or null when there is no such event. */
    public Uni<Body> event(UUID id, long version) {
        return body(id, version, () -> cards.event(id));
    }

    private Uni<Body> body(Object key, long version, Supplier<Uni<byte[]>> read) {
        Body cached = get(key);
        if (cached != null && cached.version() == version) {
            return Uni.createFrom().item(cached);
        }
        return read.get().map(json -> {
            if (json == null) {
                return null;
            }
            Body body = new Body(version, json);
            put(key, body);
            return body;
        });
    }

    private synchronized Body get(Object key) {
        return maxBytes <= 0 ? null : bodies.get(key);
    }

    private synchronized void put(Object key, Body body) {
        if (body.json().length > maxBytes) {
            return;
        }
        Body old = bodies.get(key);
        if (old != null && old.version() > body.version()) {
            return;  // a slower read of an older version must not replace a newer body
        }
        bodies.put(key, body);
        bytes += body.json().length - (old == null ? 0 : old.json().length);
        var eldest = bodies.entrySet().iterator();
        while (bytes > maxBytes && eldest.hasNext()) {
            bytes -= eldest.next().getValue().json().length;
            eldest.remove();
        }
    }
}
