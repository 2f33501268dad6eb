package io.conflicttimeline.nlp.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import org.junit.jupiter.api.Test;

import io.conflicttimeline.nlp.TestPipeline;
import io.conflicttimeline.nlp.messaging.ArticleAnnotated;

/** The resolution cases against the shipped gazetteer and actor KB (one identity whatever the spelling). */
class ShippedDataResolutionTest {

    private static ArticleAnnotated annotate(String text) {
        return TestPipeline.annotate(text, "2025-02-12T10:00:00Z");
    }

    @Test
    void everySpellingOfThePresidentIsOnePerson() {
        ArticleAnnotated a = annotate("Volodymyr Zelensky visited Kharkiv. Zelenskyy said the front held. \"We will not give up,\" he wrote. "
                + "Later the Ukrainian president met troops, and Zelensky thanked them.");
        assertThat(a.entities()).filteredOn(e -> e.kind().equals("PERSON"))
                .extracting(ArticleAnnotated.Entity::text, ArticleAnnotated.Entity::entityId)
                .containsExactly(tuple("Volodymyr Zelensky", "wikidata:Q3874799"), tuple("Zelenskyy", "wikidata:Q3874799"),
                        tuple("he", "wikidata:Q3874799"), tuple("Ukrainian president", "wikidata:Q3874799"),
                        tuple("Zelensky", "wikidata:Q3874799"));
        assertThat(a.entities()).filteredOn(e -> e.kind().equals("PERSON")).extracting(ArticleAnnotated.Entity::role)
                .containsOnly("President of Ukraine");
    }

    @Test
    void everySpellingOfACityIsOnePlace() {
        assertSamePlace("Shells hit Kyiv.", "Shells hit Kiev.");
        assertSamePlace("Shells hit Kryvyi Rih.", "Shells hit Krivoy Rog.");
        assertSamePlace("Shells hit Kharkiv.", "Shells hit Kharkov.");
        assertSamePlace("Shells hit Dnipro.", "Shells hit Dnepropetrovsk.");
    }

    @Test
    void aTownsDistrictIsTheRaionNamedAfterIt() {
        ArticleAnnotated.Place p = annotate("Shelling was reported in the Korosten district of Zhytomyr Oblast.").places().get(0);
        assertThat(p.name()).isEqualTo("Korostenskyi Raion");
        assertThat(p.kind()).isEqualTo("admin2");
        // a town alone stays the town
        assertThat(annotate("Shelling was reported in Korosten, Zhytomyr Oblast.").places().get(0).kind()).isEqualTo("city");
    }

    private static void assertSamePlace(String a, String b) {
        ArticleAnnotated.Place pa = annotate(a).places().get(0);
        ArticleAnnotated.Place pb = annotate(b).places().get(0);
        assertThat(pb.gazetteerId()).isEqualTo(pa.gazetteerId());
        assertThat(pa.kind()).isEqualTo("city");
        assertThat(pa.admin1()).isNotBlank();
        assertThat(pa.precision()).isEqualTo("settlement");
    }

    @Test
    void securityCouncilFollowsTheCountryBeforeIt() {
        assertThat(annotate("Dmitry Medvedev, deputy chairman of Russia's influential Security Council, spoke.").entities())
                .extracting(ArticleAnnotated.Entity::entityId).contains("local:security-council-of-russia")
                .doesNotContain("wikidata:Q37470");
        assertThat(annotate("The Ukrainian Security Council met on Monday.").entities())
                .extracting(ArticleAnnotated.Entity::entityId).containsExactly("local:nsdc-ukraine");
        assertThat(annotate("The Security Council voted on the resolution in New York.").entities())
                .extracting(ArticleAnnotated.Entity::entityId).containsExactly("wikidata:Q37470");
    }

    @Test
    void knownPeopleGetTheKbRoleAndUnknownPeopleKeepTheText() {
        assertThat(annotate("Kyiv mayor Vitali Klitschko said a girl was hurt.").entities()).singleElement()
                .satisfies(e -> assertThat(e.role()).isEqualTo("Mayor of Kyiv"));
        assertThat(annotate("Dmitry Medvedev, deputy chairman of Russia's Security Council, dismissed the idea.").entities())
                .filteredOn(e -> e.kind().equals("PERSON")).singleElement()
                .satisfies(e -> assertThat(e.role()).isEqualTo("Deputy Chairman of the Security Council of Russia"));
        assertThat(annotate("Damage was reported, Poltava regional governor Ivan Petrenkovych said.").entities()).singleElement()
                .satisfies(e -> {
                    assertThat(e.entityId()).isEqualTo("local:ivan-petrenkovych");
                    assertThat(e.role()).isEqualTo("Poltava regional governor");
                });
    }

    @Test
    void roleDescriptionsResolveToTheOfficeHolder() {
        assertThat(annotate("\"It is impossible,\" the Kremlin spokesman told reporters.").entities())
                .extracting(ArticleAnnotated.Entity::entityId).containsExactly("local:dmitry-peskov");
        assertThat(annotate("Kyiv's mayor reported that a girl was injured.").entities())
                .extracting(ArticleAnnotated.Entity::entityId).containsExactly("local:vitali-klitschko");
    }

    @Test
    void anOfficeHolderTheArticleNamedWinsOverTodaysHolder() {
        assertThat(annotate("Olaf Scholz met Zelensky in Kyiv. Later the German chancellor said more weapons would follow.").entities())
                .filteredOn(e -> e.text().equals("German chancellor")).singleElement()
                .satisfies(e -> assertThat(e.entityId()).isEqualTo("wikidata:Q61053"));
    }

    @Test
    void aCouncilNamedAfterAnotherStateIsNotTheUns() {
        assertThat(annotate("The delivery is held up by Germany's Federal Security Council, Welt reported.").entities())
                .extracting(ArticleAnnotated.Entity::entityId).containsExactly("local:security-council-of-germany");
    }

    @Test
    void aCapitalAfterAPrepositionStaysAPlace() {
        ArticleAnnotated a = annotate("Sources in Moscow told Reuters on Tuesday that the pipeline would stay shut.");
        assertThat(a.places()).extracting(ArticleAnnotated.Place::name).containsExactly("Moscow");
    }

    @Test
    void aCountrysCapitalPhraseIsOnePlace() {
        ArticleAnnotated a = annotate("One person was killed in Russia's latest missile attack on Ukraine's capital overnight.");
        assertThat(a.places()).extracting(ArticleAnnotated.Place::text, ArticleAnnotated.Place::name)
                .containsExactly(tuple("Ukraine's capital", "Kyiv"));
    }

    @Test
    void aCapitalThatSpeaksIsItsGovernment() {
        ArticleAnnotated a = annotate("Zelensky said that Moscow is not interested in peace after a drone attack on Kyiv killed one person.");
        assertThat(a.entities()).extracting(ArticleAnnotated.Entity::text, ArticleAnnotated.Entity::entityId, ArticleAnnotated.Entity::kind)
                .contains(tuple("Moscow", "wikidata:Q2305275", "ORGANIZATION"));
        assertThat(a.places()).extracting(ArticleAnnotated.Place::name).containsExactly("Kyiv");
        assertThat(annotate("Washington said it would send more air defence systems.").entities())
                .extracting(ArticleAnnotated.Entity::entityId).containsExactly("wikidata:Q48525");
        assertThat(annotate("He said Kyiv was ready for serious talks.").places()).isEmpty();
        assertThat(annotate("Drones struck Kyiv overnight.").places()).extracting(ArticleAnnotated.Place::name).containsExactly("Kyiv");
    }
}
