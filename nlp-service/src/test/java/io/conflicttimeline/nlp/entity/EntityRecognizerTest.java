package io.conflicttimeline.nlp.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import io.conflicttimeline.nlp.TestPipeline;
import io.conflicttimeline.nlp.place.PlaceRecognizer;
import io.conflicttimeline.nlp.text.AnalyzedText;

class EntityRecognizerTest {

    private final EntityRecognizer recognizer = new EntityRecognizer(TestPipeline.fixtureKb(), TestPipeline.fixtureGazetteer());
    private final PlaceRecognizer places = new PlaceRecognizer(TestPipeline.fixtureGazetteer());

    private List<EntityMention> entities(String text) {
        AnalyzedText at = TestPipeline.analyzer().analyze(text);
        return recognizer.recognize(at, places.recognize(at));
    }

    @Test
    void aliasesLinkToOneEntity() {
        List<EntityMention> found = entities("Volodymyr Zelensky spoke. Later Zelenskyy wrote, and Zelensky's office agreed.");
        assertThat(found).extracting(e -> e.actor().entityId()).containsOnly("wikidata:Q3874799").hasSize(3);
        assertThat(found).extracting(EntityMention::text).containsExactly("Volodymyr Zelensky", "Zelenskyy", "Zelensky");
    }

    @Test
    void titlesGiveRoles() {
        assertThat(entities("\"This is impossible,\" Kremlin spokesman Dmitry Peskov told reporters.")).filteredOn(EntityMention::isPerson)
                .singleElement()
                .satisfies(e -> assertThat(e.role()).isEqualTo("Kremlin spokesman"));
        // a KB person's role in the KB's words
        assertThat(entities("Kyiv mayor Vitali Klitschko said a girl was hurt.")).singleElement()
                .satisfies(e -> assertThat(e.role()).isEqualTo("Mayor of Kyiv"));
    }

    @Test
    void unknownPeopleAfterATitleGetALocalId() {
        assertThat(entities("Damage was reported, Dnipropetrovsk regional governor Serhiy Lysak said on Telegram.")).singleElement()
                .satisfies(e -> {
                    assertThat(e.actor().entityId()).isEqualTo("local:serhiy-lysak");
                    assertThat(e.actor().kind()).isEqualTo("PERSON");
                    assertThat(e.role()).isEqualTo("Dnipropetrovsk regional governor");
                });
    }

    @Test
    void appositionsGiveRoles() {
        assertThat(entities("Dmitry Medvedev, deputy chairman of Russia's influential Security Council, dismissed the idea."))
                .first().satisfies(e -> assertThat(e.role()).isEqualTo("Deputy Chairman of the Security Council of Russia"));
        assertThat(entities("\"It failed,\" said Andriy Yermak, head of Zelensky's office.")).first().satisfies(e -> {
            assertThat(e.actor().entityId()).isEqualTo("local:andriy-yermak");
            assertThat(e.role()).isEqualTo("head of Zelensky's office");
        });
    }

    @Test
    void laterShortFormsLinkToTheFullName() {
        List<EntityMention> found = entities("US envoy Keith Kellogg arrived in Kyiv. Kellogg met the mayor.");
        assertThat(found).extracting(e -> e.actor().entityId()).containsExactly("local:keith-kellogg", "local:keith-kellogg");
        assertThat(found.get(1).role()).isEqualTo("US envoy");
    }

    @Test
    void countriesThatActAreOrganizations() {
        assertThat(entities("Russia launched 14 ballistic missiles overnight.")).singleElement()
                .satisfies(e -> assertThat(e.actor().name()).isEqualTo("Russian Armed Forces"));
        assertThat(entities("Russia on Wednesday rejected the plan.")).singleElement()
                .satisfies(e -> assertThat(e.actor().name()).isEqualTo("Government of Russia"));
        assertThat(entities("Ukraine's capital was hit by drones launched by Russia.")).singleElement()
                .satisfies(e -> assertThat(e.actor().kind()).isEqualTo("ORGANIZATION"));
        assertThat(entities("Talks may take place in Russia next week.")).isEmpty();
    }
}
