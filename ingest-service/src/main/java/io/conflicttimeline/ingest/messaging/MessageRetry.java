package io.conflicttimeline.ingest.messaging;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;
import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.smallrye.mutiny.Uni;

/** Bounded in-process retries with exponential back-off for transient failures (ct.messaging.max-attempts). */
@ApplicationScoped
public class MessageRetry {

    private final int maxAttempts;
    private final Duration initialBackOff;

    public MessageRetry(@ConfigProperty(name = "ct.messaging.max-attempts", defaultValue = "3") int maxAttempts,
            @ConfigProperty(name = "ct.messaging.initial-back-off", defaultValue = "200ms") Duration initialBackOff) {
        this.maxAttempts = Math.max(1, maxAttempts);
        this.initialBackOff = initialBackOff;
    }

    /** Runs the work, retrying failures that {@code transientFailure} accepts; counts attempts into {@code attempts}. */
    public <T> Uni<T> run(Supplier<Uni<T>> work, Predicate<Throwable> transientFailure, AtomicInteger attempts) {
        Uni<T> attempt = Uni.createFrom().deferred(() -> {
            attempts.incrementAndGet();
            return work.get();
        });
        if (maxAttempts == 1) {
            return attempt;
        }
        return attempt.onFailure(transientFailure).retry()
                .withBackOff(initialBackOff, initialBackOff.multipliedBy(20))
                .atMost(maxAttempts - 1L);
    }

    public int maxAttempts() {
        return maxAttempts;
    }
}
