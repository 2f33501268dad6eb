package io.conflicttimeline.ingest.article;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.vertx.VertxContextSupport;

@QuarkusTest
class ArticleServiceTest {

    @Inject
    ArticleIntake intake;

    @Inject
    ArticleService service;

    @Test
    void racingSubmissionsOfOneArticleStoreItOnceAndAllSucceed() throws Throwable {
        PreparedArticle prepared = intake.prepare(ArticleSubmission.ofText(
                "Racing submissions of one report about a strike on a depot. Ref " + UUID.randomUUID() + "."));
        // Each call on its own duplicated context, as requests and messages are; started together so that
        // several pass findById before any commits and all but one hit the primary key.
        var start = new java.util.concurrent.CountDownLatch(1);
        try (var pool = java.util.concurrent.Executors.newFixedThreadPool(8)) {
            List<java.util.concurrent.Future<SubmissionResult>> calls = IntStream.range(0, 8)
                    .mapToObj(i -> pool.submit(() -> {
                        start.await();
                        try {
                            return VertxContextSupport.subscribeAndAwait(
                                    () -> service.submit(prepared, IngestSource.REST, null));
                        } catch (Throwable e) {
                            throw new java.util.concurrent.ExecutionException(e);
                        }
                    }))
                    .toList();
            start.countDown();
            List<SubmissionResult> results = new java.util.ArrayList<>();
            for (var call : calls) {
                results.add(call.get());
            }
            assertThat(results).extracting(SubmissionResult::id).containsOnly(prepared.id());
            assertThat(results).filteredOn(r -> !r.duplicate()).hasSize(1);
        }
    }
}
