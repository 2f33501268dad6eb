package io.conflicttimeline.timeline.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PlaceNamesTest {

    @Test
    void namesAfterAPrepositionOfPlaceAndInADateline() {
        assertThat(PlaceNames.of(List.of("Teen wounded in shooting in Glen Harbor", "GREY FALLS, Ore. (AP) — A man"
                + " was shot near Pike Hollow on Tuesday."), Set.of()))
                .containsExactlyInAnyOrder("glen harbor", "grey falls", "pike hollow");
        assertThat(PlaceNames.of(List.of("Shelling hit the village of Stara Volya overnight"), Set.of()))
                .containsExactly("stara volya");
    }

    @Test
    void facilitiesStreetsAndCalendarWordsAreNotPlaces() {
        assertThat(PlaceNames.of(List.of("He died at Saint Clare Hospital in March after a fight in Custody.",
                "Shots were fired in Maple Street and in East Dallas."), Set.of())).isEmpty();
        assertThat(PlaceNames.of(List.of("A man was shot in Brookton's north end."), Set.of()))
                .containsExactly("brookton");
    }

    @Test
    void namesTheGazetteerResolvedAreLeftToIt() {
        assertThat(PlaceNames.of(List.of("A drone hit a house in Kharkiv and in Zelena Dolyna."), Set.of("kharkiv")))
                .containsExactly("zelena dolyna");
    }

    @Test
    void twoReportsNamingOnePlaceShareIt() {
        StoryText first = StoryText.of(List.of("Man killed in shooting in Glen Harbor",
                "A 30-year-old man was shot and killed late Friday, police said."));
        StoryText second = StoryText.of(List.of("Victim of Friday shooting dies",
                "The man wounded in Glen Harbor on Friday has died, his family said."));
        StoryText elsewhere = StoryText.of(List.of("Man killed in shooting in Pike Hollow",
                "A 30-year-old man was shot and killed late Friday, police said."));
        assertThat(first.sharesPlace(second)).isTrue();
        assertThat(first.sharesPlace(elsewhere)).isFalse();
    }
}
