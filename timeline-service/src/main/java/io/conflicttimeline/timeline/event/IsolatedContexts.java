package io.conflicttimeline.timeline.event;

import io.quarkus.vertx.core.runtime.context.VertxContextSafetyToggle;
import io.smallrye.common.vertx.VertxContext;
import io.vertx.core.Context;
import io.vertx.core.Vertx;

/**
 * Fresh Vert.x sub-contexts flagged safe for Hibernate Reactive Panache: work started on one has sessions of its own,
 * never those of the work that started it.
 */
public final class IsolatedContexts {

    private IsolatedContexts() {
    }

    /** A new duplicated context of {@code base}'s event loop (of any event loop when base is null). */
    public static Context create(Vertx vertx, Context base) {
        Context context = VertxContext.createNewDuplicatedContext(base != null ? base : vertx.getOrCreateContext());
        VertxContextSafetyToggle.setContextSafe(context, true);
        return context;
    }
}
