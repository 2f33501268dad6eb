package io.conflicttimeline.nlp.place;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;

import org.junit.jupiter.api.Test;

import io.conflicttimeline.nlp.TestPipeline;

class PlaceRecognizerTest {

    private final PlaceRecognizer recognizer = new PlaceRecognizer(TestPipeline.fixtureGazetteer());

    private List<PlaceMention> places(String text) {
        return recognizer.recognize(TestPipeline.analyzer().analyze(text));
    }

    @Test
    void longestMatchAndAliases() {
        List<PlaceMention> found = places("Shells fell on Kryvyy Rih and on Kiev, officials in Ukraine said.");
        assertThat(found).extracting(p -> p.entry().name()).containsExactly("Kryvyi Rih", "Kyiv", "Ukraine");
        assertThat(found.get(0).text()).isEqualTo("Kryvyy Rih");
        assertThat(found).extracting(p -> p.entry().precision()).containsExactly("settlement", "settlement", "country");
    }

    @Test
    void regionAndRegionalPhrasesAreTheAdmin1() {
        List<PlaceMention> found = places("Strikes in the Sumy region killed two, and Dnipropetrovsk regional governor Serhiy Lysak said so.");
        assertThat(found).extracting(PlaceMention::text).containsExactly("Sumy region", "Dnipropetrovsk");
        assertThat(found).extracting(p -> p.entry().kind()).containsOnly("admin1");
        assertThat(found.get(1).entry().name()).isEqualTo("Dnipropetrovsk Oblast");
    }

    @Test
    void districtListsAfterACityPossessive() {
        List<PlaceMention> found = places("The attack caused damage in Kyiv's Holosiivskyi, Podilskyi and Obolonskyi districts.");
        assertThat(found).extracting(p -> p.entry().name())
                .containsExactly("Kyiv", "Holosiivskyi District", "Podilskyi District", "Obolonskyi District");
        assertThat(found.subList(1, 4)).allMatch(p -> p.entry().precision().equals("district"));
    }

    @Test
    void capitalPhrasesResolveToTheCountrysCapital() {
        assertThat(places("Russia's latest missile attack on Ukraine’s capital overnight.")).extracting(PlaceMention::text, p -> p.entry().name())
                .containsExactly(tuple("Russia", "Russia"), tuple("Ukraine’s capital", "Kyiv"));
        assertThat(places("Missiles struck the Ukrainian capital.")).singleElement()
                .satisfies(p -> assertThat(p.text()).isEqualTo("Ukrainian capital"));
        assertThat(places("Officials in Ukraine said fires broke out in four districts of the capital.")).extracting(p -> p.entry().name())
                .containsExactly("Ukraine", "Kyiv");
        assertThat(places("Drones were shot down near Russia's capital.")).extracting(p -> p.entry().name()).containsExactly("Moscow");
        assertThat(places("Ukraine's capital Kyiv was hit.")).extracting(PlaceMention::text).containsExactly("Ukraine", "Kyiv");
    }

    @Test
    void namesOfPapersAreNotPlaces() {
        PlaceRecognizer shipped = new PlaceRecognizer(TestPipeline.gazetteer());
        assertThat(shipped.recognize(TestPipeline.analyzer().analyze("As detailed by India Times and the New York Times, Kyiv was hit.")))
                .extracting(p -> p.entry().name()).containsExactly("Kyiv");
    }

    @Test
    void kyivRaionsInTheShippedGazetteerAreDistrictsOfKyivCity() {
        PlaceRecognizer shipped = new PlaceRecognizer(TestPipeline.gazetteer());
        List<PlaceMention> found = shipped.recognize(TestPipeline.analyzer().analyze("Blasts hit the Holosiivskyi district and, "
                + "in Kyiv's Obolon district, homes burned; Darnytskyi, Desnianskyi, Dniprovskyi, Pecherskyi, Podilskyi, "
                + "Shevchenkivskyi, Solomianskyi and Sviatoshynskyi districts lost power, as did the Solomyanskyi district."));
        assertThat(found).filteredOn(p -> !p.entry().kind().equals("city")).extracting(p -> p.entry().name()).containsExactly(
                "Holosiivskyi", "Obolonskyi", "Darnytskyi", "Desnianskyi", "Dniprovskyi", "Pecherskyi", "Podilskyi",
                "Shevchenkivskyi", "Solomianskyi", "Sviatoshynskyi", "Solomianskyi");
        assertThat(found).filteredOn(p -> !p.entry().kind().equals("city")).allSatisfy(p -> {
            assertThat(p.entry().kind()).isEqualTo("district");
            assertThat(p.entry().admin1()).isEqualTo("Kyiv City");
            assertThat(p.entry().lat()).isBetween(50.3, 50.6);
            assertThat(p.entry().lon()).isBetween(30.3, 30.8);
        });
    }

    @Test
    void spellingVariantsAndRegionalCentres() {
        PlaceRecognizer shipped = new PlaceRecognizer(TestPipeline.gazetteer());
        // a Russian-based spelling the table lacks, placed by the region named with it
        assertThat(shipped.recognize(TestPipeline.analyzer().analyze("Shelling hit the village of Yagodnoye in the Chernihiv region.")))
                .first().satisfies(p -> assertThat(p.entry().admin1()).isEqualTo("Chernihiv Oblast"));
        // a regional centre's spelling before "region" names the oblast; Kiev region is Kyiv Oblast, not the city
        assertThat(shipped.recognize(TestPipeline.analyzer().analyze("Strikes hit the Zaporizhia region and the Kiev region.")))
                .extracting(p -> p.entry().name()).containsExactly("Zaporizhzhia Oblast", "Kyiv Oblast");
    }

    @Test
    void placesListedAfterRegionsAreTheAdmin1() {
        assertThat(places("Strikes killed people in regions like Kharkiv and Donetsk.")).extracting(p -> p.entry().name())
                .containsExactly("Kharkiv Oblast", "Donetsk Oblast");
    }

    @Test
    void demonymsAloneAreNotPlaces() {
        assertThat(places("A Russian missile hit a Ukrainian school.")).isEmpty();
    }

    @Test
    void sentenceInitialCommonWordIsNotAVillage() {
        assertThat(places("Peace through strength, is it?")).isEmpty();
    }

    @Test
    void contextDisambiguatesHomonyms() {
        assertThat(places("Shelling hit Novoselivka in the Donetsk region.")).first()
                .satisfies(p -> assertThat(p.entry().admin1()).isEqualTo("Donetsk Oblast"));
        assertThat(places("Shelling hit Novoselivka, the Kharkiv region governor said.")).first()
                .satisfies(p -> assertThat(p.entry().admin1()).isEqualTo("Kharkiv Oblast"));
    }

    @Test
    void containment() {
        Gazetteer g = TestPipeline.fixtureGazetteer();
        GazetteerEntry kyiv = g.lookup("Kyiv").get(0);
        GazetteerEntry district = g.lookup("Podilskyi").get(0);
        GazetteerEntry ukraine = g.lookup("Ukraine").get(0);
        assertThat(district.within(kyiv)).isTrue();
        assertThat(kyiv.within(ukraine)).isTrue();
        assertThat(ukraine.within(kyiv)).isFalse();
        assertThat(g.capitalOf("UA")).isEqualTo(kyiv);
        assertThat(g.countryByDemonym("Ukrainian")).isEqualTo(ukraine);
    }
}
