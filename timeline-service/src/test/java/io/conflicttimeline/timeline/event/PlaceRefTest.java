package io.conflicttimeline.timeline.event;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PlaceRefTest {

    static final PlaceRef UKRAINE = new PlaceRef("Ukraine", "country", "UA", null, null, 49.0, 32.0,
            "geonames:690791", 690791L, "country");
    static final PlaceRef KYIV = new PlaceRef("Kyiv", "city", "UA", "Kyiv City", null, 50.4501, 30.5234,
            "geonames:703448", 703448L, "settlement");
    static final PlaceRef HOLOSIIVSKYI = new PlaceRef("Holosiivskyi District", "district", "UA", "Kyiv City", null,
            50.39, 30.51, "geonames:11939536", 11939536L, "district");
    static final PlaceRef PODILSKYI = new PlaceRef("Podilskyi District", "district", "UA", "Kyiv City", null,
            50.47, 30.50, "geonames:11939538", 11939538L, "district");
    static final PlaceRef KYIV_OBLAST = new PlaceRef("Kyiv Oblast", "admin1", "UA", "Kyiv Oblast", null, 50.33,
            30.47, "geonames:703446", 703446L, "admin1");
    static final PlaceRef DNIPROPETROVSK = new PlaceRef("Dnipropetrovsk Oblast", "admin1", "UA",
            "Dnipropetrovsk Oblast", null, 48.5, 35.0, "geonames:709929", 709929L, "admin1");
    static final PlaceRef KRYVYI_RIH = new PlaceRef("Kryvyi Rih", "city", "UA", "Dnipropetrovsk Oblast", null,
            47.91, 33.39, "geonames:703845", 703845L, "settlement");
    static final PlaceRef MOSCOW = new PlaceRef("Moscow", "city", "RU", "Moscow", null, 55.75, 37.62,
            "geonames:524901", 524901L, "settlement");

    @Test
    void samePlaceOrOneInsideTheOtherIsCompatible() {
        assertThat(EventResolver.placesCompatible(KYIV, KYIV)).isTrue();
        assertThat(EventResolver.placesCompatible(KYIV, HOLOSIIVSKYI)).as("a district of Kyiv is inside Kyiv").isTrue();
        assertThat(EventResolver.placesCompatible(HOLOSIIVSKYI, KYIV)).isTrue();
        assertThat(EventResolver.placesCompatible(UKRAINE, KYIV)).as("a country contains its cities").isTrue();
        assertThat(EventResolver.placesCompatible(DNIPROPETROVSK, KRYVYI_RIH)).as("an admin1 contains its cities").isTrue();
        assertThat(EventResolver.placesCompatible(null, KYIV)).as("one side without a place").isTrue();
        assertThat(EventResolver.placesCompatible(KYIV, null)).isTrue();
    }

    @Test
    void differentPlacesAreIncompatible() {
        assertThat(EventResolver.placesCompatible(KYIV, KRYVYI_RIH)).isFalse();
        assertThat(EventResolver.placesCompatible(HOLOSIIVSKYI, PODILSKYI)).isFalse();
        assertThat(EventResolver.placesCompatible(KYIV_OBLAST, KYIV))
                .as("Kyiv city is its own admin1, not part of Kyiv Oblast").isFalse();
        assertThat(EventResolver.placesCompatible(DNIPROPETROVSK, KYIV)).isFalse();
        assertThat(EventResolver.placesCompatible(UKRAINE, MOSCOW)).isFalse();
    }

    @Test
    void aDistrictFarFromTheCityIsNotInside() {
        PlaceRef farDistrict = new PlaceRef("Somewhere District", "district", "UA", "Kyiv City", null, 49.0, 30.5,
                "test:far", null, "district");
        assertThat(KYIV.contains(farDistrict)).isFalse();
    }
}
