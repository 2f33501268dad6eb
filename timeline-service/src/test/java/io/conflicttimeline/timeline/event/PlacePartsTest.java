package io.conflicttimeline.timeline.event;

import static io.conflicttimeline.timeline.event.PlaceRefTest.HOLOSIIVSKYI;
import static io.conflicttimeline.timeline.event.PlaceRefTest.KYIV;
import static io.conflicttimeline.timeline.event.PlaceRefTest.KYIV_OBLAST;
import static io.conflicttimeline.timeline.event.PlaceRefTest.PODILSKYI;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The places inside an event's place that its reports name (the districts of a city a strike hit). */
class PlacePartsTest {

    private static final PlaceRef OBOLONSKYI = new PlaceRef("Obolonskyi District", "district", "UA", "Kyiv City", null,
            50.50, 30.50, "ua-district:UA-30:obolonskyi", null, "district");
    private static final PlaceRef BUCHA = new PlaceRef("Bucha", "city", "UA", "Kyiv Oblast", null, 50.54, 30.22,
            "geonames:711660", 711660L, "settlement");
    private static final String STRIKE = "Explosions/Remote violence";
    private static final String SHELLING = "Shelling/artillery/missile attack";

    private static MentionFacts mention(String article, PlaceRef place, List<PlaceRef> parts) {
        return new MentionFacts(article, "ev1", STRIKE, SHELLING, "2025-02-12", "day", place, null, List.of(), false,
                false, parts);
    }

    @Test
    void partsAreTheNamedPlacesInsideEachOnceInReportOrder() {
        assertThat(KYIV.partsAmong(List.of(PODILSKYI, KYIV, HOLOSIIVSKYI, PODILSKYI, BUCHA, KYIV_OBLAST)))
                .containsExactly(PODILSKYI, HOLOSIIVSKYI);
        assertThat(PODILSKYI.partsAmong(List.of(KYIV, HOLOSIIVSKYI))).isEmpty();
    }

    @Test
    void anEventsPartsAreTheUnionOfWhatItsReportsName() {
        EventAggregate event = EventResolver.aggregate(List.of(
                mention("a", KYIV, List.of(HOLOSIIVSKYI, PODILSKYI)),
                mention("b", KYIV, List.of()),
                mention("c", KYIV, List.of(PODILSKYI, OBOLONSKYI))));
        assertThat(event.place()).isEqualTo(KYIV);
        assertThat(event.placeParts()).containsExactly(HOLOSIIVSKYI, PODILSKYI, OBOLONSKYI);
    }

    @Test
    void aReportWhosePlaceIsTheRegionContributesItsPlaceAsAPartOfNothing() {
        // One report says "the Kyiv region", another names the city and a district: the event is in the city (the
        // most specific place) and the district is its part; the region contains the event, it is not part of it.
        EventAggregate event = EventResolver.aggregate(List.of(
                mention("a", KYIV_OBLAST, List.of()),
                mention("b", KYIV, List.of(OBOLONSKYI))));
        assertThat(event.place()).isEqualTo(KYIV);
        assertThat(event.placeParts()).containsExactly(OBOLONSKYI);
    }

    @Test
    void csvAdmin2IsTheLocationsOwnElseTheNamedDistricts() {
        EventView.Location kyiv = EventView.Location.of(KYIV);
        EventView.Figures none = new EventView.Figures(null, null, new EventView.Weapons(null, null),
                new EventView.Weapons(null, null), new EventView.Prisoners(null));
        EventView withDistricts = new EventView("id", STRIKE, SHELLING, "2025-02-12", "day", kyiv, List.of(), none, "",
                List.of(), List.of(), 1.0, false, 1, java.util.Map.of(), 1,
                List.of(kyiv, EventView.Location.of(HOLOSIIVSKYI), EventView.Location.of(OBOLONSKYI)));
        assertThat(TimelineExport.admin2(withDistricts)).isEqualTo("Holosiivskyi District; Obolonskyi District");
        EventView without = new EventView("id", STRIKE, SHELLING, "2025-02-12", "day", kyiv, List.of(), none, "",
                List.of(), List.of());
        assertThat(TimelineExport.admin2(without)).isNull();
    }
}
