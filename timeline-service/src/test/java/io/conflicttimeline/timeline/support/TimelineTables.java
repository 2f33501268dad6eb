package io.conflicttimeline.timeline.support;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Empties the timeline schema's tables between tests (the schema itself stays, owned by Flyway). Plain JDBC, so that
 * it also works for the @QuarkusIntegrationTest, which cannot reach the application's beans.
 */
public final class TimelineTables {

    private TimelineTables() {
    }

    public static void clear() {
        // A placement still running (a redelivery from an aborted earlier run) can deadlock with the truncate.
        org.awaitility.Awaitility.await("timeline tables cleared").atMost(java.time.Duration.ofSeconds(20))
                .pollInterval(java.time.Duration.ofMillis(200)).until(() -> {
                    try (Connection connection = connect(); Statement statement = connection.createStatement()) {
                        statement.execute("truncate timeline.quote, timeline.event_mention, timeline.event,"
                                + " timeline.article, timeline.event_change");
                        return true;
                    } catch (SQLException e) {
                        return false;
                    }
                });
    }

    /** Rows of {@code table} (article, event_mention, quote) belonging to the article. */
    public static long rowsOfArticle(String table, String articleId) {
        String column = "article".equals(table) ? "id" : "article_id";
        try (Connection connection = connect();
             PreparedStatement statement = connection.prepareStatement(
                     "select count(*) from timeline." + table + " where " + column + " = ?")) {
            statement.setString(1, articleId);
            try (ResultSet rows = statement.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot count " + table, e);
        }
    }

    /** The first column of the first row of a query, as a number (a count, the timeline version). */
    public static long count(String sql) {
        try (Connection connection = connect(); Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Runs one statement as another writer would (another replica, an operator): no application code involved. */
    public static void execute(String sql) {
        try (Connection connection = connect(); Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Connection connect() throws SQLException {
        String url = "jdbc:postgresql://" + env("POSTGRES_HOST", "127.0.0.1") + ":" + env("POSTGRES_PORT", "5432")
                + "/" + env("CT_TEST_DB", "conflict_timeline_test");
        return DriverManager.getConnection(url, env("POSTGRES_USER", "postgres"), env("POSTGRES_PASSWORD", "postgres"));
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
