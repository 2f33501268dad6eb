package io.conflicttimeline.timeline.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TimelineRowsTest {

    @Test
    void namedParametersBecomePositionalOnePerName() {
        List<Object> values = new ArrayList<>();
        String sql = TimelineRows.positional("select e.id from {h-schema}event e where e.date_from >= :from"
                        + " and cast(:from as date) < :to and e.kind in ('a:b') limit :limit",
                Map.of("from", LocalDate.of(2025, 2, 1), "to", LocalDate.of(2025, 3, 1), "limit", 51), values);
        assertThat(sql).isEqualTo("select e.id from timeline.event e where e.date_from >= $1"
                + " and cast($1 as date) < $2 and e.kind in ('a:b') limit $3");
        assertThat(values).containsExactly(LocalDate.of(2025, 2, 1), LocalDate.of(2025, 3, 1), 51);
    }

    @Test
    void everyPageQueryTranslates() {
        TimelineQuery query = new TimelineQuery(LocalDate.of(2025, 2, 1), LocalDate.of(2025, 2, 28), "strike",
                "Kyiv", "army", 50, new TimelineCursor(LocalDate.of(2025, 2, 3), java.util.UUID.randomUUID()),
                "drone", "Air/drone strike", new TimelineQuery.BoundingBox(30, 50, 31, 51), 3);
        TimelineSearch.Sql sql = TimelineSearch.pageIds(query, null, Map.of(), 51);
        List<Object> values = new ArrayList<>();
        String positional = TimelineRows.positional(sql.text(), sql.params(), values);
        assertThat(positional).doesNotContain("{h-schema}").doesNotContainPattern("[^:]:[a-zA-Z]");
        assertThat(values).hasSize(sql.params().size());
    }

    @Test
    void aMissingValueIsAnError() {
        assertThatThrownBy(() -> TimelineRows.positional("select :x", Map.of(), new ArrayList<>()))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
