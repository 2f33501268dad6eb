package io.conflicttimeline.timeline.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
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
}
