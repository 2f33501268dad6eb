package io.conflicttimeline.nlp.annotation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.conflicttimeline.nlp.TestPipeline;
import io.conflicttimeline.nlp.messaging.ArticleAnnotated;
import io.conflicttimeline.nlp.messaging.ArticleAnnotated.Event;
import io.conflicttimeline.nlp.messaging.ArticleIngested;

/** The whole pipeline with the shipped gazetteer and KB over the five seed articles: the facts a reader takes away. */
class AnnotationServiceTest {

    private static List<String> seeds;
    private static List<ArticleAnnotated> annotated;
    private static Annotator annotator;

    @BeforeAll
    static void annotateSeeds() {
        seeds = TestPipeline.seeds();
        annotator = TestPipeline.annotator();
        annotated = seeds.stream().map(AnnotationServiceTest::annotate).toList();
    }

    private static ArticleAnnotated annotate(String text) {
        return annotator.annotate(new ArticleIngested(1, ArticleIds.of(text), null, null, null, null, "en", text, null));
    }

    private static String placeName(ArticleAnnotated a, Event e) {
        return a.places().stream().filter(p -> p.id().equals(e.placeId())).findFirst().map(ArticleAnnotated.Place::name).orElse(null);
    }

    private static List<Event> attacks(ArticleAnnotated a, String place) {
        return a.events().stream().filter(e -> e.type().equals("Explosions/Remote violence") && place.equals(placeName(a, e))).toList();
    }

    @Test
    void seed000KyivMissileAttackWithItsFiguresAndZelenskysQuote() {
        ArticleAnnotated a = annotated.get(0);
        assertThat(attacks(a, "Kyiv")).singleElement().satisfies(e -> {
            assertThat(e.subType()).isEqualTo("Shelling/artillery/missile attack");
            assertThat(e.figures().killed().value()).isEqualTo(1);
            assertThat(e.figures().injured().value()).isEqualTo(4);
            assertThat(e.figures().missiles().launched().value()).isEqualTo(7);
            assertThat(e.figures().missiles().intercepted().value()).isEqualTo(6);
            assertThat(e.figures().drones().intercepted().value()).isEqualTo(71);
            assertThat(e.actors()).extracting(ArticleAnnotated.Actor::name, ArticleAnnotated.Actor::role)
                    .contains(org.assertj.core.groups.Tuple.tuple("Russian Armed Forces", "attacker"));
            assertThat(e.id()).isEqualTo(a.mainEventId());
        });
        assertThat(attacks(a, "Kryvyi Rih")).hasSize(1);
        assertThat(a.quotes()).anySatisfy(q -> {
            assertThat(q.text()).contains("not preparing for peace");
            assertThat(q.speakerEntityId()).isEqualTo("wikidata:Q3874799");
        });
        assertThat(a.entities()).anySatisfy(n -> {
            assertThat(n.name()).isEqualTo("Serhiy Lysak");
            // "Dnipropetrovsk regional governor" in the text, the KB's wording of the office
            assertThat(n.role()).isEqualTo("Governor of Dnipropetrovsk Oblast");
        });
        assertThat(a.places()).filteredOn(p -> p.kind().equals("district")).extracting(ArticleAnnotated.Place::name)
                .contains("Holosiivskyi", "Podilskyi", "Sviatoshynskyi", "Obolonskyi");
    }

    @Test
    void seed001RewriteOfTheSameAttack() {
        ArticleAnnotated a = annotated.get(1);
        assertThat(attacks(a, "Kyiv")).singleElement().satisfies(e -> {
            assertThat(e.figures().killed().value()).isEqualTo(1);
            assertThat(e.figures().drones().intercepted().value()).isEqualTo(71);
        });
        assertThat(a.quotes()).anySatisfy(q -> {
            assertThat(q.text()).startsWith("nonsense");
            assertThat(q.speaker()).isEqualTo("Dmitry Medvedev");
        });
    }

    @Test
    void seed002PeskovRejectsOnWednesdayTheTwelfth() {
        ArticleAnnotated a = annotated.get(2);
        assertThat(a.quotes()).anySatisfy(q -> {
            assertThat(q.text()).startsWith("This is impossible");
            assertThat(q.speaker()).isEqualTo("Dmitry Peskov");
            assertThat(q.verb()).isEqualTo("told");
        });
        Event main = a.events().stream().filter(e -> e.id().equals(a.mainEventId())).findFirst().orElseThrow();
        assertThat(main.date().value()).startsWith("2025-02-12");
        assertThat(attacks(a, "Kyiv")).singleElement().satisfies(e -> {
            assertThat(e.figures().killed().value()).isEqualTo(1);
            assertThat(e.figures().killed().qualifier()).isEqualTo("at_least");
        });
        assertThat(attacks(a, "Moscow")).isEmpty();
        assertThat(a.events()).anySatisfy(e -> {
            assertThat(e.subType()).isEqualTo("Rejection");
            assertThat(e.date().value()).startsWith("2025-02-12");
        });
    }

    @Test
    void seed003SumyRegionStrike() {
        ArticleAnnotated a = annotated.get(3);
        assertThat(attacks(a, "Sumy Oblast")).singleElement().satisfies(e -> {
            assertThat(e.figures().killed().value()).isEqualTo(2);
            assertThat(e.figures().injured().value()).isEqualTo(2);
            assertThat(e.date().value()).endsWith("02-11");
        });
        assertThat(attacks(a, "Kyiv")).singleElement().satisfies(e -> assertThat(e.figures().killed().qualifier()).isEqualTo("at_least"));
    }

    @Test
    void seed004KyivAttackDuringThePrisonerExchange() {
        ArticleAnnotated a = annotated.get(4);
        assertThat(attacks(a, "Kyiv")).singleElement().satisfies(e -> {
            assertThat(e.figures().missiles().launched().value()).isEqualTo(14);
            assertThat(e.figures().drones().launched().value()).isEqualTo(250);
            assertThat(e.figures().injured().value()).isEqualTo(15);
            assertThat(e.figures().injured().qualifier()).isEqualTo("at_least");
        });
        assertThat(a.events()).filteredOn(e -> e.subType().equals("Agreement")).singleElement().satisfies(e -> {
            assertThat(e.type()).isEqualTo("Strategic developments");
            assertThat(e.figures().prisoners().exchanged().value()).isEqualTo(390);
        });
    }

    @Test
    void spansIdsAndReferencesAreConsistent() {
        for (ArticleAnnotated a : annotated) {
            String text = a.text();
            a.places().forEach(p -> assertThat(text.substring(p.start(), p.end())).isEqualTo(p.text()));
            a.entities().forEach(n -> assertThat(text.substring(n.start(), n.end())).isEqualTo(n.text()));
            a.quotes().forEach(q -> assertThat(text.substring(q.start(), q.end())).isEqualTo(q.text()));
            a.timexes().forEach(t -> assertThat(text.substring(t.start(), t.end())).isEqualTo(t.text()));
            a.events().forEach(e -> assertThat(text.substring(e.start(), e.end())).isEqualTo(e.trigger()));
            Set<String> placeIds = a.places().stream().map(ArticleAnnotated.Place::id).collect(Collectors.toSet());
            Set<String> timexIds = a.timexes().stream().map(ArticleAnnotated.Timex::id).collect(Collectors.toSet());
            Set<String> eventIds = a.events().stream().map(Event::id).collect(Collectors.toSet());
            assertThat(placeIds).hasSize(a.places().size());
            a.events().forEach(e -> {
                assertThat(e.placeId() == null || placeIds.contains(e.placeId())).isTrue();
                assertThat(e.date().timexId() == null || timexIds.contains(e.date().timexId())).isTrue();
            });
            a.quotes().forEach(q -> assertThat(q.eventId() == null || eventIds.contains(q.eventId())).isTrue());
            assertThat(a.mainEventId() == null || eventIds.contains(a.mainEventId())).isTrue();
            assertThat(a.sentences()).isSortedAccordingTo((x, y) -> Integer.compare(x.start(), y.start()));
        }
    }

    @Test
    void deterministicApartFromTheAnnotationTime() {
        for (int i = 0; i < seeds.size(); i++) {
            ArticleAnnotated again = annotate(seeds.get(i));
            assertThat(again).usingRecursiveComparison().ignoringFields("annotatedAt").isEqualTo(annotated.get(i));
        }
    }

    /** Prints the cost per article; no assertion on timing (shared 2-core machine). */
    @Test
    void throughput() {
        for (int warm = 0; warm < 10; warm++) {
            seeds.forEach(AnnotationServiceTest::annotate);
        }
        int rounds = 10;
        long start = System.nanoTime();
        for (int r = 0; r < rounds; r++) {
            seeds.forEach(AnnotationServiceTest::annotate);
        }
        double ms = (System.nanoTime() - start) / 1e6 / (rounds * seeds.size());
        int chars = seeds.stream().mapToInt(String::length).sum() / seeds.size();
        System.out.printf("nlp-service annotation: %.2f ms/article, %.1f articles/s (single thread, %d seeds x %d rounds, avg %d chars)%n",
                ms, 1000 / ms, seeds.size(), rounds, chars);
    }
}
