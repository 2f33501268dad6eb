package io.conflicttimeline.timeline.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class TimelineDigestTest {

    private static EventView event(String date, String precision, EventView.Location location,
                                   EventView.Figures figures, int sources) {
        List<EventView.Source> from = java.util.stream.IntStream.range(0, sources)
                .mapToObj(i -> new EventView.Source("a" + i, "Outlet", "Title", null)).toList();
        return new EventView("id", "Explosions/Remote violence", "Shelling/artillery/missile attack", date, precision,
                location, List.of(), figures, "summary", from, List.of());
    }

    @Test
    void rendersOneLinePerEventWithFiguresAndSourceCount() {
        EventView.Figures figures = new EventView.Figures(new EventView.Range(1, 1, 1), new EventView.Range(3, 3, 4),
                new EventView.Weapons(7, 6), new EventView.Weapons(null, 71), new EventView.Prisoners(null));
        String text = TimelineDigest.render(List.of(event("2025-02-12", "day",
                new EventView.Location("Kyiv", "Kyiv City", "UA", 50.45, 30.52, 703448L, "settlement"), figures, 4)),
                false);
        List<String> lines = text.lines().toList();
        assertThat(lines).hasSize(3);
        assertThat(lines.get(1)).startsWith("2025-02-12").contains("  4  Shelling/artillery/missile attack")
                .contains("Kyiv, Kyiv City").endsWith("killed 1, injured 3-4, missiles 6/7 down, drones 71/? down");
        assertThat(lines.get(2)).isEqualTo("1 event");
    }

    @Test
    void showsUndatedAndUnplacedEventsAndSaysWhenThereIsMore() {
        String text = TimelineDigest.render(List.of(event(null, null, null, null, 1),
                event("XXXX-WXX-3TMO", "part-of-day", null, null, 2)), true);
        List<String> lines = text.lines().toList();
        assertThat(lines.get(1)).startsWith("undated").endsWith(" -");
        assertThat(lines.get(2)).startsWith("XXXX-WXX-3TMO");
        assertThat(lines.get(3)).startsWith("2 events (more");
    }
}
