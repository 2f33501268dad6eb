package io.conflicttimeline.nlp.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import io.conflicttimeline.nlp.TestPipeline;
import io.conflicttimeline.nlp.messaging.ArticleAnnotated;
import io.conflicttimeline.nlp.messaging.ArticleAnnotated.Event;

/** An event carries its place and the places inside it that its reports name. */
class EventPlacesTest {

    private static ArticleAnnotated annotate(String text) {
        return TestPipeline.annotateWithFixtures(text, "2025-02-12");
    }

    private static List<String> names(ArticleAnnotated a, List<String> ids) {
        return ids.stream().map(id -> a.places().stream().filter(p -> p.id().equals(id)).findFirst().orElseThrow().name()).toList();
    }

    private static Event attack(ArticleAnnotated a) {
        return a.events().stream().filter(e -> e.type().equals("Explosions/Remote violence")).findFirst().orElseThrow();
    }

    @Test
    void theDistrictsAReportNamesAreGoverningPlacesOfTheStrikeOnTheirCity() {
        ArticleAnnotated a = annotate("A Russian missile strike hit Kyiv overnight, injuring three people.\n"
                + "Officials said the strike damaged houses in the Obolonskyi and Podilskyi districts, and a school in Obolonskyi.");
        Event strike = attack(a);
        assertThat(strike.placeIds().get(0)).isEqualTo(strike.placeId());
        assertThat(names(a, strike.placeIds())).containsExactly("Kyiv", "Obolonskyi District", "Podilskyi District");
    }

    @Test
    void placesOutsideTheEventsPlaceOrInOtherSentencesAreNotItsPlaces() {
        ArticleAnnotated a = annotate("A drone attack hit Kharkiv on Tuesday, injuring two people.\n"
                + "In Kyiv, the Obolonskyi district held a memorial service.");
        Event strike = attack(a);
        assertThat(names(a, strike.placeIds())).containsExactly("Kharkiv");
    }

    @Test
    void anEventWithoutAPlaceHasNone() {
        ArticleAnnotated a = annotate("Volodymyr Zelensky said talks could start soon.");
        assertThat(a.events()).singleElement().satisfies(e -> {
            assertThat(e.placeId()).isNull();
            assertThat(e.placeIds()).isEmpty();
        });
    }
}
