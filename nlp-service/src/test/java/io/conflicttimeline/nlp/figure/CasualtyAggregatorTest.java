package io.conflicttimeline.nlp.figure;

import static org.assertj.core.api.Assertions.assertThat;

import io.conflicttimeline.nlp.figure.CasualtyAggregator.Casualties;
import java.util.List;
import org.junit.jupiter.api.Test;

class CasualtyAggregatorTest {

    private final ArticleFigures articles = new ArticleFigures();

    @Test
    void victimsShotIncludeThoseWhoDiedLater() {
        String article = "Four people shot on Main Street\nFour people were shot late Saturday on Main Street. "
                + "One of the victims died at the hospital on Sunday, police said.";
        assertThat(articles.casualties(article)).isEqualTo(new Casualties(1, 3, true));
    }

    @Test
    void laterParagraphsAboutOtherIncidentsDoNotCount() {
        String article = "Man killed in overnight shooting\nA man was shot and killed early Sunday in the east end. "
                + "Police have not named a suspect. The victim was 34. Officers were called at 2 a.m. "
                + "Last month, five people were killed and 12 injured in a shooting two blocks away.";
        assertThat(articles.casualties(article)).isEqualTo(new Casualties(1, 0, true));
    }

    @Test
    void theFirstStatedCountWinsUnlessTheTollIsUpdated() {
        String article = "Missile strike on Dnipro\nAt least 12 people were killed and 40 injured in the strike. "
                + "Rescuers searched the rubble overnight. The death toll rose to 15 on Sunday.";
        assertThat(articles.casualties(article)).isEqualTo(new Casualties(15, 40, true));
    }

    @Test
    void aPerpetratorsSuicideIsACasualty() {
        String article = "The gunman killed two people before turning the gun on himself, police said.";
        assertThat(articles.casualties(article)).isEqualTo(new Casualties(3, 0, true));
        String single = "Police said a man killed his wife and then himself at their home.";
        assertThat(articles.casualties(single)).isEqualTo(new Casualties(2, 0, true));
    }

    @Test
    void aSecondIncidentInTheLeadDoesNotReplaceTheFirst() {
        String article = "Strikes on Kyiv and Sumy\nMissiles hit the capital before dawn, killing at least one person "
                + "and injuring three others. Meanwhile, shelling in the Sumy region killed two civilians and wounded "
                + "two others.";
        assertThat(articles.casualties(article)).isEqualTo(new Casualties(1, 3, true));
    }

    @Test
    void aHomicideUnitInvestigatingIsNoHomicideCharge() {
        String article = "Boy, 9, shot while hunting\nA 12-year-old accidentally shot his 9-year-old cousin on Sunday, "
                + "according to the county Homicide Unit. The younger boy was taken to a hospital.";
        assertThat(articles.casualties(article)).isEqualTo(new Casualties(0, 1, true));
        String charged = "Man charged with murder in shooting of teen\nA 19-year-old man was shot on Elm Street.";
        assertThat(articles.casualties(charged)).isEqualTo(new Casualties(1, 0, true));
    }

    @Test
    void anOrdinalSurvivorTellsHowManyWereHit() {
        String article = "Three hurt in shooting at bus stop\nThree people were wounded at a bus stop late Friday, police "
                + "said. The victims were taken to hospital. A fourth man was also injured and drove himself to a clinic.";
        assertThat(articles.casualties(article)).isEqualTo(new Casualties(0, 4, true));
        String deaths = "Second victim dies after market shooting\nTwo men were shot at the market on Monday. "
                + "A second man has died, police said, and a third man was treated for a wound to the arm.";
        assertThat(articles.casualties(deaths).injured()).as("third victim minus the two dead").isEqualTo(1);
        String tally = "Boy shot on porch\nA 6-year-old boy was shot on his porch. He is the fourth child to be shot "
                + "in the city this month.";
        assertThat(articles.casualties(tally)).isEqualTo(new Casualties(0, 1, true));
    }

    @Test
    void aVictimOfAnotherAgeThanTheDeadSurvived() {
        String article = "Girl killed in shooting at birthday party\nA 4-year-old girl was killed when shots were fired "
                + "into a house on Sunday. The 23-year-old was taken to a hospital with a wound to the arm.";
        assertThat(articles.casualties(article)).isEqualTo(new Casualties(1, 1, true));
        String same = "Boy dies after shooting\nA 15-year-old boy died on Sunday. The 15-year-old was taken to a "
                + "hospital, where he was pronounced dead.";
        assertThat(articles.casualties(same)).isEqualTo(new Casualties(1, 0, true));
    }

    @Test
    void aSingleVictimInStableConditionSurvived() {
        String article = "Man killed in shooting at gas station\nA man was shot and killed at a gas station on Friday "
                + "night. His wife was in stable condition at a hospital.";
        assertThat(articles.casualties(article)).isEqualTo(new Casualties(1, 1, true));
        String ordinal = "Three dead in farmhouse shooting\nThree people were killed and a fourth was wounded in a "
                + "shooting at a farmhouse on Sunday.";
        assertThat(articles.casualties(ordinal)).isEqualTo(new Casualties(3, 1, true));
    }

    @Test
    void aStatementFarBelowTheLeadBelongsToAnotherStory() {
        String filler = "The council met on Tuesday to discuss the budget for the coming year and the repair of roads. ";
        String article = "Man wounded in shooting on Oak Street\nA man was shot in the arm on Oak Street on Monday night "
                + "and was taken to a hospital in stable condition, police said. " + filler.repeat(12)
                + "In other news, two men were killed in a crash on the highway.";
        assertThat(articles.casualties(article)).isEqualTo(new Casualties(0, 1, true));
    }

    @Test
    void silenceIsNotAReportedZero() {
        assertThat(articles.casualties("The council met on Tuesday to discuss the budget."))
                .isEqualTo(new Casualties(0, 0, false));
    }

    @Test
    void aKindTheArticleIsSilentOnIsNoReport() {
        CasualtyAggregator aggregator = new CasualtyAggregator();
        String killedOnly = "Man killed in shooting\nA man was killed in a shooting on Elm Street on Sunday.";
        assertThat(aggregator.report(killedOnly, articles.figures(killedOnly)))
                .isEqualTo(new CasualtyAggregator.Report(new CasualtyAggregator.Count(1, "exact"), null));
        String fatal = "Police investigate a fatal shooting on Elm Street. Two other people were wounded.";
        assertThat(aggregator.report(fatal, articles.figures(fatal)).killed())
                .isEqualTo(new CasualtyAggregator.Count(1, "at_least"));
    }

    @Test
    void seedArticleOneGivesItsLeadFigures() {
        String article = "One person has been killed and four injured in Russia's latest missile attack on Ukraine's "
                + "capital overnight.\nKyiv mayor Vitali Klitschko said a nine-year-old girl was among the injured.";
        assertThat(articles.casualties(article)).isEqualTo(new Casualties(1, 4, true));
    }

    @Test
    void aVictimTakenToHospitalWhereHeDiedIsNotAlsoWounded() {
        String article = "Teen killed in shooting\nA 17-year-old was shot late Tuesday. The boy was rushed to a "
                + "hospital, where he was pronounced dead.";
        assertThat(articles.casualties(article)).isEqualTo(new Casualties(1, 0, true));
        String named = "Teen dies after shooting\nJaden Doe, 17, was taken to City Hospital, where he died.";
        assertThat(articles.casualties(named)).isEqualTo(new Casualties(1, 0, true));
    }

    @Test
    void victimsListedByConditionAddUp() {
        String article = "Shooting outside bar\nPolice said one man was in critical condition and two others were in "
                + "stable condition.";
        assertThat(articles.casualties(article)).isEqualTo(new Casualties(0, 3, true));
    }

    @Test
    void aRepeatedHeadlineDoesNotUseUpTheLead() {
        String article = "2 killed in shooting\n2 killed in shooting\n2 killed in shooting\nTwo men were killed on "
                + "Friday night. Three others were injured, police said.";
        assertThat(articles.casualties(article)).isEqualTo(new Casualties(2, 3, true));
    }

    @Test
    void aHomicideChargeSaysThePersonShotDied() {
        String article = "Teen charged with murder in shooting of 17-year-old\nA 16-year-old was arrested on Monday.";
        assertThat(articles.casualties(article)).isEqualTo(new Casualties(1, 0, true));
        String attempted = "Teen charged with attempted murder in shooting of 17-year-old\nA 16-year-old was arrested.";
        assertThat(articles.casualties(attempted)).isEqualTo(new Casualties(0, 1, true));
    }

    @Test
    void theSuicideMayBeToldInTheLeadRatherThanTheHeadline() {
        String article = "4 dead in family shooting\nFour people were killed on Friday after a woman opened fire on "
                + "relatives and then turned the gun on herself.";
        assertThat(articles.casualties(article)).isEqualTo(new Casualties(5, 0, true));
    }

    @Test
    void roundUpTalliesAreNotTheMainIncident() {
        String article = "Weekend violence\nEight people were shot in separate shootings over the weekend. In the "
                + "first, a 20-year-old man was killed on Main Street.";
        assertThat(articles.casualties(article)).isEqualTo(new Casualties(1, 0, true));
    }

    @Test
    void aDistantLargerCountDoesNotReplaceANamedVictim() {
        String article = "Man dies in shooting\nJohn Doe died at the scene on Friday. The mayor, speaking at a news "
                + "conference that covered budgets, schools, parks, road repairs, bus routes, the harbour and the "
                + "long-delayed new library on the river front, recalled that "
                + "47 people were killed when the old dam failed.";
        assertThat(articles.casualties(article)).isEqualTo(new Casualties(1, 0, true));
    }

    @Test
    void othersWoundedRightAfterTheLeadCount() {
        String article = "Shooting kills man\nA man was killed in a shooting on Friday. The man was pronounced dead at "
                + "the scene. He died instantly, a witness said. Three others were wounded, police said.";
        assertThat(articles.casualties(article)).isEqualTo(new Casualties(1, 3, true));
    }

    @Test
    void peopleTakenToHospitalMayBeTheDead() {
        String article = "Two dead in shooting at a motel\nTwo men were taken to the county hospital after a shooting "
                + "at a motel on Friday night, police said.";
        assertThat(articles.casualties(article)).isEqualTo(new Casualties(2, 0, true));
    }

    @Test
    void aWoundedVictimWhoDiedLaterIsDeadNotWounded() {
        String relative = "Girl dies\nA 12-year-old girl who was badly wounded by a stray bullet on Monday died in "
                + "hospital on Thursday, her school said.";
        assertThat(articles.casualties(relative)).isEqualTo(new Casualties(1, 0, true));
        String coordinated = "A cyclist was shot in the neck on Oak Avenue and later died at the hospital.";
        assertThat(articles.casualties(coordinated)).isEqualTo(new Casualties(1, 0, true));
        String nextSentence = "A clerk was shot during the robbery. She later died at the medical center.";
        assertThat(articles.casualties(nextSentence)).isEqualTo(new Casualties(1, 0, true));
    }

    @Test
    void theOneOfSeveralVictimsWhoDiedLeavesTheOthersWounded() {
        String article = "A college student, one of four people wounded at a party on Saturday, has died, police said.";
        assertThat(articles.casualties(article).killed()).isEqualTo(1);
        String other = "A driver was shot in the arm and his passenger died at the scene.";
        assertThat(articles.casualties(other).killed()).isEqualTo(1);
    }

    @Test
    void someoneElseAlsoShotRightAfterTheLeadIsWounded() {
        String lead = "Man killed in shooting\nA 30-year-old man was shot and killed outside a bar on Friday night. "
                + "Police are looking for two suspects. The shooting happened just after midnight. Officers found "
                + "the victim on the sidewalk. ";
        assertThat(articles.casualties(lead + "A 25-year-old woman was also shot and is expected to survive."))
                .isEqualTo(new Casualties(1, 1, true));
        assertThat(articles.casualties(lead + "The man was also shot in the arm, police said."))
                .isEqualTo(new Casualties(1, 0, true));
    }

    @Test
    void aGunmanKilledByPoliceIsNotOneOfThePeopleHeShot() {
        String article = "Gunman killed by police\nA man who shot three people at a gas station was shot and killed "
                + "by police on Tuesday night.";
        assertThat(articles.casualties(article)).isEqualTo(new Casualties(1, 3, true));
    }

    @Test
    void theOtherOfTheShooterIsTheVictimNotAnotherOne() {
        String article = "Boy dies in accidental shooting\nA 12-year-old boy has died in an accidental shooting at a "
                + "farm. The two boys were playing with a rifle when one boy shot the other, deputies said.";
        assertThat(articles.casualties(article)).isEqualTo(new Casualties(1, 0, true));
    }

    @Test
    void oneOfTheWoundedWhoDiedLeavesTheRestWounded() {
        String article = "Shooting victim dies\nFive people were injured in a drive-by shooting outside a bar on "
                + "Saturday. One of the five people hospitalized after the shooting has died, police said Thursday.";
        assertThat(articles.casualties(article)).isEqualTo(new Casualties(1, 4, true));
    }

    @Test
    void anExactCountReplacesAVagueLowerBound() {
        String article = "Two dead, several hurt after a fight at a bowling alley\nA fight at a bowling alley ended "
                + "with two men dead and four people wounded, officers said on Sunday.";
        assertThat(articles.casualties(article)).isEqualTo(new Casualties(2, 4, true));
        // (an exact count does not give way to a larger lower bound after it: that is another statement)
        String bound = "Two dead, three hurt after a fight at a bowling alley\nA fight at a bowling alley ended "
                + "with two men dead and at least four people wounded, officers said on Sunday.";
        assertThat(articles.casualties(bound)).isEqualTo(new Casualties(2, 3, true));
    }
}
