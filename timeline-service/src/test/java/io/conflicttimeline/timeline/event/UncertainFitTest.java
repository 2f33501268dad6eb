package io.conflicttimeline.timeline.event;

import static org.assertj.core.api.Assertions.assertThat;

import io.conflicttimeline.timeline.source.StoryText;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Follow-ups dated weeks later and revised tolls: a date or a toll that fits only possibly lets a report join an event
 * when the stories agree beyond the place they share, never on the place alone.
 */
class UncertainFitTest {

    private static final String ATTACK = "Violence against civilians";
    private static final PlaceRef RIVERTON = new PlaceRef("Riverton", "city", "US", "Ohio", null, 40.1, -83.0,
            "us:riverton", null, "settlement");
    private static final LocalDate INCIDENT = LocalDate.parse("2016-05-14");

    private static final StoryText FIRST_REPORT = text(INCIDENT.plusDays(1),
            "Two men wounded in shooting outside Riverton bar",
            "Two men were shot late Saturday outside the Lantern Bar on Maple Street in Riverton, police said.",
            "Daniel Okafor and Marcus Reyes were taken to Grant Medical Center.");
    private static final StoryText TRIAL = text(INCIDENT.plusDays(30),
            "Riverton man charged in Lantern Bar shooting",
            "A Riverton man was charged Tuesday with shooting Daniel Okafor and Marcus Reyes outside the Lantern Bar.",
            "He appeared in court on Tuesday.");
    private static final StoryText OTHER_ARREST = text(INCIDENT.plusDays(30),
            "Riverton teen charged in robbery at gas station",
            "A Riverton teenager was charged Tuesday with robbing a clerk at a Main Street gas station at gunpoint.");

    private static StoryText text(LocalDate reported, String... sentences) {
        return StoryText.of(List.of(sentences)).reportedOn(reported);
    }

    private static MentionFacts mention(String article, String date, MentionFigures figures, StoryText text,
                                        boolean dateReported) {
        return new MentionFacts(article, "ev1", ATTACK, "Attack", date, "day", RIVERTON, figures, List.of(), false,
                false, List.of(), text, dateReported);
    }

    private static EventCandidate event(MentionFacts founder) {
        return new EventCandidate(UUID.randomUUID(), Instant.parse("2026-01-01T00:00:00Z"), List.of(founder));
    }

    private static MentionFigures casualties(Integer killed, Integer injured) {
        return new MentionFigures(killed == null ? null : FigureReport.exact(killed),
                injured == null ? null : FigureReport.exact(injured), null, null, null, null, null);
    }

    @Test
    void aFollowUpDatedByItsOwnHearingJoinsTheIncidentItTellsOf() {
        EventCandidate incident = event(mention("a", INCIDENT.toString(), casualties(0, 2), FIRST_REPORT, false));
        assertThat(TRIAL.followUp()).isTrue();
        assertThat(FIRST_REPORT.followUp()).isFalse();
        assertThat(EventResolver.compatible(mention("b", INCIDENT.plusDays(29).toString(), MentionFigures.NONE, TRIAL,
                false), incident)).isTrue();
    }

    @Test
    void aFollowUpOfAnotherStoryInTheSameTownStaysApart() {
        EventCandidate incident = event(mention("a", INCIDENT.toString(), casualties(0, 2), FIRST_REPORT, false));
        assertThat(EventResolver.compatible(mention("b", INCIDENT.plusDays(29).toString(), MentionFigures.NONE,
                OTHER_ARREST, false), incident)).isFalse();
    }

    @Test
    void aReportDatedOnlyByItsPublicationReachesBackAWindowNotFurther() {
        StoryText undatedRecap = text(INCIDENT.plusDays(20), "Men shot outside the Lantern Bar recovering",
                "Daniel Okafor and Marcus Reyes, shot outside the Lantern Bar in Riverton, are recovering.");
        EventCandidate incident = event(mention("a", INCIDENT.toString(), MentionFigures.NONE, FIRST_REPORT, false));
        assertThat(EventResolver.compatible(mention("b", INCIDENT.plusDays(20).toString(), MentionFigures.NONE,
                undatedRecap, true), incident)).isTrue();
        // The same date stated by the text is the incident's own: a different day is a different incident.
        assertThat(EventResolver.compatible(mention("b", INCIDENT.plusDays(20).toString(), MentionFigures.NONE,
                undatedRecap, false), incident)).isFalse();
        StoryText muchLater = undatedRecap.reportedOn(INCIDENT.plusDays(EventResolver.REPORT_WINDOW_DAYS + 5));
        assertThat(EventResolver.compatible(mention("b", INCIDENT.plusDays(EventResolver.REPORT_WINDOW_DAYS + 5)
                .toString(), MentionFigures.NONE, muchLater, true), incident)).isFalse();
    }

    @Test
    void aLaterHigherTollRevisesButALaterLowerOneContradicts() {
        StoryText update = text(INCIDENT.plusDays(2), "Second man shot outside Lantern Bar dies",
                "Marcus Reyes, one of two men shot outside the Lantern Bar in Riverton on Saturday, has died.",
                "Daniel Okafor remains in hospital.");
        EventCandidate incident = event(mention("a", INCIDENT.toString(), casualties(0, 2), FIRST_REPORT, false));
        assertThat(EventResolver.figureFit(mention("b", INCIDENT.toString(), casualties(1, 1), update, false),
                incident.mentions().getFirst())).isEqualTo(EventResolver.Fit.POSSIBLE);
        assertThat(EventResolver.compatible(mention("b", INCIDENT.toString(), casualties(1, 1), update, false),
                incident)).isTrue();
        // Fewer killed later is not a revision; nor are victims that vanish.
        EventCandidate deadly = event(mention("a", INCIDENT.toString(), casualties(2, 0), FIRST_REPORT, false));
        assertThat(EventResolver.compatible(mention("b", INCIDENT.toString(), casualties(1, 0), update, false),
                deadly)).isFalse();
        EventCandidate many = event(mention("a", INCIDENT.toString(), casualties(1, 5), FIRST_REPORT, false));
        assertThat(EventResolver.compatible(mention("b", INCIDENT.toString(), casualties(2, 0), update, false),
                many)).isFalse();
    }

    @Test
    void aRevisedTollNeedsTheStoryNotOnlyThePlace() {
        EventCandidate incident = event(mention("a", INCIDENT.toString(), casualties(0, 2), FIRST_REPORT, false));
        StoryText otherStory = text(INCIDENT.plusDays(1), "Man killed in Riverton gas station robbery",
                "A clerk was shot and killed during a robbery at a Main Street gas station in Riverton.");
        assertThat(EventResolver.compatible(mention("b", INCIDENT.toString(), casualties(1, 0), otherStory, false),
                incident)).isFalse();
    }

    @Test
    void aNeighbouringViolenceFamilyJoinsOnlyWhenTheStoryAgrees() {
        StoryText gunfight = text(INCIDENT.plusDays(1), "Gunfight outside Lantern Bar leaves two hurt",
                "Daniel Okafor and Marcus Reyes were wounded in an exchange of fire outside the Lantern Bar in"
                        + " Riverton on Saturday.");
        EventCandidate incident = event(mention("a", INCIDENT.toString(), MentionFigures.NONE, FIRST_REPORT, false));
        MentionFacts clash = new MentionFacts("b", "ev1", "Battles", "Armed clash", INCIDENT.toString(), "day",
                RIVERTON, MentionFigures.NONE, List.of(), false, false, List.of(), gunfight, false);
        assertThat(EventResolver.compatible(clash, incident)).isTrue();
        MentionFacts otherClash = new MentionFacts("c", "ev1", "Battles", "Armed clash", INCIDENT.toString(), "day",
                RIVERTON, MentionFigures.NONE, List.of(), false, false, List.of(), OTHER_ARREST, false);
        assertThat(EventResolver.compatible(otherClash, incident)).isFalse();
        MentionFacts protest = new MentionFacts("d", "ev1", "Protests", "Peaceful protest", INCIDENT.toString(),
                "day", RIVERTON, MentionFigures.NONE, List.of(), false, false, List.of(), gunfight, false);
        assertThat(EventResolver.compatible(protest, incident)).isFalse();
    }
}
