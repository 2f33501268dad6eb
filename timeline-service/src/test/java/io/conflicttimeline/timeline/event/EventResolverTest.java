package io.conflicttimeline.timeline.event;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.conflicttimeline.timeline.messaging.ArticleAnnotated;
import io.conflicttimeline.timeline.support.Fixtures;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class EventResolverTest {

    private final MentionCodec codec = new MentionCodec(new ObjectMapper());

    private MentionFacts mention(String resource, String annotationEventId) {
        ArticleAnnotated article = Fixtures.annotation(resource);
        ArticleAnnotated.Event event = article.events().stream().filter(e -> e.id().equals(annotationEventId))
                .findFirst().orElseThrow();
        return codec.facts(codec.toMention(article, event));
    }

    private MentionFacts kyivStrike000() {
        return mention(Fixtures.CONTRACT_ANNOTATED, "ev1");
    }

    /** Places mentions one after the other as the service does; returns the groups in founding order. */
    private static List<List<MentionFacts>> place(List<MentionFacts> mentions) {
        Map<UUID, List<MentionFacts>> groups = new LinkedHashMap<>();
        Map<UUID, Instant> created = new LinkedHashMap<>();
        Instant clock = Instant.parse("2026-01-01T00:00:00Z");
        for (MentionFacts mention : mentions) {
            List<EventCandidate> candidates = groups.entrySet().stream()
                    .map(e -> new EventCandidate(e.getKey(), created.get(e.getKey()), e.getValue())).toList();
            Optional<EventCandidate> chosen = EventResolver.resolve(mention, candidates);
            if (chosen.isPresent()) {
                groups.get(chosen.get().id()).add(mention);
            } else if (!mention.background()) {
                UUID id = UUID.randomUUID();
                groups.put(id, new ArrayList<>(List.of(mention)));
                clock = clock.plusSeconds(1);
                created.put(id, clock);
            }
        }
        return new ArrayList<>(groups.values());
    }

    private static <T> List<List<T>> permutations(List<T> items) {
        if (items.isEmpty()) {
            return List.of(List.of());
        }
        List<List<T>> result = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            List<T> rest = new ArrayList<>(items);
            T head = rest.remove(i);
            for (List<T> tail : permutations(rest)) {
                List<T> permutation = new ArrayList<>();
                permutation.add(head);
                permutation.addAll(tail);
                result.add(permutation);
            }
        }
        return result;
    }

    @Test
    void typeFamilies() {
        MentionFacts strike = kyivStrike000();
        MentionFacts statement = mention(Fixtures.CONTRACT_STATEMENT, "ev1");
        assertThat(strike.typeFamily()).isEqualTo("Explosions/Remote violence");
        assertThat(EventResolver.sameFamily(strike, mention(Fixtures.SEED_002, "ev1")))
                .as("a drone strike and a missile attack are both remote violence").isTrue();
        assertThat(EventResolver.sameFamily(strike, statement)).isFalse();
        assertThat(EventResolver.typeFamily(null)).isEqualTo("Unknown");
    }

    @Test
    void theKyivStrikeOfTheTwelfthIsOneEventWhateverTheOrderOfItsReports() {
        MentionFacts seed000 = kyivStrike000();
        MentionFacts seed001 = mention(Fixtures.SEED_001, "ev1");
        MentionFacts seed002 = mention(Fixtures.SEED_002, "ev1");
        MentionFacts seed003 = mention(Fixtures.SEED_003, "ev1");
        MentionFacts seed004 = mention(Fixtures.SEED_004, "ev1");
        for (List<MentionFacts> order : permutations(List.of(seed000, seed001, seed002, seed003, seed004))) {
            List<List<MentionFacts>> groups = place(order);
            assertThat(groups).as("order %s", order.stream().map(MentionFacts::articleId).toList()).hasSize(2);
            List<MentionFacts> twelfth = groups.stream().filter(g -> g.contains(seed000)).findFirst().orElseThrow();
            assertThat(twelfth).containsExactlyInAnyOrder(seed000, seed001, seed002, seed003);
            EventAggregate aggregate = EventResolver.aggregate(twelfth);
            assertThat(aggregate.dateValue()).isEqualTo("2025-02-12");
            assertThat(aggregate.dateFrom()).hasToString("2025-02-12");
            assertThat(aggregate.place().name()).isEqualTo("Kyiv");
            assertThat(aggregate.killed()).isEqualTo(new FigureRange(1, 1, 1, false));
            assertThat(aggregate.injured()).isEqualTo(new FigureRange(3, 4, 4, false));
            assertThat(aggregate.missilesLaunched().best()).isEqualTo(7);
            assertThat(aggregate.dronesIntercepted().best()).isEqualTo(71);
        }
    }

    @Test
    void theUndatedMayAttackOnKyivIsADifferentEvent() {
        MentionFacts may = mention(Fixtures.SEED_004, "ev1");
        EventCandidate twelfth = new EventCandidate(UUID.randomUUID(), Instant.now(),
                List.of(kyivStrike000(), mention(Fixtures.SEED_002, "ev1")));
        assertThat(may.date().hasKnownDateField()).isFalse();
        assertThat(EventResolver.compatible(may, twelfth)).isFalse();
        assertThat(EventResolver.resolve(may, List.of(twelfth))).isEmpty();
    }

    @Test
    void anUndatedMentionJoinsOnlyWithTwoExactlyAgreeingFigures() {
        MentionFacts strike = kyivStrike000();
        EventCandidate event = new EventCandidate(UUID.randomUUID(), Instant.now(), List.of(strike));
        MentionFacts twoAgree = new MentionFacts("x", "ev1", strike.type(), strike.subType(), null, "unknown",
                strike.place(), new MentionFigures(FigureReport.exact(1), FigureReport.exact(4), null, null, null,
                null, null), List.of(), false);
        MentionFacts oneAgrees = new MentionFacts("y", "ev1", strike.type(), strike.subType(), "XXXX-XX-XXTNI",
                "part-of-day", strike.place(), new MentionFigures(FigureReport.exact(1), null, null, null, null, null,
                null), List.of(), false);
        MentionFacts missiles = new MentionFacts("z", "ev1", strike.type(), strike.subType(), null, "unknown", null,
                new MentionFigures(null, null, FigureReport.exact(7), FigureReport.exact(6), null, null, null),
                List.of(), false);
        assertThat(EventResolver.exactAgreements(twoAgree.figures(), event.mentions())).isEqualTo(2);
        assertThat(EventResolver.compatible(twoAgree, event)).isTrue();
        assertThat(EventResolver.compatible(oneAgrees, event)).isFalse();
        assertThat(EventResolver.compatible(missiles, event)).as("missiles launched and intercepted agree").isTrue();
    }

    @Test
    void otherEventsOfTheSameArticlesStayApart() {
        MentionFacts sumy = mention(Fixtures.SEED_003, "ev2");
        MentionFacts kyiv = mention(Fixtures.SEED_003, "ev1");
        assertThat(place(List.of(kyiv, sumy, kyivStrike000()))).hasSize(2);
        MentionFacts rejection = mention(Fixtures.SEED_002, "ev2");
        MentionFacts contractRejection = mention(Fixtures.CONTRACT_STATEMENT, "ev1");
        assertThat(place(List.of(rejection, contractRejection, kyiv)))
                .as("the same rejection by the same party merges; statements never merge with strikes").hasSize(2);
    }

    @Test
    void statementsOfDifferentPartiesOrKindsStayApart() {
        MentionFacts rejection = mention(Fixtures.CONTRACT_STATEMENT, "ev1");
        MentionFacts zelensky = new MentionFacts("z", "ev9", "Statements", "Rejection", "2025-02-12", "day", null,
                MentionFigures.NONE, List.of(new ActorRef("wikidata:Q3874799", "Volodymyr Zelensky", "party")), false);
        MentionFacts proposal = new MentionFacts("p", "ev9", "Statements", "Proposal", "2025-02-12", "day", null,
                MentionFigures.NONE, rejection.actors(), false);
        EventCandidate event = new EventCandidate(UUID.randomUUID(), Instant.now(), List.of(rejection));
        assertThat(EventResolver.compatible(zelensky, event)).isFalse();
        assertThat(EventResolver.compatible(proposal, event)).isFalse();
    }

    @Test
    void backgroundMentionsOnlyJoinExistingEvents() {
        MentionFacts invasion = mention(Fixtures.SEED_002, "ev3");
        assertThat(invasion.background()).isTrue();
        assertThat(place(List.of(invasion))).isEmpty();
    }

    @Test
    void theMostSpecificPlaceAndDateWin() {
        MentionFacts strike = kyivStrike000();
        MentionFacts district = new MentionFacts("d", "ev1", strike.type(), strike.subType(), "2025-02-12TNI",
                "part-of-day", PlaceRefTest.HOLOSIIVSKYI, MentionFigures.NONE, List.of(), false);
        EventAggregate aggregate = EventResolver.aggregate(List.of(strike, district));
        assertThat(aggregate.place()).isEqualTo(PlaceRefTest.HOLOSIIVSKYI);
        assertThat(aggregate.dateValue()).isEqualTo("2025-02-12TNI");
        assertThat(aggregate.dateFrom()).hasToString("2025-02-12");
        assertThat(aggregate.dateTo()).hasToString("2025-02-13");
        assertThat(aggregate.actors()).extracting(ActorRef::name)
                .containsExactly("Russian Armed Forces", "Civilians (Ukraine)");
    }

    @Test
    void summaryIsOnePlainSentence() {
        EventAggregate twelfth = EventResolver.aggregate(List.of(mention(Fixtures.SEED_002, "ev1"), kyivStrike000()));
        assertThat(EventSummary.sentence(twelfth))
                .isEqualTo("Missile and drone attack on Kyiv, Kyiv City, Ukraine on 2025-02-12: 1 killed, 4 injured.");
        EventAggregate may = EventResolver.aggregate(List.of(mention(Fixtures.SEED_004, "ev1")));
        assertThat(EventSummary.sentence(may))
                .isEqualTo("Missile and drone attack on Kyiv, Kyiv City, Ukraine (date unknown): at least 15 injured.");
        EventAggregate rejection = EventResolver.aggregate(List.of(mention(Fixtures.CONTRACT_STATEMENT, "ev1")));
        assertThat(EventSummary.sentence(rejection)).isEqualTo("Rejection by Government of Russia on 2025-02-12.");
        EventAggregate wednesday = EventResolver.aggregate(List.of(kyivStrike000()));
        assertThat(EventSummary.sentence(wednesday)).contains("on a Wednesday (date unknown)");
    }
}
