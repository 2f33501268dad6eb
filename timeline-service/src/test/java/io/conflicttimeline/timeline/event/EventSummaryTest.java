package io.conflicttimeline.timeline.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class EventSummaryTest {

    @Test
    void aStatementSaysWhoMadeIt() {
        EventAggregate rejection = aggregate("Statements", "Rejection",
                List.of(new ActorRef("wikidata:Q4164871", "Dmitry Peskov", "party")));
        assertThat(EventSummary.sentence(rejection)).isEqualTo("Rejection by Dmitry Peskov on 2025-02-12.");
    }

    @Test
    void anAttackIsNotAttributedInItsLabel() {
        EventAggregate strike = aggregate("Explosions/Remote violence", "Shelling/artillery/missile attack",
                List.of(new ActorRef(null, "Russian Armed Forces", "attacker")));
        assertThat(EventSummary.sentence(strike)).isEqualTo("Shelling/artillery/missile attack on 2025-02-12.");
    }

    private static EventAggregate aggregate(String type, String subType, List<ActorRef> actors) {
        return new EventAggregate(type, type, subType, "2025-02-12", "day", null, null, null, null, null, null, null,
                null, null, null, actors);
    }
}
