package io.conflicttimeline.timeline.event;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.mutiny.Uni;
import io.vertx.core.Vertx;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.pgclient.PgConnectOptions;
import io.vertx.pgclient.PgConnection;
import io.vertx.pgclient.pubsub.PgSubscriber;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * The current timeline version (V7__timeline_version.sql), known without a round trip while this instance listens to
 * the notifications that every committing change sends (V11__timeline_version_notify.sql).
 *
 * <p>One dedicated connection LISTENs on {@code timeline_version}; PostgreSQL delivers each commit's new version to it
 * right after the commit, whichever replica or tool wrote. After (re)subscribing, the version is read once from the
 * database, since changes committed while nobody listened sent their notification to no one. Until then, and whenever
 * the listening connection is lost (it is reopened with a back-off), {@link #current()} reads the row, as every request
 * did before. A connection can also die silently (a network partition sends no close): the listening connection reads
 * the version itself every {@link #HEARTBEAT_MILLIS}, and the notified version is trusted only while one of these
 * reads has answered within {@link #TRUSTED_MILLIS}. So a change is seen once its notification arrives (milliseconds
 * after its commit), and at worst after {@link #TRUSTED_MILLIS}.
 */
@ApplicationScoped
public class TimelineVersion {

    private static final Logger LOG = Logger.getLogger(TimelineVersion.class);
    static final String CHANNEL = "timeline_version";
    /** The listening session's name in pg_stat_activity. */
    static final String APPLICATION_NAME = "timeline-version-listener";
    static final long HEARTBEAT_MILLIS = 1_000;
    static final long TRUSTED_MILLIS = 3_000;

    private final Pool pool;
    private final Vertx vertx;
    private final boolean listen;
    private final String url;
    private final String user;
    private final String password;
    /** The highest version notified or read since the listening connection {@link #synced} subscribed. */
    private final AtomicLong known = new AtomicLong(-1);
    /** The listening connection whose subscription the version was read after; null: not listening. */
    private volatile PgConnection synced;
    /** When the listening connection last answered (System.nanoTime). */
    private volatile long confirmed;
    private PgSubscriber subscriber;

    public TimelineVersion(Pool pool, Vertx vertx,
                           @ConfigProperty(name = "ct.timeline.version.listen", defaultValue = "true") boolean listen,
                           @ConfigProperty(name = "quarkus.datasource.reactive.url") String url,
                           @ConfigProperty(name = "quarkus.datasource.username") String user,
                           @ConfigProperty(name = "quarkus.datasource.password") String password) {
        this.pool = pool;
        this.vertx = vertx;
        this.listen = listen;
        this.url = url;
        this.user = user;
        this.password = password;
    }

    void start(@Observes StartupEvent start) {
        if (!listen) {
            return;
        }
        PgConnectOptions options = PgConnectOptions.fromUri(url).setUser(user).setPassword(password);
        options.addProperty("application_name", APPLICATION_NAME);
        subscriber = PgSubscriber.subscriber(vertx, options)
                // Reconnect for as long as the service runs: at most 5 s apart.
                .reconnectPolicy(retries -> Math.min(5_000L, 100L * (1L << Math.min(retries, 6))));
        subscriber.channel(CHANNEL)
                .handler(payload -> notified(payload))
                .subscribeHandler(subscribed -> resync());
        subscriber.connect().onFailure(failure -> LOG.warnf(failure,
                "cannot listen to %s yet; every request reads the timeline version meanwhile", CHANNEL));
        vertx.setPeriodic(HEARTBEAT_MILLIS, tick -> heartbeat());
    }

    void stop(@Observes ShutdownEvent stop) {
        if (subscriber != null) {
            subscriber.close();
        }
    }

    /** The current version: the one notified while listening, else read from the database. */
    public Uni<Long> current() {
        PgConnection listening = synced;
        if (listening != null && subscriber.actualConnection() == listening
                && System.nanoTime() - confirmed < TimeUnit.MILLISECONDS.toNanos(TRUSTED_MILLIS)) {
            return Uni.createFrom().item(known.get());
        }
        return read();
    }

    private Uni<Long> read() {
        return pool.query("select version from timeline.timeline_version").execute()
                .map(rows -> rows.iterator().next().getLong(0));
    }

    private void notified(String payload) {
        try {
            long version = Long.parseLong(payload.trim());
            known.accumulateAndGet(version, Math::max);
        } catch (NumberFormatException e) {
            LOG.debugf("ignored notification %s on %s", payload, CHANNEL);
        }
    }

    /** After LISTEN (again): the changes nobody was notified of are counted by reading the row once. */
    private void resync() {
        PgConnection connection = subscriber.actualConnection();
        synced = null;
        read().subscribe().with(version -> {
            known.accumulateAndGet(version, Math::max);
            confirmed = System.nanoTime();
            synced = connection;
        }, failure -> LOG.warnf(failure, "cannot read the timeline version after subscribing"));
    }

    /**
     * Reads the version on the listening connection itself: its answer shows the connection alive (and comes after
     * every notification sent to it before), and repairs the version should a notification ever be missed.
     */
    private void heartbeat() {
        PgConnection connection = synced;
        if (connection == null || subscriber.actualConnection() != connection) {
            return;
        }
        connection.query("select version from timeline.timeline_version").execute().onSuccess(rows -> {
            known.accumulateAndGet(rows.iterator().next().getLong(0), Math::max);
            confirmed = System.nanoTime();
        });
    }
}
