package io.conflicttimeline.timeline.event;

import static org.assertj.core.api.Assertions.assertThat;

import io.conflicttimeline.timeline.source.StoryText;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Without a specific place in common, the texts decide whether two reports of one day are one event. */
class TextAgreementTest {

    private static final StoryText BAR_SHOOTING = StoryText.of(List.of(
            "Two men wounded in shooting outside Riverton bar",
            "Two men were shot late Saturday outside the Lantern Bar on Maple Street in Riverton, police said."));
    private static final StoryText BAR_SHOOTING_FOLLOW_UP = StoryText.of(List.of(
            "Police identify men shot near Maple Street bar",
            "Riverton police identified the two men who were shot outside the Lantern Bar late Saturday."));
    private static final StoryText HOME_INVASION = StoryText.of(List.of(
            "Woman shot during home invasion in Lakeside",
            "A woman was shot Saturday night when two men forced their way into her home on Oak Avenue in Lakeside."));
    private static final PlaceRef COUNTRY = new PlaceRef("United States", "country", "US", null, null, null, null,
            "country:US", null, "country");
    private static final PlaceRef KYIV = new PlaceRef("Kyiv", "city", "UA", "Kyiv City", null, 50.45, 30.52,
            "ua:kyiv", null, "settlement");

    private static MentionFacts shooting(String article, PlaceRef place, StoryText text) {
        return new MentionFacts(article, "ev1", "Violence against civilians", "Attack", "2016-05-14", "day", place,
                MentionFigures.NONE, List.of(), false, false, text);
    }

    private static EventCandidate event(MentionFacts founder) {
        return new EventCandidate(UUID.randomUUID(), Instant.parse("2026-01-01T00:00:00Z"), List.of(founder));
    }

    @Test
    void reportsTellingTheSameStoryJoin() {
        assertThat(EventResolver.compatible(shooting("b", COUNTRY, BAR_SHOOTING_FOLLOW_UP),
                event(shooting("a", null, BAR_SHOOTING)))).isTrue();
    }

    @Test
    void twoIncidentsOfOneDayInOneCountryStayApart() {
        assertThat(EventResolver.compatible(shooting("b", COUNTRY, HOME_INVASION),
                event(shooting("a", COUNTRY, BAR_SHOOTING)))).isFalse();
        assertThat(EventResolver.compatible(shooting("b", null, HOME_INVASION),
                event(shooting("a", null, BAR_SHOOTING)))).isFalse();
    }

    @Test
    void aSpecificPlaceInCommonIsEnoughWithoutTheTexts() {
        assertThat(EventResolver.compatible(shooting("b", KYIV, HOME_INVASION),
                event(shooting("a", KYIV, BAR_SHOOTING)))).isTrue();
    }

    @Test
    void mentionsWithoutTextAreNotCompared() {
        assertThat(EventResolver.compatible(shooting("b", null, null), event(shooting("a", null, BAR_SHOOTING))))
                .isTrue();
    }

    @Test
    void statementsOfOneNamedPartyNeedNoTextAgreement() {
        List<ActorRef> zelensky = List.of(new ActorRef("wikidata:Q3874799", "Volodymyr Zelensky", "party"));
        MentionFacts first = new MentionFacts("a", "ev1", "Statements", "Rejection", "2025-02-12", "day", null,
                MentionFigures.NONE, zelensky, false, false, BAR_SHOOTING);
        MentionFacts second = new MentionFacts("b", "ev1", "Statements", "Rejection", "2025-02-12", "day", null,
                MentionFigures.NONE, zelensky, false, false, HOME_INVASION);
        MentionFacts anonymous = new MentionFacts("c", "ev1", "Statements", "Rejection", "2025-02-12", "day", null,
                MentionFigures.NONE, List.of(), false, false, HOME_INVASION);
        assertThat(EventResolver.compatible(second, event(first))).isTrue();
        assertThat(EventResolver.compatible(anonymous, event(first))).isFalse();
    }

    @Test
    void aRevisedTollJoinsWhenBothReportsNameTheSameVictim() {
        MentionFigures oneWounded = new MentionFigures(null, new FigureReport(1, "exact"), null, null, null, null,
                null);
        MentionFigures oneKilled = new MentionFigures(new FigureReport(1, "exact"), new FigureReport(0, "exact"),
                null, null, null, null, null);
        MentionFacts first = new MentionFacts("a", "ev1", "Violence against civilians", "Attack", "2016-05-14", "day",
                null, oneWounded, List.of(), false, false, BAR_SHOOTING.withPersons(Set.of("dana whitfield")));
        MentionFacts died = new MentionFacts("b", "ev1", "Violence against civilians", "Attack", "2016-05-14", "day",
                null, oneKilled, List.of(), false, false,
                BAR_SHOOTING_FOLLOW_UP.withPersons(Set.of("dana whitfield")));
        MentionFacts otherVictim = new MentionFacts("c", "ev1", "Violence against civilians", "Attack", "2016-05-14",
                "day", null, oneKilled, List.of(), false, false,
                BAR_SHOOTING_FOLLOW_UP.withPersons(Set.of("carl mendes")));
        assertThat(EventResolver.compatible(died, event(first))).isTrue();
        assertThat(EventResolver.compatible(otherVictim, event(first))).isFalse();
        // One report may tell of two shootings: it shares its persons with itself, which identifies nothing.
        MentionFacts sameReportOtherShooting = new MentionFacts("a", "ev2", "Violence against civilians", "Attack",
                "2016-05-14", "day", null, oneKilled, List.of(), false, false, first.text());
        assertThat(EventResolver.compatible(sameReportOtherShooting, event(first))).isFalse();
    }

    @Test
    void aSharedPersonDoesNotBridgeDays() {
        MentionFacts first = shooting("a", null, BAR_SHOOTING.withPersons(Set.of("dana whitfield")));
        MentionFacts monthLater = new MentionFacts("b", "ev1", "Violence against civilians", "Attack", "2016-06-20",
                "day", null, MentionFigures.NONE, List.of(), false, false,
                BAR_SHOOTING_FOLLOW_UP.withPersons(Set.of("dana whitfield")));
        assertThat(EventResolver.compatible(monthLater, event(first))).isFalse();
    }

    @Test
    void aPersonTheReportsOfSeveralEventsNameIdentifiesNone() {
        Set<String> spokesman = Set.of("lee ortiz");
        MentionFacts barShooting = shooting("a", null, BAR_SHOOTING.withPersons(spokesman));
        MentionFacts homeInvasion = shooting("b", null, HOME_INVASION.withPersons(spokesman));
        MentionFacts follow = shooting("c", null, StoryText.of(List.of("Detectives seek witnesses to bar shooting",
                "Anyone with information should call detectives, police said.")).withPersons(spokesman));
        EventCandidate bar = event(barShooting);
        assertThat(EventResolver.resolve(follow, List.of(bar))).contains(bar);
        assertThat(EventResolver.resolve(follow, List.of(bar, event(homeInvasion)))).isEmpty();
    }

    /**
     * Placement applies the rules without the texts first and reads the texts only for the events that remain: that is
     * exact only while a text can refuse a merge but never enable one.
     */
    @Test
    void withoutTheTextsTheRulesAcceptASuperset() {
        List<MentionFacts> mentions = List.of(shooting("b", COUNTRY, BAR_SHOOTING_FOLLOW_UP),
                shooting("b", COUNTRY, HOME_INVASION), shooting("b", KYIV, HOME_INVASION),
                shooting("b", null, BAR_SHOOTING));
        List<EventCandidate> events = List.of(event(shooting("a", null, BAR_SHOOTING)),
                event(shooting("a", COUNTRY, BAR_SHOOTING)), event(shooting("a", KYIV, BAR_SHOOTING)));
        for (MentionFacts mention : mentions) {
            for (EventCandidate candidate : events) {
                EventCandidate textless = new EventCandidate(candidate.id(), candidate.createdAt(),
                        candidate.mentions().stream().map(m -> m.withText(null)).toList());
                if (EventResolver.compatible(mention, candidate)) {
                    assertThat(EventResolver.compatible(mention.withText(null), textless)).isTrue();
                    assertThat(EventResolver.compatible(mention, textless)).isTrue();
                }
            }
        }
        // A shared private person lets a revised toll join: the candidates' unknown texts must not refuse it.
        MentionFigures oneWounded = new MentionFigures(null, new FigureReport(1, "exact"), null, null, null, null,
                null);
        MentionFigures oneKilled = new MentionFigures(new FigureReport(1, "exact"), new FigureReport(0, "exact"),
                null, null, null, null, null);
        EventCandidate wounded = event(new MentionFacts("a", "ev1", "Violence against civilians", "Attack",
                "2016-05-14", "day", null, oneWounded, List.of(), false, false,
                BAR_SHOOTING.withPersons(Set.of("dana whitfield"))));
        MentionFacts died = new MentionFacts("b", "ev1", "Violence against civilians", "Attack", "2016-05-14", "day",
                null, oneKilled, List.of(), false, false,
                BAR_SHOOTING_FOLLOW_UP.withPersons(Set.of("dana whitfield")));
        EventCandidate woundedTextless = new EventCandidate(wounded.id(), wounded.createdAt(),
                wounded.mentions().stream().map(m -> m.withText(null)).toList());
        assertThat(EventResolver.compatible(died, wounded)).isTrue();
        assertThat(EventResolver.compatible(died, woundedTextless)).isTrue();
        assertThat(EventResolver.compatible(mentions.get(1), events.get(1))).isFalse();
        assertThat(EventResolver.compatible(mentions.get(1).withText(null), events.get(1))).isTrue();
    }

    private static final StoryText BROOKTON = StoryText.of(List.of("Man wounded in shooting in Brookton",
            "A man was wounded Saturday when someone fired into a parked car, police said."));
    private static final StoryText BROOKTON_OTHER_OUTLET = StoryText.of(List.of("Victim of Saturday gunfire dies",
            "The man shot in Brookton on Saturday has died at a hospital, a coroner said."));
    private static final StoryText ASHFORD = StoryText.of(List.of("Victim of Saturday gunfire dies",
            "The man shot in Ashford on Saturday has died at a hospital, a coroner said."));

    @Test
    void aPlaceTheGazetteerDoesNotKnowTellsTheStoryAndLetsATollBeRevised() {
        MentionFigures oneWounded = new MentionFigures(null, new FigureReport(1, "exact"), null, null, null, null,
                null);
        MentionFigures oneKilled = new MentionFigures(new FigureReport(1, "exact"), new FigureReport(0, "exact"),
                null, null, null, null, null);
        EventCandidate wounded = event(new MentionFacts("a", "ev1", "Violence against civilians", "Attack",
                "2016-05-14", "day", COUNTRY, oneWounded, List.of(), false, false, BROOKTON));
        MentionFacts died = new MentionFacts("b", "ev1", "Violence against civilians", "Attack", "2016-05-14", "day",
                COUNTRY, oneKilled, List.of(), false, false, BROOKTON_OTHER_OUTLET);
        MentionFacts diedElsewhere = new MentionFacts("c", "ev1", "Violence against civilians", "Attack",
                "2016-05-14", "day", COUNTRY, oneKilled, List.of(), false, false, ASHFORD);
        assertThat(EventResolver.compatible(died, wounded)).isTrue();
        assertThat(EventResolver.compatible(diedElsewhere, wounded)).isFalse();
        EventCandidate textless = new EventCandidate(wounded.id(), wounded.createdAt(),
                wounded.mentions().stream().map(m -> m.withText(null)).toList());
        assertThat(EventResolver.compatible(died, textless)).isTrue();
    }

    @Test
    void aPlaceTheReportsOfSeveralEventsNameIdentifiesNone() {
        EventCandidate first = event(shooting("a", null, BROOKTON));
        EventCandidate second = event(shooting("b", null, StoryText.of(List.of("Store clerk robbed in Brookton",
                "Two men with a handgun robbed a convenience store clerk on Saturday."))));
        MentionFacts follow = shooting("c", null, BROOKTON_OTHER_OUTLET);
        assertThat(EventResolver.resolve(follow, List.of(first))).contains(first);
        assertThat(EventResolver.resolve(follow, List.of(first, second))).isEmpty();
    }
}
