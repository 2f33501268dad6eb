package io.conflicttimeline.timeline.source;

import static org.assertj.core.api.Assertions.assertThat;

import io.conflicttimeline.timeline.messaging.ArticleAnnotated;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class StoryTextTest {

    private static final StoryText RIVERTON = StoryText.of(List.of(
            "Two men wounded in shooting outside Riverton bar",
            "Two men were shot late Saturday outside the Lantern Bar on Maple Street in Riverton, police said.",
            "Both were taken to Mercy Hospital with wounds that were not life-threatening."));
    private static final StoryText RIVERTON_OTHER_OUTLET = StoryText.of(List.of(
            "Police identify men shot near Maple Street bar",
            "Riverton police on Sunday identified the two men who were shot outside the Lantern Bar late Saturday.",
            "The men, 24 and 31, were treated at Mercy Hospital."));
    private static final StoryText LAKESIDE = StoryText.of(List.of(
            "Woman shot during home invasion in Lakeside",
            "A woman was shot Saturday night when two men forced their way into her home on Oak Avenue in Lakeside,"
                    + " police said.",
            "She was taken to a hospital in stable condition."));

    @Test
    void twoReportsOfOneShootingTellTheSameStory() {
        assertThat(RIVERTON.agreesWith(RIVERTON_OTHER_OUTLET)).isTrue();
        assertThat(RIVERTON_OTHER_OUTLET.agreesWith(RIVERTON)).isTrue();
    }

    @Test
    void twoShootingsOfOneNightDoNot() {
        assertThat(RIVERTON.agreesWith(LAKESIDE)).isFalse();
        assertThat(LAKESIDE.agreesWith(RIVERTON_OTHER_OUTLET)).isFalse();
    }

    @Test
    void namesAreCapitalisedWordsInsideASentenceButNotCalendarOrFunctionWords() {
        StoryText text = StoryText.of(List.of("Police said Smith was shot on Maple Street on New Year's Day."));
        assertThat(text.names()).containsExactlyInAnyOrder("smith", "maple");
    }

    @Test
    void theHeadlineLosesTheOutletsName() {
        assertThat(StoryText.headline("Two wounded in Riverton bar shooting - WXYZ News, Weather, Sports"))
                .isEqualTo("Two wounded in Riverton bar shooting");
        assertThat(StoryText.headline("Teen shot at basketball court :: Riverton Daily"))
                .isEqualTo("Teen shot at basketball court");
        assertThat(StoryText.headline(null)).isEmpty();
    }

    @Test
    void privatePersonsAreTheFullNamesTheKnowledgeBaseDoesNotKnow() {
        ArticleAnnotated article = new ArticleAnnotated(1, "a1", "Man shot on Maple Street", null, null, "en",
                "2016-05-15", "Dana  Whitfield, 24, was shot. Mayor Ann Porter spoke. Whitfield is recovering.", null,
                List.of(), List.of(), List.of(), List.of(
                        new ArticleAnnotated.Entity("n1", 0, 14, "Dana  Whitfield", "PERSON", "Dana  Whitfield",
                                "local:dana-whitfield", null, null),
                        new ArticleAnnotated.Entity("n2", 37, 47, "Ann Porter", "PERSON", "Ann Porter",
                                "wikidata:Q1", null, null),
                        new ArticleAnnotated.Entity("n3", 55, 64, "Whitfield", "PERSON", "Whitfield",
                                "local:whitfield", null, null),
                        new ArticleAnnotated.Entity("n4", 0, 0, "Riverton Police", "ORGANIZATION",
                                "Riverton Police", null, null, null)),
                List.of(), List.of(), null, null, null);
        assertThat(StoryText.persons(article)).containsExactly("dana whitfield");
        assertThat(StoryText.of(article).persons()).containsExactly("dana whitfield");
    }

    @Test
    void aSharedPrivatePersonMakesDifferentlyWordedReportsAgree() {
        StoryText funeral = StoryText.of(List.of("Hundreds mourn teenager at Riverton church",
                "Family and friends gathered Sunday to remember a student killed last week.")).withPersons(
                Set.of("dana whitfield"));
        StoryText arrest = StoryText.of(List.of("Suspect in custody after student killed in Riverton",
                "Detectives arrested a 19-year-old man in the killing of a student.")).withPersons(
                Set.of("dana whitfield", "carl mendes"));
        // Both name Riverton too (a place the gazetteer does not know): without the persons and that place they differ.
        assertThat(funeral.agreesWith(arrest.without(arrest.persons(), arrest.places()))).isFalse();
        assertThat(funeral.sharesPerson(arrest)).isTrue();
        assertThat(funeral.agreesWith(arrest)).isTrue();
        assertThat(arrest.agreesWith(funeral)).isTrue();
        assertThat(funeral.agreesWith(LAKESIDE.withPersons(Set.of("dana whitfield")))).isFalse();
    }
}
