package io.conflicttimeline.timeline.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.conflicttimeline.timeline.support.TimelineTables;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * The timeline version as the service knows it follows every committed change by any writer (the notification of
 * V11), and stays right while its listening connection is lost: requests then read the version until it is back.
 */
@QuarkusTest
class TimelineVersionTest {

    private static final Duration NOTIFIED = Duration.ofSeconds(2);

    @Inject
    TimelineVersion versions;

    @Test
    void followsEveryCommitAndSurvivesTheLossOfItsListeningConnection() {
        await().atMost(Duration.ofSeconds(10)).until(() -> current() == stored());
        long before = stored();
        // Two changes in one transaction raise the version once, and the service learns it without asking.
        TimelineTables.execute("begin; truncate timeline.quote; truncate timeline.quote; commit");
        await().atMost(NOTIFIED).pollInterval(Duration.ofMillis(10)).until(() -> current() == before + 1);
        assertThat(stored()).isEqualTo(before + 1);

        // An administrator (or a network failure) ends the listening session: a change committed while nobody
        // listens is still seen, because requests read the row until the service listens again.
        TimelineTables.execute("select pg_terminate_backend(pid) from pg_stat_activity"
                + " where datname = current_database() and application_name = '" + TimelineVersion.APPLICATION_NAME + "'");
        TimelineTables.execute("truncate timeline.quote");
        await().atMost(NOTIFIED).pollInterval(Duration.ofMillis(10)).until(() -> current() == before + 2);
        // Listening again (the version re-read after LISTEN), later changes arrive by notification once more.
        await().atMost(Duration.ofSeconds(10)).until(() -> TimelineTables.count("select count(*) from"
                + " pg_stat_activity where datname = current_database() and application_name = '" + TimelineVersion.APPLICATION_NAME + "'") == 1);
        TimelineTables.execute("truncate timeline.quote");
        await().atMost(NOTIFIED).pollInterval(Duration.ofMillis(10)).until(() -> current() == before + 3);
    }

    private long current() {
        return versions.current().await().atMost(Duration.ofSeconds(5));
    }

    private static long stored() {
        return TimelineTables.count("select version from timeline.timeline_version");
    }
}
