package io.conflicttimeline.nlp.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import io.conflicttimeline.nlp.TestPipeline;
import io.conflicttimeline.nlp.messaging.ArticleAnnotated;
import io.conflicttimeline.nlp.messaging.ArticleAnnotated.Event;

class EventDetectorTest {

    private static ArticleAnnotated annotate(String text) {
        return TestPipeline.annotateWithFixtures(text, "2025-02-12");
    }

    private static String placeName(ArticleAnnotated a, Event e) {
        return a.places().stream().filter(p -> p.id().equals(e.placeId())).findFirst().map(ArticleAnnotated.Place::name).orElse(null);
    }

    @Test
    void mentionsOfOneAttackAreMergedWithTheUnionOfFigures() {
        ArticleAnnotated a = annotate("A Russian missile attack hit Kyiv overnight, killing two people.\n"
                + "Officials said the strike also injured five people.\nThe attack damaged homes in Kyiv's Podilskyi district.");
        List<Event> attacks = a.events().stream().filter(e -> e.type().equals("Explosions/Remote violence")).toList();
        assertThat(attacks).singleElement().satisfies(e -> {
            assertThat(e.subType()).isEqualTo("Shelling/artillery/missile attack");
            assertThat(e.trigger()).isEqualTo("missile attack");
            assertThat(placeName(a, e)).isEqualTo("Kyiv");
            assertThat(e.figures().killed().value()).isEqualTo(2);
            assertThat(e.figures().injured().value()).isEqualTo(5);
            assertThat(e.actors()).extracting(ArticleAnnotated.Actor::name).contains("Russian Armed Forces", "Civilians (Ukraine)");
        });
        assertThat(a.mainEventId()).isEqualTo(attacks.get(0).id());
    }

    @Test
    void attacksOnDifferentPlacesStaySeparate() {
        ArticleAnnotated a = annotate("A missile strike hit Kyiv on Wednesday.\nMeanwhile, a drone strike hit Kharkiv, the regional governor said.");
        assertThat(a.events()).filteredOn(e -> e.type().equals("Explosions/Remote violence")).hasSize(2)
                .extracting(Event::subType).containsExactly("Shelling/artillery/missile attack", "Air/drone strike");
    }

    @Test
    void theEventTakesThePlaceAttachedToItsTriggerNotTheFirstPlaceOfTheSentence() {
        ArticleAnnotated a = annotate("Zelensky said on Wednesday that Moscow is not interested in peace after a Russian"
                + " drone and missile attack on Kharkiv killed at least one person.");
        assertThat(a.events()).filteredOn(e -> e.type().equals("Explosions/Remote violence")).singleElement()
                .satisfies(e -> assertThat(placeName(a, e)).isEqualTo("Kharkiv"));
        ArticleAnnotated modifier = annotate("Officials in Moscow were silent about the Kharkiv missile strike that killed two people.");
        assertThat(modifier.events()).filteredOn(e -> e.type().equals("Explosions/Remote violence")).singleElement()
                .satisfies(e -> assertThat(placeName(modifier, e)).isEqualTo("Kharkiv"));
    }

    @Test
    void interceptionsInAStrikeReportAreFiguresOfTheAttack() {
        ArticleAnnotated a = annotate("Russia launched a missile attack on Kyiv overnight.\nThe Ukrainian military said it had shot down 20 drones.");
        assertThat(a.events()).noneMatch(e -> e.subType().equals("Disrupted weapons use"));
        assertThat(a.events().get(0).figures().drones().intercepted()).isNotNull();
    }

    @Test
    void interceptionsAloneAreDisruptedWeaponsUse() {
        ArticleAnnotated a = annotate("Air defences shot down 20 drones over Kyiv overnight.");
        assertThat(a.events()).singleElement().satisfies(e -> {
            assertThat(e.type()).isEqualTo("Strategic developments");
            assertThat(e.subType()).isEqualTo("Disrupted weapons use");
        });
    }

    @Test
    void prisonerExchangeIsAnAgreementBetweenGovernments() {
        ArticleAnnotated a = annotate("The largest prisoner exchange between Ukraine and Russia took place on Friday.\n"
                + "The exchange involved the transfer of 390 prisoners from each side.");
        assertThat(a.events()).singleElement().satisfies(e -> {
            assertThat(e.subType()).isEqualTo("Agreement");
            assertThat(e.actors()).extracting(ArticleAnnotated.Actor::name).contains("Government of Ukraine", "Government of Russia");
            assertThat(e.figures().prisoners().exchanged().value()).isEqualTo(390);
        });
    }

    @Test
    void statementsRejectionsAndMeetings() {
        ArticleAnnotated a = annotate("Russia on Wednesday rejected the proposal.\nOn Friday Zelensky will meet with JD Vance in Munich.");
        assertThat(a.events()).extracting(Event::subType).containsExactly("Rejection", "Meeting");
        assertThat(a.events().get(0).actors()).extracting(ArticleAnnotated.Actor::name).containsExactly("Government of Russia");
        assertThat(a.events().get(0).date().value()).isEqualTo("2025-02-12");
    }

    @Test
    void aMeetingTakesThePlaceOfItsOwnClause() {
        ArticleAnnotated a = annotate("In Kyiv, officials said on Wednesday that Zelensky will meet with JD Vance in Munich on Friday.");
        assertThat(a.events()).filteredOn(e -> e.subType().equals("Meeting")).singleElement()
                .satisfies(e -> assertThat(placeName(a, e)).isEqualTo("Munich"));
    }

    @Test
    void aStatementIsNotLocatedAtThePlacesItTalksAbout() {
        ArticleAnnotated a = annotate("Zelensky on Tuesday proposed to swap land held in the Kharkiv region for Russian land.\n"
                + "On Friday Zelensky will meet with JD Vance, a critic of sending more weapons to Kyiv.");
        assertThat(a.events()).filteredOn(e -> e.type().equals("Statements")).extracting(Event::subType)
                .containsExactly("Proposal", "Meeting");
        assertThat(a.events()).allSatisfy(e -> assertThat(placeName(a, e)).isNull());
    }

    @Test
    void violenceAgainstCiviliansAndAbductionAreTypedByWhatArmedMenDo() {
        assertThat(annotate("Russian soldiers executed eight men near Kharkiv.").events()).first()
                .satisfies(e -> assertThat(e.type() + " / " + e.subType()).isEqualTo("Violence against civilians / Attack"));
        assertThat(annotate("The mayor of Sumy was abducted by Russian troops on Friday.").events()).first()
                .satisfies(e -> assertThat(e.subType()).isEqualTo("Abduction/forced disappearance"));
        ArticleAnnotated strike = annotate("A Russian missile strike on Kharkiv murdered three civilians.");
        assertThat(strike.events()).extracting(Event::subType).containsExactly("Shelling/artillery/missile attack");
    }

    @Test
    void minesAndPolicedProtests() {
        assertThat(annotate("Two people were killed when their car hit a landmine near Kharkiv.").events()).first()
                .satisfies(e -> assertThat(e.subType()).isEqualTo("Remote explosive/landmine/IED"));
        assertThat(annotate("Russian troops used stun grenades to disperse protesters in Kharkiv.").events()).first()
                .satisfies(e -> assertThat(e.subType()).isEqualTo("Protest with intervention"));
    }

    @Test
    void aidWithAnAmountIsTheNewsOfAPostAboutTalks() {
        ArticleAnnotated a = annotate("Held talks with the Prime Minister of Japan.\nJapan is allocating $100 million in aid to Ukraine.");
        assertThat(a.events()).extracting(Event::subType).containsExactly("Meeting", "Aid");
        assertThat(a.mainEventId()).isEqualTo(a.events().get(1).id());
        ArticleAnnotated mention = annotate("Western sanctions have hurt the Russian economy, analysts said.");
        assertThat(mention.events()).noneMatch(e -> e.subType().equals("Sanction"));
    }

    @Test
    void quotedRemarksInAStrikeStoryAreNotStatementEvents() {
        ArticleAnnotated a = annotate("A Russian missile attack hit Kyiv overnight, killing two people.\n"
                + "\u201cThis is terror,\u201d the mayor said.\nOfficials said the strike also injured five people.");
        assertThat(a.events()).noneMatch(e -> e.type().equals("Statements"));
    }

    @Test
    void theAuthorsAppealIsAStatementWithoutANamedParty() {
        ArticleAnnotated a = annotate("We call on Russia to stop this senseless war.");
        assertThat(a.events()).singleElement().satisfies(e -> {
            assertThat(e.subType()).isEqualTo("Statement");
            assertThat(e.actors()).isEmpty();
        });
    }

    @Test
    void backgroundEvents() {
        ArticleAnnotated a = annotate("Ukraine has held parts of the Kursk region since an offensive six months ago.");
        assertThat(a.events()).singleElement().satisfies(e -> assertThat(e.background()).isTrue());
    }

    @Test
    void triggersInsideQuotesAreNotEvents() {
        ArticleAnnotated a = annotate("“We will answer any missile attack,” Peskov said.");
        assertThat(a.events()).noneMatch(e -> e.type().equals("Explosions/Remote violence"));
    }

    @Test
    void civilianTargetingOnlyWhenTheTextSaysSo() {
        ArticleAnnotated a = annotate("Russian strikes hit Kharkiv, suggesting the violence is targeting civilian areas.");
        assertThat(a.events()).first().satisfies(e -> {
            assertThat(e.civilianTargeting()).isTrue();
            assertThat(e.actors()).extracting(ArticleAnnotated.Actor::role).contains("attacker", "target");
        });
    }

    @Test
    void casualtiesCausedByWeaponsAreAnAttackAndLowerCaseDemonymsAreAttackers() {
        ArticleAnnotated a = annotate("In Kharkiv, 16 people were injured by enemy rockets in the city center.\n"
                + "Residential buildings in Kharkiv are destroyed by the rocket attacks of russian army.");
        assertThat(a.events()).singleElement().satisfies(e -> {
            assertThat(e.subType()).isEqualTo("Shelling/artillery/missile attack");
            assertThat(placeName(a, e)).isEqualTo("Kharkiv");
            assertThat(e.figures().injured().value()).isEqualTo(16);
            assertThat(e.actors()).extracting(ArticleAnnotated.Actor::name).contains("Russian Armed Forces");
        });
    }

    @Test
    void placeFromTheSameParagraphWhenTheSentenceNamesNone() {
        ArticleAnnotated a = annotate("The result of massive shelling of a residential area. Kharkiv, in the morning on March 7.");
        assertThat(a.events()).singleElement().satisfies(e -> assertThat(placeName(a, e)).isEqualTo("Kharkiv"));
    }

    @Test
    void undatedNewsEventsTakeTheMainEventsDate() {
        ArticleAnnotated a = annotate("A missile attack hit Kyiv on Tuesday.\nRussia and Ukraine also carried out a prisoner exchange.");
        assertThat(a.events()).extracting(Event::subType).containsExactly("Shelling/artillery/missile attack", "Agreement");
        assertThat(a.events().get(1).date()).isEqualTo(a.events().get(0).date());
        assertThat(a.events().get(0).date().timexId()).isNotNull();
    }

    private static Event main(ArticleAnnotated a) {
        return a.events().stream().filter(e -> e.id().equals(a.mainEventId())).findFirst().orElse(null);
    }

    @Test
    void violenceToldOnlyAfterTheHeadlineIsTheContextOfTheHeadlinesAct() {
        ArticleAnnotated visit = annotate("Sanna Marin visited Kyiv on Tuesday.\n\nShe toured Irpin, where fierce battles raged for weeks.");
        assertThat(main(visit).subType()).isEqualTo("Meeting");
        ArticleAnnotated hostages = annotate("Russian troops took 300 patients hostage in a Mariupol hospital.\n\nThe building was shelled again on Monday.");
        assertThat(main(hostages).subType()).isEqualTo("Abduction/forced disappearance");
        // violence in the headline itself stays the main event
        ArticleAnnotated strike = annotate("A missile strike hit Odesa as Sanna Marin visited Kyiv.\n\nShe met officials there.");
        assertThat(main(strike).type()).isEqualTo("Explosions/Remote violence");
    }

    @Test
    void aConcreteActOutranksThePlainStatementItIsAnnouncedIn() {
        ArticleAnnotated a = annotate("\"A historic day,\" Anita Anand said on Monday.\n\nCanada will adopt the same sanctions as the European Union.");
        assertThat(main(a).subType()).isEqualTo("Sanction");
    }

    @Test
    void anActAskedForIsADemandNotTheAct() {
        ArticleAnnotated a = annotate("We must impose much harsher sanctions on Moscow.");
        assertThat(a.events()).noneMatch(e -> e.subType().equals("Sanction"));
        assertThat(main(a).subType()).isEqualTo("Statement");
    }

    @Test
    void explosionsOverACityAreAnAttackAndAnAirRaidWarningNamesNoWeapon() {
        ArticleAnnotated a = annotate("Several explosions shook Odesa early on Sunday while the air raid warning was still on.");
        assertThat(main(a).subType()).isEqualTo("Shelling/artillery/missile attack");
        ArticleAnnotated struck = annotate("Russian forces struck a residential district of Dnipro overnight.");
        assertThat(main(struck).type()).isEqualTo("Explosions/Remote violence");
    }

    @Test
    void soldiersFiringOnPeopleIsViolenceAgainstCivilians() {
        ArticleAnnotated a = annotate("Russian soldiers opened fire on residents trying to leave Bucha.");
        assertThat(main(a).type()).isEqualTo("Violence against civilians");
        assertThat(main(a).subType()).isEqualTo("Attack");
    }

    @Test
    void aidInEveryInflectionAndFromTheReceivingSide() {
        assertThat(main(annotate("We are supplying Ukraine with more anti-aircraft systems.")).subType()).isEqualTo("Aid");
        assertThat(main(annotate("Kaja Kallas said Ukraine will receive 40 more howitzers.")).subType()).isEqualTo("Aid");
        assertThat(main(annotate("Today we are authorizing $400 million in weapons for Ukraine.")).subType()).isEqualTo("Aid");
    }

    @Test
    void theAuthorsStanceWithAnAdverbOrAnExhortationIsAStatement() {
        assertThat(main(annotate("Let us never forget the people who suffer from this war.")).subType()).isEqualTo("Statement");
        assertThat(main(annotate("I absolutely don't buy promises written on paper.")).subType()).isEqualTo("Statement");
    }

    @Test
    void killedByAWarringStateWithNoWeaponIsARemoteAttack() {
        assertThat(main(annotate("Two teenagers were killed by Russia in Sumy this morning.")).subType()).isEqualTo("Shelling/artillery/missile attack");
    }

    @Test
    void aCompanyLeavingTheRussianMarketIsASanction() {
        assertThat(main(annotate("Deutsche Bank is exiting Russia after the invasion.")).subType()).isEqualTo("Sanction");
    }

    @Test
    void theAuthorsLowerCaseWeInTheLeadIsAStance() {
        assertThat(main(annotate("These crimes will not go unpunished and we will bring every perpetrator to court.")).subType())
                .isEqualTo("Statement");
    }

    @Test
    void aTollToldBeforeItsCauseBelongsToTheOnlyAttack() {
        ArticleAnnotated a = annotate("Three people died in Kharkiv overnight.\n\nThe city was shelled by Russian forces.");
        assertThat(main(a).figures().killed().value()).isEqualTo(3);
        ArticleAnnotated two = annotate("Three people died overnight.\n\nKharkiv was shelled.\nRussian soldiers opened fire on residents in Bucha.");
        assertThat(two.events()).hasSize(2).allSatisfy(e -> assertThat(e.figures() == null || e.figures().killed() == null).isTrue());
    }

    @Test
    void theMainAttackReportsTheCountsItsStatementsAddUpTo() {
        // first-come would keep the single victim in critical condition; the statements add up to three wounded
        ArticleAnnotated a = annotate("A 14-year-old was in critical condition on Monday after he and two other boys were "
                + "wounded when Russian forces shelled Kharkiv.\n\nThe other two were treated for minor injuries.");
        assertThat(main(a).figures().injured().value()).isEqualTo(3);
    }

    @Test
    void compatibleDates() {
        assertThat(EventDetector.datesCompatible("2025-02-11TNI", "2025-02-12TMO")).isTrue();
        assertThat(EventDetector.datesCompatible("2025-02-10", "2025-02-12")).isFalse();
        assertThat(EventDetector.datesCompatible("XXXX-WXX-3TMO", "2025-02-12")).isTrue();
    }

    @Test
    void aPostThatArguesIsItsAuthorsStatement() {
        assertThat(main(annotate("Because of Putin, NATO will expand. Why would anyone doubt it?")).subType()).isEqualTo("Statement");
        // a report with neither a speech act nor an argument reports no event
        assertThat(annotate("Roughly 100,000 people have been displaced, according to estimates.").mainEventId()).isNull();
    }

    @Test
    void violenceNamedInPassingInAnArgumentIsItsContextButAnAnchoredAttackStaysTheNews() {
        ArticleAnnotated passing = annotate("Their hospitals have been bombed. And yet they will win, and we must help them.");
        assertThat(main(passing).subType()).isEqualTo("Statement");
        ArticleAnnotated anchored = annotate("Russian missiles hit a school in Kharkiv. We must help them, and we will.");
        assertThat(main(anchored).subType()).isEqualTo("Shelling/artillery/missile attack");
    }

    @Test
    void occurrencesUnderAModalConditionalOrNegationAreNotReported() {
        assertThat(annotate("Russia could strike Kyiv with missiles again, officials warned.").events())
                .noneMatch(e -> e.type().equals("Explosions/Remote violence"));
        assertThat(annotate("Russian officials say they don't drop bombs on cities.").events())
                .noneMatch(e -> e.type().equals("Explosions/Remote violence"));
        // the negation of another clause does not reach the attack
        assertThat(annotate("Moscow is not interested in peace after a missile attack on Kharkiv.").events())
                .anyMatch(e -> e.type().equals("Explosions/Remote violence"));
    }

    @Test
    void aHeadlineInAnotherScriptLeavesTheEnglishDescriptionAsTheLead() {
        assertThat(EventDetector.leadLine("Україна запроваджує візи\n\nUkraine introduces a visa regime for Russians."))
                .containsExactly(26, 72);
    }

    @Test
    void theSideOfWhoeverTakesAPlaceDecidesTheTerritorialSubType() {
        assertThat(main(annotate("Ukrainian forces recaptured Novoselivka on Friday after weeks of fighting.")).subType())
                .isEqualTo("Government regains territory");
        assertThat(main(annotate("Kharkiv was liberated by the Ukrainian army on Saturday.")).subType())
                .isEqualTo("Government regains territory");
        assertThat(main(annotate("Russian troops captured Sumy on Wednesday.")).subType())
                .isEqualTo("Non-state actor overtakes territory");
        // a taking verb with no side named, a participle that modifies a noun, an aim: no change of control reported
        assertThat(annotate("The town was captured on Wednesday.").events()).noneMatch(e -> e.subType().contains("territory"));
        assertThat(annotate("Residents of liberated Kharkiv queued for bread on Friday.").events())
                .noneMatch(e -> e.subType().contains("territory"));
        assertThat(annotate("The army lacks the strength to recapture Sumy.").events()).noneMatch(e -> e.subType().contains("territory"));
    }

    @Test
    void residualStrategicDevelopmentsAreOther() {
        assertThat(main(annotate("The evacuation of civilians from the steel plant began on Sunday.")).subType()).isEqualTo("Other");
        assertThat(main(annotate("Moldova submitted its membership application to the European Union on Thursday.")).subType())
                .isEqualTo("Other");
    }

    @Test
    void violenceKindsWithoutAWeaponRule() {
        assertThat(main(annotate("Soldiers raped two women in a village near Kyiv, prosecutors said.")).subType()).isEqualTo("Sexual violence");
        assertThat(main(annotate("Doctors reported a chemical attack on the city of Kharkiv on Monday.")).subType())
                .isEqualTo("Chemical weapon");
        assertThat(main(annotate("Hundreds of people took to the streets of Kharkiv on Sunday.")).subType()).isEqualTo("Peaceful protest");
        assertThat(main(annotate("Russia hit a grain terminal in Sumy overnight.")).subType()).isEqualTo("Shelling/artillery/missile attack");
        // a counted object is a tally of the war, not one attack
        assertThat(annotate("Russia destroyed 300 schools.").events()).noneMatch(e -> e.type().equals("Explosions/Remote violence"));
    }

    @Test
    void aContinuingPolicyOfAidIsAStatement() {
        assertThat(main(annotate("Canada will continue to provide weapons to Ukraine, Trudeau said on Friday.")).subType())
                .isEqualTo("Statement");
    }

    @Test
    void forceUsedOnProtestersIsTheProtestsIntervention() {
        assertThat(main(annotate("Soldiers in Kharkiv used gunfire and tear gas to disperse protesters on Monday.")).subType())
                .isEqualTo("Protest with intervention");
    }

    private static String mainSubType(ArticleAnnotated a) {
        return a.events().stream().filter(e -> e.id().equals(a.mainEventId())).findFirst().map(Event::subType).orElse("NONE");
    }

    @Test
    void anOccurrenceANamedSpeakerTalksAboutIsTheSpeakersStatement() {
        ArticleAnnotated framed = annotate("Zelensky says Western help is still too slow after rockets hit Ukraine again.");
        assertThat(mainSubType(framed)).isEqualTo("Statement");
        assertThat(framed.events()).filteredOn(e -> e.type().equals("Explosions/Remote violence")).allMatch(Event::background);
        // told with its toll or its day, the occurrence is the news whoever reports it
        assertThat(mainSubType(annotate("Klitschko said rockets hit a school in Kyiv, killing three people.")))
                .isEqualTo("Shelling/artillery/missile attack");
        assertThat(mainSubType(annotate("Klitschko said rockets hit a school in Kyiv on Tuesday morning.")))
                .isEqualTo("Shelling/artillery/missile attack");
        // the attribution after the occurrence leaves it in the main clause
        assertThat(mainSubType(annotate("Rockets hit a school in Kyiv, Klitschko said.")))
                .isEqualTo("Shelling/artillery/missile attack");
    }

    @Test
    void anOccurrenceThatIsTheTopicOfASpeechActIsNotTheNews() {
        ArticleAnnotated a = annotate("Told Zelensky about the overnight shelling of Kharkiv. Our country will send him 40 million euros of humanitarian aid.");
        assertThat(a.events()).filteredOn(e -> e.type().equals("Explosions/Remote violence")).allMatch(Event::background);
        assertThat(mainSubType(a)).isNotEqualTo("Shelling/artillery/missile attack");
    }

    @Test
    void aColonBeforeAQuoteAttributesItToTheNamedPartyBeforeIt() {
        ArticleAnnotated a = annotate("Putin in an address to the nation: \u201cThe West wants to weaken us.\u201d");
        assertThat(mainSubType(a)).isEqualTo("Statement");
        assertThat(a.events()).filteredOn(e -> e.id().equals(a.mainEventId())).singleElement()
                .satisfies(e -> assertThat(e.actors()).extracting(ArticleAnnotated.Actor::name).contains("Vladimir Putin"));
        // a colon with no party before it attributes nothing
        assertThat(mainSubType(annotate("The photo of the day: \u201cspring in the park\u201d."))).isEqualTo("NONE");
    }

    @Test
    void infantryAntiArmourWeaponsMakeAClashNotShelling() {
        assertThat(mainSubType(annotate("Near Sumy the defenders used NLAW launchers and knocked out four armoured vehicles.")))
                .isEqualTo("Armed clash");
    }

    @Test
    void aProjectileHittingInARelativeClauseIsARemoteAttack() {
        assertThat(mainSubType(annotate("Rescuers removed a rocket which hit a kindergarten in Kharkiv.")))
                .isEqualTo("Shelling/artillery/missile attack");
    }

    @Test
    void theInvadersKillingANonCombatantIsViolenceAgainstCiviliansButACountIsATally() {
        assertThat(mainSubType(annotate("Russian soldiers shot a local priest near Kharkiv.")))
                .isEqualTo("Attack");
        assertThat(annotate("Occupiers killed thousands of residents, the mayor said in a long interview.").events())
                .noneMatch(e -> e.subType().equals("Attack") && !e.background());
    }
}
