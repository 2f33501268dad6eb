package io.conflicttimeline.nlp.event;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.conflicttimeline.nlp.entity.Actor;
import io.conflicttimeline.nlp.entity.ActorKb;
import io.conflicttimeline.nlp.entity.EntityMention;
import io.conflicttimeline.nlp.figure.CasualtyAggregator;
import io.conflicttimeline.nlp.figure.Figure;
import io.conflicttimeline.nlp.figure.FigureExtractor;
import io.conflicttimeline.nlp.figure.FigureKind;
import io.conflicttimeline.nlp.pattern.CuedPattern;
import io.conflicttimeline.nlp.pattern.RuleScanner;
import io.conflicttimeline.nlp.place.Gazetteer;
import io.conflicttimeline.nlp.place.GazetteerEntry;
import io.conflicttimeline.nlp.place.PlaceMention;
import io.conflicttimeline.nlp.quote.QuoteMention;
import io.conflicttimeline.nlp.text.AnalyzedText;
import io.conflicttimeline.nlp.text.Sentence;
import io.conflicttimeline.nlp.text.Token;
import io.conflicttimeline.nlp.time.DocumentDate;
import io.conflicttimeline.nlp.time.TimeExpression;

/**
 * Event triggers per sentence (outside quotes) typed with ACLED categories, merged into one event per real-world
 * occurrence within the article (anaphora like "the attack", or same type with compatible place and date), then
 * figures, date, place, actors, civilian targeting and background attached.
 */
public final class EventDetector {

    private enum Mode { EXPLICIT, ANAPHORIC, DISRUPTED, STATEMENT, STANCE }

    private record Rule(Pattern pattern, Mode mode, EventType type) {
    }

    private record Trigger(int start, int end, String text, Mode mode, EventType type) {
    }

    private static final String WEAPON = "missile|rocket|drone|air|aerial|artillery|glide[- ]bomb|bomb|shahed|ballistic missile|cruise missile";
    /** Projectiles whose firing is itself a remote attack ("fired missiles at", "rockets were launched towards"). */
    private static final String PROJECTILE = "missiles?|rockets?|shells|bombs|drones|Shaheds?|(?:multiple )?rocket launchers?|Grads?|Uragans?|MLRS";
    private static final List<Rule> RULES = List.of(
            // mines and planted explosives first, so that "car bomb" is not read as an aerial bomb
            new Rule(Pattern.compile("(?i)\\b(?:land ?mines?|anti-(?:tank|personnel) mines?|IEDs?|improvised explosive devices?|explosive devices?"
                    + "|car bomb(?:ing)?s?|booby[- ]trap\\w*|(?:stepped on|hit|struck|detonated|ran over)\\s+an?\\s+(?:\\w+\\s+)?mine)\\b"),
                    Mode.EXPLICIT, EventType.REMOTE_EXPLOSIVE),
            new Rule(Pattern.compile("(?i)\\b(?:chemical\\s+(?:weapons?|attacks?|munitions|agents?)|(?:white\\s+)?phosphorus(?:\\s+(?:bombs?|munitions|shells|ammunition))?"
                    + "|poison(?:ous)?\\s+gas|toxic\\s+(?:gas|substances?)|chlorine\\s+(?:gas|attacks?))\\b"), Mode.EXPLICIT, EventType.CHEMICAL_WEAPON),
            // soldiers killing soldiers, or officers killed, is fighting between armed forces
            new Rule(Pattern.compile("(?i)\\b(?:troops|forces|soldiers|military|defenders|army|fighters)\\s+(?:\\S+\\s+){0,2}?(?:killed|eliminated|liquidated)\\s+(?:\\S+\\s+){0,4}?"
                    + "(?:generals?|Gen(?=\\.)|commanders?|officers?|soldiers|servicemen|troops|paratroopers|occupiers|invaders|fighters|mercenaries)\\b"
                    + "|\\b(?:generals?|commanders?|officers|servicemen|paratroopers|mercenaries)\\s+(?:were|was|have been|has been|had been)\\s+(?:\\S+\\s+)?(?:killed|eliminated|liquidated)\\b"),
                    Mode.EXPLICIT, EventType.ARMED_CLASH),
            // ground forces as the agent or armour as the object make a clash, whatever the verb
            new Rule(Pattern.compile("(?i)\\battacked\\s+by\\s+(?:\\S+\\s+){0,2}?(?:troops|soldiers|infantry|saboteurs|sabotage groups?|units|paratroopers)\\b"
                    + "|(?<!\\bof\\s)(?<!\\bthe\\s)\\b(?:destroy(?:ed|s)?|neutrali[sz](?:ed|es)|knocked\\s+out|disabled)\\s+(?:\\S+\\s+){0,3}?(?:tanks|armou?red vehicles|(?:enemy\\s+)?(?:cars|vehicles)|columns?|convoys?)\\b"
                    // infantry anti-armour weapons are fired in a ground fight, not from afar (before the remote-attack
                    // rule, which would read "used ... missiles" as shelling)
                    + "|\\b(?:us(?:ed|ing|es)|fir(?:ed|ing|es)|launch(?:ed|ing|es))\\s+(?:\\S+\\s+){0,2}?(?:Javelins?|NLAWs?|Stugnas?|anti-tank\\s+(?:guided\\s+)?(?:missiles?|weapons?|grenades?|systems?))\\b"),
                    Mode.EXPLICIT, EventType.ARMED_CLASH),
            // ground forces firing on people (not on a town) is direct violence against civilians, not a remote attack
            new Rule(Pattern.compile("(?i)\\b(?:troops|soldiers|occupiers|invaders|servicemen|paratroopers)\\s+(?:\\S+\\s+){0,2}?(?:opened fire|fired|shot)\\s+(?:on|at)\\s+"
                    + "(?:\\S+\\s+){0,2}?(?:civilians|residents|people|evacuees|refugees|families|cars|passers-by)\\b"), Mode.EXPLICIT, EventType.CIVILIAN_ATTACK),
            new Rule(Pattern.compile("(?i)\\b(?:" + WEAPON + ")(?:\\s+and\\s+(?:missile|drone|rocket|artillery))?\\s+(?:attacks?|strikes?|barrage|bombardment|assault|raids?)\\b(?!\\s+(?:warnings?|alerts?|alarms?|sirens?|shelters?))"
                    + "|\\b(?:airstrikes?|air-strikes?|shelling|shelled|bombardment|bombed|bombing)\\b"
                    // explosions heard over a city are a remote attack of unstated weapon (an "air raid warning" is not one)
                    + "|\\bexplosions\\b"
                    // a projectile hitting, also in a relative clause ("an unexploded missile that hit a residential area")
                    + "|\\b(?:missiles?|rockets?|drones?|shells?|bombs?)\\s+(?:are\\s+|were\\s+|(?:that|which)\\s+(?:had\\s+)?)?(?:struck|hit|hitting|slammed into|pounded|landed on|rain(?:ed)? down)\\b|\\bshrapnel\\b"
                    + "|\\b(?:fir(?:ed|ing|es)|launch(?:ed|ing|es)|drop(?:ped|ping|s)?|us(?:ed|ing))\\s+(?:\\S+\\s+){0,2}?(?:" + PROJECTILE + ")\\b"
                    + "|\\b(?:" + PROJECTILE + ")\\s+(?:were|was|have been|had been)\\s+(?:launched|fired|dropped)\\b"
                    + "|\\b(?:killed|injured|wounded|damaged|destroyed)\\s+(?:\\w+\\s+){0,3}?by\\s+(?:an?\\s+|the\\s+)?(?:enemy\\s+|[Rr]ussian\\s+|[Uu]krainian\\s+)?"
                    + "(?:rockets?|missiles?|shells?|shelling|drones?|artillery(?:\\s+fire)?|air\\s?strikes?|bombs?)\\b"
                    + "|\\b(?:attacked|bombarded)\\b"
                    // killed by a warring state with no weapon named: a remote attack (Shelling by default)
                    + "|\\b(?:killed|injured|wounded)\\s+(?:\\S+\\s+){0,2}?by\\s+(?:the\\s+)?(?:Russia|Russians|Russian\\s+(?:army|military|forces|troops))\\b(?!\\s+(?:soldiers|troops))"
                    + "|\\bstruck\\s+(?:an?\\s+|the\\s+)?(?:\\S+\\s+){0,2}?(?:residential|apartment|hospital|school|port|station|mall|building|area|district|city|town|village)"
                    + "|\\b(?:fired|fire|firing|opened fire)\\s+(?:at|on)\\b"), Mode.EXPLICIT, null),
            // a target hit, or the invading side hitting or destroying one, with no weapon named: a remote attack
            new Rule(Pattern.compile("(?i)\\b(?:came|comes|come|was|were|is|are|has been|have been)\\s+under\\s+(?:\\S+\\s+){0,2}?(?:fire|attacks?|shelling|bombardment)\\b"
                    + "|\\b(?:missile|rocket|artillery|mortar)\\s+fire\\b"
                    + "|\\b(?:was|were|has been|have been|had been|being)\\s+(?:\\S+ly\\s+)?hit\\b(?!\\s+(?:by\\s+(?:a\\s+)?(?:car|truck|train)|hard))"
                    + "|\\b(?:Russia|Russians|Russian\\s+(?:troops|forces|army|military)|occupiers|occupants|invaders|aggressors?|the\\s+enemy)\\s+(?:\\S+\\s+){0,2}?"
                    // a counted object is a tally of the war ("destroyed 274 jets", "damaged 202 schools"), not one attack
                    + "(?:hit|struck|pounded|destroyed|damaged)\\b(?!\\s+(?:more than\\s+|over\\s+|about\\s+|nearly\\s+|almost\\s+)?\\d)"), Mode.EXPLICIT, null),
            new Rule(Pattern.compile("\\b(?:Russian|Ukrainian|Israeli|Iranian|Belarusian|Syrian|Chechen)\\s+(?:[a-z]+\\s+)?(?:attacks?|strikes?|offensive|assault)\\b"),
                    Mode.EXPLICIT, null),
            new Rule(Pattern.compile("(?i)\\b(?:the|this|that|these|those|its|latest|recent|overnight|relentless|deadly)\\s+(?:[a-z]+\\s+)?(?:attacks?|strikes?|assault|bombardment)\\b"),
                    Mode.ANAPHORIC, null),
            // "fighting for freedom", "keep fighting!", "battle tanks" name a cause or a kind of thing, not a clash
            new Rule(Pattern.compile("(?i)\\b(?:clashes|clashed|fighting(?!\\s*(?:for|to|against|!|$))|battles?(?!\\s+(?:tanks?|ships?|groups?|cry|field))|firefights?"
                    + "|ground assault|counter-?offensive|offensive|ambush(?:ed)?|counter-?attack(?:s|ed)?|battled|skirmish(?:es)?|gunbattles?"
                    + "|repuls(?:ed|ing)|repelled\\s+(?:\\S+\\s+){0,3}?(?:attacks?|assaults?|offensives?|advances?|attempts?|storming))\\b"),
                    Mode.EXPLICIT, EventType.ARMED_CLASH),
            // change of territorial control: the verb and its agent's side decide the sub-type (TerritorialControl);
            // verbs of taking back first, then verbs of taking
            new Rule(Pattern.compile("(?i)\\b(?:liberat(?:ed|es|ing|e|ion\\s+of)|recaptur(?:ed|es|ing|e)|retook|retaken|retak(?:e|es|ing)"
                    + "|regain(?:ed|s|ing)?\\s+control|de-?occupi(?:ed|es)|de-?occupation\\s+of|reclaim(?:ed|s|ing)|recovered\\s+control)\\b"),
                    Mode.EXPLICIT, EventType.GOVERNMENT_REGAINS),
            new Rule(Pattern.compile("(?i)\\b(?:captur(?:ed|es|ing|e)|seiz(?:ed|es|ing|e)|(?:took|taken|tak(?:e|es|ing))\\s+(?:full\\s+|complete\\s+)?control"
                    + "|fell\\s+to|entered)\\b"), Mode.EXPLICIT, EventType.NON_STATE_OVERTAKES),
            new Rule(Pattern.compile("(?i)\\b(?:rap(?:ed|es?|ing|ists?)|sexual(?:ly)?\\s+(?:violence|assault\\w*|abuse\\w*|exploitation)|sexually\\s+(?:assaulted|abused))\\b"),
                    Mode.EXPLICIT, EventType.SEXUAL_VIOLENCE),
            // direct violence by armed men against unarmed people: what they do, not the weapon, says so
            new Rule(Pattern.compile("(?i)\\b(?:execut(?:ed|ing|ions?)|shot dead|shot (?:and killed )?(?:an? |the )?(?:unarmed |local )?(?:civilians?|man|men|woman|women|residents?)"
                    + "|murder(?:ed|s|ing)?|tortur(?:ed|e|ing)|torture chambers?|human shields?|massacre[ds]?"
                    + "|kill(?:ed|ing)\\s+(?:\\S+\\s+){0,3}?civilians?|mass graves?|blown apart)\\b"
                    // the invading side killing a person of a non-combatant role ("Russians killed a well-known volunteer")
                    + "|\\b(?:Russians|Russian\\s+(?:troops|soldiers|military|forces|army|servicemen)|occupiers|occupants|invaders)\\s+(?:\\S+\\s+){0,2}?(?:killed|shot|murdered)\\s+"
                    // a count or comparison is a tally of the war ("killed twice as many residents"), not one attack
                    + "(?!(?:twice|\\d|more|over|about|nearly|almost|thousands|hundreds|dozens|tens|many)\\b)(?:\\S+\\s+){0,3}?(?:volunteers?|priests?|journalists?|reporters?|photographers?|mayors?|teachers?|doctors?|medics?|farmers?|pensioners?"
                    + "|children|child|boys?|girls?|teen(?:ager)?s?|women|woman|man|men|famil(?:y|ies)|residents?|locals?|villagers?|cyclists?|drivers?)\\b"),
                    Mode.EXPLICIT, EventType.CIVILIAN_ATTACK),
            new Rule(Pattern.compile("(?i)\\b(?:abduct\\w*|kidnapp?\\w*|deport(?:ed|ing|ations?|s)?|forcibly\\s+(?:relocat|transferr?|mov|remov|resettl|tak)\\w*"
                    + "|hostages?|held captive|taken captive|(?:were|was)\\s+(?:kept|held)\\s+(?:there\\s+)?(?:by|in)|illegally\\s+(?:exported|taken|removed))\\b"),
                    Mode.EXPLICIT, EventType.ABDUCTION),
            new Rule(Pattern.compile("(?i)\\b(?:shot down|intercepted(?!\\s+(?:phone\\s+)?(?:calls?|conversations?|communications?|messages?|audio|radio))|downed|repelled)\\b"), Mode.DISRUPTED, EventType.DISRUPTED_WEAPONS),
            // After "shot down" (a disrupted weapon), so that only people being shot or stabbed remain.
            new Rule(Pattern.compile("(?i)\\b(?:shootings?|shot(?!\\s+down)|gunshots?|gunfire|opened\\s+fire|gunned\\s+down|stabbings?|stabbed)\\b"),
                    Mode.EXPLICIT, EventType.CIVILIAN_ATTACK),
            new Rule(Pattern.compile("(?i)\\b(?:prisoners?\\s+(?:exchanges?|swaps?)|(?:exchange|swap)\\s+of\\s+(?:prisoners|POWs|bodies)|POW\\s+(?:exchanges?|swaps?)"
                    + "|(?:exchanged|swapped)\\s+(?:\\d[\\d,]*\\s+)?(?:prisoners|POWs))\\b"), Mode.EXPLICIT, EventType.AGREEMENT),
            new Rule(Pattern.compile("(?i)\\bthe\\s+(?:[a-z]+\\s+)?(?:exchange|swap)\\b(?!\\s+of\\s+(?:drone|missile|fire|land|territor))"), Mode.ANAPHORIC,
                    EventType.AGREEMENT),
            new Rule(Pattern.compile("(?i)\\b(?:arrested|detained|arrests|busted|taken into custody)\\b"), Mode.EXPLICIT, EventType.ARRESTS),
            // force posture: mobilisation, recruitment, build-ups and deployments change what an armed group can do
            new Rule(Pattern.compile("(?i)\\b(?:general\\s+|partial\\s+)?mobili[sz]ation\\b|\\bmartial law\\b|\\b(?:foreign\\s+)?(?:fighters|volunteers)\\s+(?:\\S+\\s+){0,3}?(?:join|signed up|arriv)\\w*"
                    + "|\\b(?:gathered|massed|amassed|concentrated|deployed|redeployed)\\s+(?:\\S+\\s+){0,3}?(?:troops|forces|soldiers|units)\\b"
                    + "|\\b(?:troops|forces|soldiers|units|helicopters|vehicles)\\s+(?:\\S+\\s+){0,3}?(?:gathered|massed|massing|concentrated|deployed|stationed)\\b"
                    + "|\\b(?:build-?up|presence)\\s+of\\s+(?:\\S+\\s+){0,3}?(?:troops|forces|soldiers|helicopters|vehicles|transport)"), Mode.EXPLICIT, EventType.CHANGE_TO_GROUP),
            new Rule(Pattern.compile("(?i)\\b(?:troops|forces|army|units)\\s+(?:\\S+\\s+){0,3}?(?:withdr(?:ew|awn)|retreated|pulled out)\\b"
                    + "|\\b(?:withdrawal|retreat)\\s+of\\s+(?:\\S+\\s+){0,2}?(?:troops|forces)\\b"
                    + "|\\b(?:withdr(?:ew|awn)|retreated|pulled\\s+out)\\s+from\\s+(?:\\S+\\s+){0,6}?(?:territor(?:y|ies)|regions?|oblasts?|cities|towns|villages|positions)\\b"),
                    Mode.EXPLICIT, EventType.TERRITORY_TRANSFER),
            // ACLED's residual strategic developments: evacuations under way, membership bids, assassination attempts,
            // diplomats recalled
            new Rule(Pattern.compile("(?i)\\bevacuation\\s+(?:\\S+\\s+){0,7}?(?:began|begins|has begun|started|starts|continues|resumed|is underway|was completed|completed)\\b"
                    + "|\\b(?:were|was|have been|has been|had been)\\s+(?:\\S+\\s+)?evacuated\\b|\\bevacuated\\s+(?:\\d[\\d,]*|more than|over|about|nearly|almost|hundreds|thousands|dozens)\\b"
                    + "|\\b(?:membership|accession)\\s+application|\\bapplication\\s+(?:for|to)\\s+(?:\\S+\\s+){0,2}?(?:membership|join)"
                    + "|\\bappl(?:y|ied|ies|ying)\\s+(?:for\\s+(?:\\S+\\s+){0,2}?membership|to\\s+join)\\b|\\bcandidate\\s+status\\b"
                    + "|\\bassassination\\s+attempts?\\b|\\b(?:withdr(?:ew|awn|aws)|recall(?:ed|s)?|evacuated)\\s+(?:\\S+\\s+){0,3}?(?:diplomats|ambassadors?|embassy\\s+staff)\\b"),
                    Mode.EXPLICIT, EventType.OTHER_DEVELOPMENT),
            new Rule(Pattern.compile("(?i)\\bloot(?:ed|ing|s|ers)?\\b|\\bplunder\\w*|\\bpillag\\w+|\\bburn(?:ed|t)\\s+(?:down|to the ground)\\b"
                    + "|\\b(?:robb(?:ed|ing|ery|eries)|stole|stolen|steal(?:s|ing)?|marauders?|marauding)\\b"),
                    Mode.EXPLICIT, EventType.LOOTING),
            new Rule(Pattern.compile("(?i)\\b(?:riots?|rioters|rioting)\\b"), Mode.EXPLICIT, EventType.RIOT),
            // people gathering to voice a position: a rally, a picket, coming out to the streets, demonstrating against
            new Rule(Pattern.compile("(?i)\\b(?:protests?|protested|protesters|protestors|demonstrations|demonstrators|rallies|rally(?!\\s+(?:support|behind|around))"
                    + "|demonstration\\b(?!\\s+of)|demonstrat(?:e|ed|ing)\\s+against|pickets?|picketed"
                    + "|(?:took|take|came|come|went|go)\\s+(?:out\\s+)?(?:to|into|onto|on)\\s+the\\s+streets?|marched|marches\\s+(?:against|in)|flash\\s?mobs?)\\b"),
                    Mode.EXPLICIT, EventType.PROTEST),
            new Rule(Pattern.compile("(?i)\\b(?:rejected|rejects|dismissed|refused|refuses|ruled out|rules out|says no)\\b|\\b(?:is|are)\\s+not\\s+(?:ready|willing)\\s+to\\b"),
                    Mode.STATEMENT, EventType.REJECTION),
            new Rule(Pattern.compile("(?i)\\b(?:proposed|proposes|proposal|offered|calls? for an?|called for an?)\\b"), Mode.STATEMENT, EventType.PROPOSAL),
            // a sanction, aid or talks are news when done or announced, not when merely mentioned ("Western sanctions")
            new Rule(Pattern.compile("(?i)\\bsanctioned\\b|\\bembargo\\b"
                    + "|\\b(?:impos|announc|approv|adopt|slap|introduc|unveil|present|extend|expand|tighten|widen|weigh|consider)\\w*\\s+(?:\\S+\\s+){0,4}?(?:sanctions|ban)\\b"
                    + "|\\b(?:new|fresh|additional|further|package of|round of)\\s+(?:\\S+\\s+){0,2}?sanctions\\b"
                    + "|\\bban(?:s|ned|ning)?\\s+(?:\\S+\\s+){0,4}?(?:imports?|exports?|ships|vessels|flights|entry|oil|gas|broadcast\\w*|media)\\b"
                    + "|\\b(?:cut off|disconnect\\w*)\\s+from\\s+SWIFT|\\bblock(?:s|ed)\\s+(?:\\S+\\s+){0,4}?(?:channels|media|accounts|assets)\\b"
                    + "|\\b(?:delet|remov)(?:e|es|ed|ing)\\s+(?:\\S+\\s+){0,4}?(?:channels|accounts)\\b|\\bwithdr(?:aw|aws|ew|awing)\\s+from\\s+(?:the\\s+)?Russia\\b"
                    // a company leaving the market is a boycott (PLOVER SANCTION)
                    + "|\\b(?:exit(?:s|ed|ing)?|pull(?:s|ed|ing)?\\s+out\\s+of|leav(?:e|es|ing)\\s+the)\\s+(?:the\\s+)?Russia(?:n\\s+market)?\\b"
                    + "|\\bfr(?:eeze|oze|ozen|eezing)\\s+(?:\\S+\\s+){0,3}?assets\\b"
                    + "|\\b(?:agree\\w*|agreement)\\s+(?:on|to)\\s+(?:\\S+\\s+){0,3}?sanctions\\b"
                    // shutting business in Russia, suspending or expelling it from a body, visas: also PLOVER SANCTION
                    + "|\\b(?:clos|shut|suspend|halt|stop)\\w*\\s+(?:\\S+\\s+){0,4}?(?:restaurants?|stores?|shops?|offices?|plants?|factories|factory|operations|business|sales|services)\\s+in\\s+Russia\\b"
                    + "|\\b(?:membership|rights of membership|seat)\\s+(?:\\S+\\s+){0,6}?(?:has|have|was|were|is)\\s+(?:just\\s+)?(?:been\\s+)?suspended\\b"
                    + "|\\bsuspend\\w*\\s+(?:\\S+\\s+){0,3}?(?:membership|from)\\b|\\bexpel(?:s|led|ling)?\\s+(?:\\S+\\s+){0,3}?from\\b"
                    + "|\\bvisa regime\\b|\\bno longer\\s+(?:engage|work|cooperate|do business|sell|buy)\\w*\\b"), Mode.STATEMENT, EventType.SANCTION),
            new Rule(Pattern.compile("(?i)\\b(?:provid|allocat|send|sent|deliver|announc|approv|pledg|giv|gave|suppl|boost|doubl|increas|releas|receiv)\\w*\\s+(?:\\S+\\s+){0,7}?(?:aid|assistance|funding)\\b"
                    + "|(?:[$€£]\\s?[\\d.,]+|\\d[\\d.,]*\\s*(?:million|billion|bn|mln))\\s+(?:\\S+\\s+){0,3}?(?:aid|assistance)\\b"
                    + "|(?:[$€£]\\s?[\\d.,]+|\\d[\\d.,]*)\\s*(?:million|billion|bn|mln)?\\s+in\\s+(?:\\S+\\s+){0,2}?(?:weapons|arms|military|security|funding)\\b"
                    + "|\\b(?:donat|allocat)(?:e|es|ed|ing|ion)\\b|\\bdrawdown\\b"
                    + "|\\b(?:send\\w*|sent|ship(?:s|ped|ping)?|suppl(?:y|ies|ied|ying)|deliver\\w*|transfer\\w*|provid\\w+|gift\\w*|receiv\\w+)['’]?\\s+(?:\\S+\\s+){0,6}?"
                    + "(?:weapons|arms|tanks|howitzers|missiles|ammunition|ammo|equipment|guns|drones|artillery|aircraft|jets|systems)\\b"
                    + "|\\braised\\s+(?:\\S+\\s+){0,3}?(?:euros|dollars|funds)\\b|\\b(?:have|has)\\s+(?:already\\s+)?arrived\\s+(?:in|to)\\s+Ukraine\\b"
                    + "|\\btrain(?:s|ed|ing)?\\s+(?:\\S+\\s+){0,3}?(?:soldiers|troops|pilots|forces)\\b|\\b(?:soldiers|troops|pilots)\\s+(?:\\S+\\s+){0,8}?training\\b"),
                    Mode.STATEMENT, EventType.AID),
            new Rule(Pattern.compile("(?i)\\b(?:will meet|to meet|met|meets|meeting)\\s+(?:with|in)\\b|\\b(?:will meet|to meet|met|meets)\\s+(?:(?-i:[A-Z@])|(?:the|his|her|their|my|our)\\s+(?:\\S+\\s+){0,2}?(?:counterparts?|leaders?|presidents?|ministers?))|\\bheld\\s+(?:a\\s+)?(?:phone\\s+)?(?:call|talks|negotiations|meeting)\\b"
                    + "|\\bhold talks\\b|\\b(?:talks|negotiations|dialogue|conversation|call)\\s+with\\b|\\b(?:round|rounds)\\s+of\\s+(?:talks|negotiations)\\b"
                    + "|\\b(?:discuss(?:ed|es)?|spoke|talked)\\s+(?:\\S+\\s+){0,3}?(?:with|to)\\b|\\band\\s+(?:I|we)\\s+(?:spoke|met|talked|discussed|held)\\b|\\bvisit(?:ed|s)\\b|\\bconven(?:e|es|ed|ing)\\b|\\b(?:held|hosted|attended)\\s+(?:the\\s+|a\\s+)?(?:\\S+\\s+)?summit\\b"),
                    Mode.STATEMENT, EventType.MEETING),
            new Rule(Pattern.compile("(?i)\\b(?:said|says|stated|told|wrote|announced|announces|condemned|condemns|warned|warns|added|remarked|asserted|urged|urges"
                    + "|call(?:s|ed)?\\s+on|appeal(?:s|ed|ing)?\\s+to|demand(?:s|ed)?|ask(?:s|ed)?|thank(?:s|ed)?|(?:am|are|is)\\s+grateful|claim(?:s|ed)?"
                    + "|reiterat(?:e|es|ed)|confirm(?:s|ed)?|stress(?:es|ed)|emphasi[sz](?:es|ed)|criticis(?:es|ed)|criticiz(?:es|ed)|accus(?:es|ed)|denie[sd]"
                    + "|recogni[sz](?:es|ed)|declar(?:es|ed)|insist(?:s|ed)|expressed|vow(?:s|ed)|pledg(?:es|ed)|explain(?:s|ed)|noted"
                    + "|acknowledg(?:es|ed)|admit(?:s|ted)|addressed)\\b"),
                    Mode.STATEMENT, EventType.STATEMENT),
            new Rule(Pattern.compile("(?i)\\bdeliver(?:ed|s)\\s+(?:an?|his|her|their)\\s+(?:\\S+\\s+)?(?:address|speech)\\b"), Mode.STATEMENT, EventType.STATEMENT),
            // "Zelensky in message to Moscow: “Life in Russia is ...”": a colon before an opening quote attributes it
            new Rule(Pattern.compile(":(?=\\s*[“\"«])"), Mode.STATEMENT, EventType.STATEMENT),
            // The author's own stance in the lead of a post (first person, an appeal, an obligation) is a statement
            // (PLOVER MAKE STATEMENT / DEMAND) by the author, who needs no name.
            new Rule(Pattern.compile("^\\W*(?:Stop|Close|Help|Act|End|Deal with|Support|Arm|Stand with|Sanction|Do not|Don['’]t)\\b"
                    + "|^\\W*Let(?:\\s+us|['’]s)\\b"
                    + "|\\b(?:I|[Ww]e)\\s+(?:(?:absolutely|really|still|also|firmly|strongly|fully|truly|never|do not|don['’]t|cannot|can['’]t|will not|won['’]t)\\s+){0,2}(?:am|are|have|will|believe|think|see|hope|want|stand|continue|keep|can|must|need|buy|accept|agree|support|call|urge|demand|know|say)\\b|\\b(?:We|I)['’](?:re|ve|ll|m)\\b"
                    + "|\\b(?:must|should|need to|needs to|have to|has to)\\b"), Mode.STANCE, EventType.STATEMENT));
    /**
     * Only the rule alternatives whose literal cues occur in a sentence run on it (regex scanning dominated the
     * annotation; a long rule such as the sanction wordings would otherwise run whole on any sentence with "ban").
     */
    private static final RuleScanner RULE_SCANNER = RuleScanner.of(rulePatterns());
    /** Reporting verbs that attribute a quote: a quote inside a news story, not news of its own. */
    /** Sentences 0 and 1: a headline line and the lead sentence under it, or the lead and its follow-up. */
    private static final int LEAD_SENTENCES = 1;
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");
    private static final Pattern ISO_DATE_VALUE = Pattern.compile("\\d{4}(-\\d{2}(-\\d{2})?)?.*");
    private static final Pattern ATTRIBUTION = Pattern.compile("(?i)(?:said|says|stated|told|wrote|added|remarked|asserted|claim(?:s|ed)?|noted|explain(?:s|ed)|:)");
    /** The author speaks (first person) or the subject is left out ("Held talks with ..."): a post is its author's statement. */
    private static final Pattern AUTHOR_SUBJECT = Pattern.compile("(?i)\\b(?:I|we)(?:['’](?:m|re|ve|ll|d))?\\s+(?:\\S+\\s+){0,6}?$");
    /** A post opening with its verb ("Held talks with", "Continued dialogue with"): the author is the subject. */
    private static final Pattern SUBJECTLESS = Pattern.compile("^\\W*(?:(?:today|yesterday|also|just),?\\s+)*(?:[A-Za-z]+ed\\s+)?$");
    private static final Pattern VERB_FIRST = Pattern.compile("(?i)(?:[a-z]+ed|held|met|spoke|sent|thanks?|calls?|urges?|asks?)\\b.*");
    /** A proper-name subject right before the verb, possibly not a known actor ("YouTube blocks", "Speaker @x held"). */
    private static final Pattern PROPER_SUBJECT = Pattern.compile(
            "(?:^|[^\\w@#])(?!(?:He|She|It|They|We|I|You|This|That|These|Those|There|The|A|An|Our|Their|His|Her|Its|My|Your|Every|Each|All|Some|Many|Most|If|When|While|As|In|On|At|After|And|But|So)\\b)[A-Z@#][\\w.&@-]*(?:\\s+[A-Z@#][\\w.&@-]*){0,4}"
                    + "\\s+(?:(?:has|have|had|will|would|could|is|are|was|were|been|also|just|now|already|today|officially|has been|started)\\s+)*$");
    /** Protest policing turns a protest into a protest with intervention. */
    private static final Pattern INTERVENTION = Pattern.compile("(?i)\\b(?:dispers\\w+|tear gas|stun grenades?|rubber bullets|water cannons?|gunfire|beat(?:en)?|detain\\w*)\\b");
    private static final CuedPattern BACKGROUND = CuedPattern.of(Pattern.compile(
            "(?i)\\bsince\\s+(?:an?|the|its|their)\\s+(?:[a-z-]+\\s+)?(?:offensive|invasion|attack|incursion|war|start)\\b"
                    + "|\\b(?:since|after|before)\\s+the\\s+(?:start|beginning|outbreak)\\s+of\\b"
                    // habitual: "700 shellings each day" describes the war, not an event
                    + "|\\b(?:every|each)\\s+(?:day|night|week)\\b|\\bdaily\\b|\\bper day\\b"
                    + "|\\b(?:in the past|previously|has never|had never|last year|ago|earlier this (?:year|month)|in (?:19|20)\\d\\d)\\b"
                    // cumulative tallies of the war, not one occurrence: "as a result of the invasion", "during 20 days
                    // of war", "as of March 18", "so far"
                    + "|\\bas a result of (?:the )?(?:\\S+\\s+)?(?:invasion|war|aggression)\\b|\\b\\d+ (?:days|weeks|months) of\\b"
                    + "|\\bas of\\b|\\bso far\\b|\\bin total\\b|\\bto date\\b"));
    /** Words that make what follows them in the sentence something asked for (PLOVER DEMAND), not something done. */
    private static final Pattern DEMAND = Pattern.compile(
            "(?i)\\b(?:must|should|ought to|needs? to|ha(?:s|ve) to|requires?|urg(?:e|es|ed|ing)|call(?:s|ed|ing)?\\s+(?:on|for|upon)|appeal\\w*|demand\\w*|only way|time to|let['’]?s|would"
                    // a continuing policy ("will continue to provide") is what a party says it does, not a new delivery
                    + "|continue\\s+to|keep\\s+(?:on\\s+)?)\\b"
                    // a numbered or bare imperative ("2. Provide anti-ship missiles")
                    + "|^\\W*(?:\\d+[.)]\\s*)?$");
    private static final Pattern CIVILIAN = Pattern.compile("(?i)\\b(?:civilians?|residential|homes?|apartments?|hospitals?|schools?)\\b");
    private static final Pattern TARGETING_CIVILIANS = Pattern.compile(
            "(?i)\\btarget\\w*\\s+(?:\\w+\\s+){0,3}civilian|\\bcivilians?\\s+(?:were|was|are)\\s+(?:deliberately\\s+)?targeted|\\bdeliberately\\s+(?:\\w+\\s+){0,2}civilian");
    private static final Pattern ADJECTIVE_BEFORE = Pattern.compile(
            "\\b([A-Za-z][a-z]+)\\s+(?:(?:ballistic|cruise|massive|deadly|latest|large-scale|overnight|new|fresh|heavy|combined|drone|missile|and)\\s+)*$");
    private static final List<String> PRECISIONS = List.of("unknown", "century", "decade", "year", "quarter", "season", "month",
            "week", "day", "part-of-day", "hour", "minute");

    private final FigureExtractor figureExtractor;
    private final CasualtyAggregator casualties;
    private final Gazetteer gazetteer;
    private final ActorKb kb;

    public EventDetector(FigureExtractor figureExtractor, CasualtyAggregator casualties, Gazetteer gazetteer, ActorKb kb) {
        this.figureExtractor = figureExtractor;
        this.casualties = casualties;
        this.gazetteer = gazetteer;
        this.kb = kb;
    }

    public EventDetector(FigureExtractor figureExtractor, Gazetteer gazetteer, ActorKb kb) {
        this(figureExtractor, new CasualtyAggregator(), gazetteer, kb);
    }

    public DetectedEvents detect(AnalyzedText at, DocumentDate dct, List<TimeExpression> timexes, List<PlaceMention> places,
            List<EntityMention> entities, List<QuoteMention> quotes) {
        String text = at.text();
        List<EventMention> events = new ArrayList<>();
        List<Trigger> pendingDisrupted = new ArrayList<>();
        Map<Integer, Integer> sentencePlace = new HashMap<>();
        int[] leadLine = leadLine(text);
        for (Sentence s : at.sentences()) {
            int placeIdx = governingPlace(places, s, quotes);
            sentencePlace.put(s.index(), placeIdx);
            List<Trigger> triggers = triggers(text, s, quotes);
            boolean hasOccurrence = false;
            boolean framed = false;
            boolean protest = triggers.stream().anyMatch(t -> t.type() == EventType.PROTEST);
            boolean remote = triggers.stream().anyMatch(t -> t.mode() != Mode.STATEMENT && (t.type() == null || t.type().attack()));
            for (Trigger t : triggers) {
                if (t.mode() == Mode.STATEMENT || t.mode() == Mode.STANCE) {
                    continue;
                }
                if (irrealis(text, s, t)) {
                    // "could strike", "threatened to blow up", "they don't drop bombs", "if HIMARS help in the battle":
                    // nothing happened that the clause reports
                    continue;
                }
                if (protest && (t.type() == EventType.CIVILIAN_ATTACK || t.type() == EventType.ARRESTS)
                        && INTERVENTION.matcher(text.substring(s.start(), s.end())).find()) {
                    // "used gunfire and stun grenades to disperse protesters": the force is the protest's intervention
                    continue;
                }
                if (remote && t.type() == EventType.CIVILIAN_ATTACK) {
                    // "a missile strike murdered civilians": the killing is the strike's toll, not a second event
                    continue;
                }
                if (t.mode() == Mode.DISRUPTED) {
                    // In a strike report the interceptions are figures of the attack, not an event of their own.
                    EventMention attack = null;
                    for (EventMention e : events) {
                        if (e.type().attack() && !e.background()) {
                            attack = e;
                            break;
                        }
                    }
                    if (attack != null) {
                        attack.sentences.add(s.index());
                        hasOccurrence = true;
                    } else {
                        pendingDisrupted.add(t);
                    }
                    continue;
                }
                EventType type = t.type() != null ? t.type() : attackType(t.text());
                if (type == EventType.GOVERNMENT_REGAINS || type == EventType.NON_STATE_OVERTAKES) {
                    type = TerritorialControl.type(at, s, t.start(), t.end(), type == EventType.GOVERNMENT_REGAINS, places);
                    if (type == null) {
                        continue;
                    }
                }
                if (type == EventType.PROTEST && INTERVENTION.matcher(text.substring(s.start(), s.end())).find()) {
                    type = EventType.PROTEST_WITH_INTERVENTION;
                }
                int timexIdx = governingTimex(timexes, s, t);
                int eventPlace = triggerPlace(text, places, s, t.start(), t.end(), quotes);
                if (eventPlace < 0) {
                    eventPlace = placeIdx;
                }
                boolean reported = ReportedSpeech.framingVerbEnd(text, s, t.start(),
                        timexIdx < 0 ? null : timexes.get(timexIdx).precision(), entities, places) >= 0
                        || ReportedSpeech.topicOfSpeech(text, s, t.start());
                framed |= reported;
                EventMention target = mergeTarget(events, type, t.mode(), eventPlace, timexIdx, places, timexes);
                if (target != null) {
                    if (target.type().attack() && !target.weaponStated && t.type() == null && weaponNamed(t.text())) {
                        // "fired on a swimming pool ... launched an airstrike on it": the named weapon decides
                        target.type = type;
                        target.weaponStated = true;
                    }
                    merge(target, s.index(), eventPlace, timexIdx, places, timexes);
                    hasOccurrence = true;
                } else if (t.mode() == Mode.EXPLICIT) {
                    EventMention e = new EventMention(t.start(), t.end(), t.text(), s.index(), type);
                    e.weaponStated = t.type() != null || weaponNamed(t.text());
                    setDate(e, timexIdx, timexes, dct);
                    e.placeIndex = eventPlace;
                    // what a named speaker said happened is the topic of the speech act, not an occurrence the
                    // text reports
                    e.background = reported || isBackground(backgroundWindow(text, s, t.start(), t.end(), quotes), e, dct);
                    events.add(e);
                    // a past or habitual occurrence leaves the sentence free to report a statement about it
                    hasOccurrence |= !e.background;
                }
            }
            if (!hasOccurrence) {
                boolean lead = s.start() >= leadLine[0] && s.start() < leadLine[1];
                int before = events.size();
                statement(at, s, triggers, lead, entities, timexes, dct, places, events, quotes);
                if (framed && events.size() > before && events.get(events.size() - 1).type().statement()) {
                    events.get(events.size() - 1).framesOccurrence = true;
                }
            }
        }
        if (events.stream().noneMatch(e -> e.type().attack())) {
            for (Trigger t : pendingDisrupted) {
                int si = at.sentenceAt(t.start());
                Sentence s = at.sentences().get(si);
                int timexIdx = governingTimex(timexes, s, t);
                EventMention target = mergeTarget(events, EventType.DISRUPTED_WEAPONS, Mode.EXPLICIT, sentencePlace.get(si), timexIdx, places, timexes);
                if (target != null) {
                    merge(target, si, sentencePlace.get(si), timexIdx, places, timexes);
                } else {
                    EventMention e = new EventMention(t.start(), t.end(), t.text(), si, EventType.DISRUPTED_WEAPONS);
                    setDate(e, timexIdx, timexes, dct);
                    e.placeIndex = sentencePlace.get(si);
                    events.add(e);
                }
            }
            events.sort(Comparator.comparingInt(EventMention::start));
        }
        for (EventMention e : events) {
            if (e.placeIndex() < 0 && !e.type().statement()) {
                e.placeIndex = placeInParagraph(at, e.sentenceIndex(), sentencePlace);
            }
        }
        Map<EventMention, List<Figure>> casualtyFigures = attachFigures(at, events, sentencePlace, places);
        String opponent = null;
        for (EventMention e : events) {
            attachActors(at, e, places, entities);
            if (e.type().violent() && e.actors().stream().noneMatch(a -> a.role().equals("attacker"))) {
                if (opponent == null) {
                    opponent = opponentCountry(at, places, entities);
                }
                GazetteerEntry where = e.placeIndex() >= 0 ? places.get(e.placeIndex()).entry() : null;
                if (e.type().attack() && where != null && opponent != null && !opponent.equals(where.country())) {
                    GazetteerEntry c = gazetteer.country(opponent);
                    e.addActor(toActor(kb.forces(opponent, c == null || c.demonyms().isEmpty() ? null : c.demonyms().get(0)), "attacker"));
                }
            }
        }
        int headlineEnd = leadLine[1];
        Token argues = OpinionCues.argues(at, quotes);
        if (argues != null) {
            // in a post that argues, an occurrence anchored in no place or day is named in passing ("Ukraine's
            // hospitals have been bombed", "good at killing civilians"): context of the argument, not its news
            for (EventMention e : events) {
                if (!e.type().statement() && !anchoredInPlaceOrDay(e, places, timexes)) {
                    e.background = true;
                }
            }
        }
        // whether the story is about an occurrence is decided without the headline anchor, so that a headline act
        // does not turn every quote of a long article into an event; the anchored main event itself is kept
        int anchored = mainEvent(events, headlineEnd);
        dropQuotedStatements(events, mainEvent(events, text.length()), anchored < 0 ? null : events.get(anchored));
        int main = mainEvent(events, headlineEnd);
        if (argues != null && (main < 0 || events.get(main).background())) {
            // nothing reported but an argument: the post is its author's statement (no party: the author)
            EventMention stance = new EventMention(argues.start(), argues.end(), argues.text(), argues.sentence(), EventType.STATEMENT);
            stance.stance = true;
            setDate(stance, -1, timexes, dct);
            events.add(stance);
            events.sort(Comparator.comparingInt(EventMention::start));
            main = events.indexOf(stance);
        }
        if (main >= 0 && events.get(main).type().violent()) {
            reconcileCasualties(text, events.get(main), casualtyFigures.getOrDefault(events.get(main), List.of()));
        }
        if (main >= 0 && events.get(main).timexIndex() >= 0) {
            // an undated news event of the article happened in the main event's time frame, not on the publication date
            EventMention m = events.get(main);
            for (EventMention e : events) {
                if (e.timexIndex() < 0 && !e.background()) {
                    e.timexIndex = m.timexIndex();
                    e.dateValue = m.dateValue();
                    e.datePrecision = m.datePrecision();
                }
            }
        }
        return new DetectedEvents(List.copyOf(events), main);
    }

    /**
     * A modal, conditional, intention or negation governs the trigger: it stands in the same clause before it (no
     * clause punctuation or opener between, at most {@link #IRREALIS_WORDS} words back).
     */
    private static boolean irrealis(String text, Sentence s, Trigger t) {
        int from = t.start();
        int words = 0;
        while (from > s.start()) {
            char c = text.charAt(from - 1);
            if (c == ',' || c == ';' || c == ':' || c == '(' || c == ')' || c == '\n' || c == '—' || c == '–' || c == '.') {
                break;
            }
            if (Character.isWhitespace(c) && ++words > IRREALIS_WORDS) {
                break;
            }
            from--;
        }
        String clause = text.substring(from, t.start());
        Matcher boundary = CLAUSE_OPENER.matcher(clause);
        int open = 0;
        while (boundary.find()) {
            open = boundary.end();
        }
        return IRREALIS.matcher(clause.substring(open)).find();
    }

    /** Words that open a new clause or an adjunct: a negation before them does not reach the trigger. */
    private static final Pattern CLAUSE_OPENER = Pattern.compile(
            "(?i)\\b(?:after|before|since|when|while|that|which|who|where|because|but|as|until|amid|following)\\b");

    private static final int IRREALIS_WORDS = 16;
    private static final Pattern IRREALIS = Pattern.compile("(?i)\\b(?:if|unless|whether|would|could|might|(?-i:may)|can|cannot|will|shall|must|should|not|never"
            + "|no longer|threat(?:en|ens|ened|ening)?\\s+to|plan(?:s|ned|ning)?\\s+to|ready\\s+to|wants?\\s+to|prevent\\w*|avoid\\w*)\\b|n['’]t\\b|['’]ll\\b");

    /**
     * The headline, or the first line mostly in Latin script when the headline is in another ("Росіяни обстрілами ...",
     * then the English description): the rules read English, so the lead is the first line they can read.
     */
    static int[] leadLine(String text) {
        int start = 0;
        while (start < text.length()) {
            int end = text.indexOf('\n', start);
            end = end < 0 ? text.length() : end;
            int latin = 0;
            int other = 0;
            for (int i = start; i < end; i++) {
                char c = text.charAt(i);
                if (c < 128 && Character.isLetter(c)) {
                    latin++;
                } else if (Character.isLetter(c)) {
                    other++;
                }
            }
            if (latin > 0 && latin >= 2 * other) {
                return new int[] { start, end };
            }
            start = end + 1;
        }
        int first = text.indexOf('\n');
        return new int[] { 0, first < 0 ? text.length() : first };
    }

    /** A place below the country level or a day (or finer) that the text itself gives: a reported occurrence. */
    private static boolean anchoredInPlaceOrDay(EventMention e, List<PlaceMention> places, List<TimeExpression> timexes) {
        if (e.placeIndex() >= 0 && !places.get(e.placeIndex()).entry().kind().equals("country")) {
            return true;
        }
        return e.timexIndex() >= 0 && DAY_OR_FINER.contains(timexes.get(e.timexIndex()).precision());
    }

    private static final List<String> DAY_OR_FINER = List.of("day", "part-of-day", "hour", "minute");

    private static List<Trigger> triggers(String text, Sentence s, List<QuoteMention> quotes) {
        String sentence = text.substring(s.start(), s.end());
        List<Trigger> found = new ArrayList<>();
        RuleScanner.Candidates candidates = RULE_SCANNER.candidates(sentence);
        for (int i = 0; i < RULES.size(); i++) {
            if (!RULE_SCANNER.mayMatch(candidates, i)) {
                continue;
            }
            Rule r = RULES.get(i);
            RULE_SCANNER.find(i, candidates, (ms, me) -> {
                int start = s.start() + ms;
                int end = s.start() + me;
                if (insideQuote(start, quotes) || overlaps(found, start, end)) {
                    return;
                }
                String trig = sentence.substring(ms, me);
                if (r.mode() == Mode.ANAPHORIC) {
                    // the trigger is the head noun phrase without the determiner
                    int sp = trig.indexOf(' ');
                    start += sp + 1;
                    trig = trig.substring(sp + 1);
                }
                found.add(new Trigger(start, end, trig, r.mode(), r.type()));
            });
        }
        found.sort(Comparator.comparingInt(Trigger::start));
        return found;
    }

    /** The trigger patterns in rule order (the prefilter's and its test's view of the rules). */
    static List<Pattern> rulePatterns() {
        return RULES.stream().map(Rule::pattern).toList();
    }

    private static boolean overlaps(List<Trigger> found, int start, int end) {
        for (Trigger t : found) {
            if (start < t.end() && end > t.start()) {
                return true;
            }
        }
        return false;
    }

    private static boolean insideQuote(int offset, List<QuoteMention> quotes) {
        for (QuoteMention q : quotes) {
            if (offset >= q.start() && offset < q.end()) {
                return true;
            }
        }
        return false;
    }

    private static boolean weaponNamed(String trigger) {
        return WEAPON_WORD.matcher(trigger).find();
    }

    private static final Pattern WEAPON_WORD = Pattern.compile(
            "(?i)missile|rocket|artillery|shell|drone|air|aerial|bomb|shahed|grad|uragan|mlrs|launcher|shrapnel");

    private static EventType attackType(String trigger) {
        String t = trigger.toLowerCase(Locale.ROOT);
        if (t.contains("missile") || t.contains("rocket") || t.contains("artillery") || t.contains("shell")) {
            return EventType.SHELLING;
        }
        if (t.contains("drone") || t.contains("air") || t.contains("aerial") || t.contains("bomb") || t.contains("shahed")) {
            return EventType.AIR_STRIKE;
        }
        return EventType.SHELLING;
    }

    private static boolean sameFamily(EventType a, EventType b) {
        return a.attack() && b.attack() || a == b;
    }

    private static EventMention mergeTarget(List<EventMention> events, EventType type, Mode mode, int placeIdx, int timexIdx,
            List<PlaceMention> places, List<TimeExpression> timexes) {
        PlaceMention place = placeIdx >= 0 ? places.get(placeIdx) : null;
        String date = timexIdx >= 0 ? timexes.get(timexIdx).value() : null;
        if (mode == Mode.ANAPHORIC) {
            // "the attack" refers to the story's attack: the first compatible one, else the latest of the kind
            EventMention latest = null;
            for (EventMention e : events) {
                if (!sameFamily(e.type(), type)) {
                    continue;
                }
                latest = e;
                if (!e.background() && placesCompatible(e.placeIndex() >= 0 ? places.get(e.placeIndex()) : null, place)) {
                    return e;
                }
            }
            return latest;
        }
        for (int i = events.size() - 1; i >= 0; i--) {
            EventMention e = events.get(i);
            if (!sameFamily(e.type(), type)) {
                continue;
            }
            PlaceMention ep = e.placeIndex() >= 0 ? places.get(e.placeIndex()) : null;
            if (!placesCompatible(ep, place)) {
                continue;
            }
            if (mode == Mode.ANAPHORIC || date == null || e.timexIndex() < 0 || datesCompatible(e.dateValue(), date)) {
                return e;
            }
        }
        return null;
    }

    static boolean placesCompatible(PlaceMention a, PlaceMention b) {
        if (a == null || b == null || a.entry() == b.entry()) {
            return true;
        }
        return a.entry().within(b.entry()) || b.entry().within(a.entry());
    }

    static boolean datesCompatible(String a, String b) {
        if (a == null || b == null || a.equals(b) || a.indexOf('X') >= 0 || b.indexOf('X') >= 0) {
            return true;
        }
        String da = a.length() >= 10 ? a.substring(0, 10) : a;
        String db = b.length() >= 10 ? b.substring(0, 10) : b;
        if (da.equals(db) || da.startsWith(db) || db.startsWith(da)) {
            return true;
        }
        try {
            // "Tuesday night" and "early Wednesday" are the same overnight attack.
            long days = Math.abs(LocalDate.parse(da).toEpochDay() - LocalDate.parse(db).toEpochDay());
            return days == 1 && (a.endsWith("TNI") || b.endsWith("TNI"));
        } catch (DateTimeParseException e) {
            return false;
        }
    }

    private static void merge(EventMention e, int sentence, int placeIdx, int timexIdx, List<PlaceMention> places,
            List<TimeExpression> timexes) {
        e.sentences.add(sentence);
        if (placeIdx >= 0) {
            PlaceMention np = places.get(placeIdx);
            PlaceMention op = e.placeIndex() >= 0 ? places.get(e.placeIndex()) : null;
            if (op == null || op.entry().kind().equals("country") && np.entry().within(op.entry()) && np.entry() != op.entry()) {
                e.placeIndex = placeIdx;
            }
        }
        adoptDate(e, timexIdx, timexes);
    }

    /** A later mention of the event may date it more precisely than the one that introduced it. */
    private static void adoptDate(EventMention e, int timexIdx, List<TimeExpression> timexes) {
        if (timexIdx >= 0 && (e.timexIndex() < 0 || dateScore(timexes.get(timexIdx)) > dateScore(timexes.get(e.timexIndex())))) {
            TimeExpression t = timexes.get(timexIdx);
            e.timexIndex = timexIdx;
            e.dateValue = t.value();
            e.datePrecision = t.precision();
        }
    }

    private static int dateScore(TimeExpression t) {
        int x = 0;
        for (int i = 0; i < t.value().length(); i++) {
            if (t.value().charAt(i) == 'X') {
                x++;
            }
        }
        return PRECISIONS.indexOf(t.precision()) * 100 - x;
    }

    private static void setDate(EventMention e, int timexIdx, List<TimeExpression> timexes, DocumentDate dct) {
        if (timexIdx >= 0) {
            TimeExpression t = timexes.get(timexIdx);
            e.timexIndex = timexIdx;
            e.dateValue = t.value();
            e.datePrecision = t.precision();
        } else {
            e.dateValue = dct.value() == null ? null : dct.value().toString();
            e.datePrecision = dct.value() == null ? "unknown" : dct.precision();
        }
    }

    /** The DATE/TIME expression of the sentence nearest to the trigger. */
    private static int governingTimex(List<TimeExpression> timexes, Sentence s, Trigger t) {
        int best = -1;
        int bestDistance = Integer.MAX_VALUE;
        for (int i = 0; i < timexes.size(); i++) {
            TimeExpression x = timexes.get(i);
            if (x.start() < s.start() || x.end() > s.end() || !(x.type().equals("DATE") || x.type().equals("TIME"))
                    || x.value() == null || x.value().startsWith("P")) {
                continue;
            }
            int d = x.start() >= t.end() ? x.start() - t.end() : t.start() - x.end();
            if (Math.abs(d) < bestDistance) {
                best = i;
                bestDistance = Math.abs(d);
            }
        }
        return best;
    }

    /**
     * The place grammatically attached to a trigger, or -1: the object of a locative preposition right after it
     * ("attack on Kyiv", "strikes in the Sumy region", "shelling of Kharkiv's outskirts") or a place name modifying it
     * ("the Kharkiv strike"). A sentence often names other places in other roles ("Moscow is not interested in peace
     * after a drone attack on Kyiv"); the attached one is where the event happened.
     */
    static int triggerPlace(String text, List<PlaceMention> places, Sentence s, int triggerStart, int triggerEnd,
            List<QuoteMention> quotes) {
        int best = -1;
        for (int i = 0; i < places.size(); i++) {
            PlaceMention p = places.get(i);
            if (p.start() < s.start() || p.end() > s.end() || insideQuote(p.start(), quotes)) {
                continue;
            }
            boolean attached = p.start() >= triggerEnd
                    ? p.start() - triggerEnd <= MAX_ATTACHMENT_GAP
                            && LOCATIVE_GAP.matcher(text.substring(triggerEnd, p.start())).matches()
                    : p.end() <= triggerStart && MODIFIER_GAP.matcher(text.substring(p.end(), triggerStart)).matches();
            if (attached && (best < 0 || p.entry().specificity() > places.get(best).entry().specificity())) {
                best = i;
            }
        }
        return best;
    }

    private static final int MAX_ATTACHMENT_GAP = 48;
    /** A locative preposition, then only determiners, modifiers and other places ("on the Ukrainian capital"). */
    private static final java.util.regex.Pattern LOCATIVE_GAP = java.util.regex.Pattern.compile(
            "(?:\\s+(?:launched|carried out|conducted|reported|overnight|early|late|today|again))*"
                    + "\\s+(?:on|in|at|near|against|across|over|of|around|outside|targeting|hitting|into|throughout"
                    + "|in and around|on and around)"
                    + "(?:\\s+(?:the|a|an|several|two|three|four|five|many|central|western|eastern|northern|southern"
                    + "|north-eastern|north-western|south-eastern|south-western|residential|parts of|areas of|city of"
                    + "|town of|village of|region of|districts? of|outskirts of|centre of|center of))*\\s+");
    /** Nothing but an article or adjective between a place name and the trigger it modifies ("the Kyiv attack"). */
    private static final java.util.regex.Pattern MODIFIER_GAP = java.util.regex.Pattern.compile(
            "(?:'s)?\\s+(?:(?:deadly|latest|overnight|massive|missile|drone|ballistic|air|rocket)\\s+)*");

    /** The most specific place of the sentence; several at that level fall back to a place containing them all. */
    static int governingPlace(List<PlaceMention> places, Sentence s, List<QuoteMention> quotes) {
        List<Integer> in = new ArrayList<>();
        for (int i = 0; i < places.size(); i++) {
            PlaceMention p = places.get(i);
            if (p.start() >= s.start() && p.end() <= s.end() && !insideQuote(p.start(), quotes)) {
                in.add(i);
            }
        }
        if (in.isEmpty()) {
            return -1;
        }
        int top = in.stream().mapToInt(i -> places.get(i).entry().specificity()).max().orElse(0);
        List<Integer> best = in.stream().filter(i -> places.get(i).entry().specificity() == top).toList();
        boolean distinct = best.stream().map(i -> places.get(i).entry()).distinct().count() > 1;
        if (distinct) {
            for (int i : in) {
                GazetteerEntry parent = places.get(i).entry();
                if (parent.specificity() < top && best.stream().allMatch(b -> places.get(b).entry().within(parent))) {
                    return i;
                }
            }
        }
        return best.get(0);
    }

    /** "Shelling of a residential area. Mykolaiv, in the morning": the nearest place of the same paragraph, earlier first. */
    private static int placeInParagraph(AnalyzedText at, int sentence, Map<Integer, Integer> sentencePlace) {
        String text = at.text();
        for (int d = 1; d <= 3; d++) {
            for (int si : new int[] { sentence - d, sentence + d }) {
                if (si < 0 || si >= at.sentences().size()) {
                    continue;
                }
                int from = Math.min(at.sentences().get(si).end(), at.sentences().get(sentence).end());
                int to = Math.max(at.sentences().get(si).start(), at.sentences().get(sentence).start());
                if (text.substring(Math.min(from, to), Math.max(from, to)).indexOf('\n') >= 0) {
                    continue;
                }
                Integer p = sentencePlace.get(si);
                if (p != null && p >= 0) {
                    return p;
                }
            }
        }
        return -1;
    }

    private static boolean isBackground(String sentence, EventMention e, DocumentDate dct) {
        if (BACKGROUND.find(sentence)) {
            return true;
        }
        if (e.timexIndex() >= 0 && dct.value() != null && e.dateValue() != null && ISO_DATE_VALUE.matcher(e.dateValue()).matches()) {
            String v = e.dateValue();
            LocalDate last;
            try {
                if (v.length() >= 10 && Character.isDigit(v.charAt(8))) {
                    last = LocalDate.parse(v.substring(0, 10));
                } else if (v.length() >= 7 && Character.isDigit(v.charAt(5))) {
                    last = LocalDate.parse(v.substring(0, 7) + "-01").plusMonths(1).minusDays(1);
                } else {
                    last = LocalDate.of(Integer.parseInt(v.substring(0, 4)), 12, 31);
                }
            } catch (RuntimeException ex) {
                return false;
            }
            return last.isBefore(dct.value().minusDays(30));
        }
        return false;
    }

    /**
     * What a sentence or post with several diplomatic cues is about: a concrete act (rejection, proposal, sanction,
     * aid) says more than a meeting, and a meeting more than "said".
     */
    static int statementPriority(EventType type) {
        return switch (type) {
            case REJECTION -> 0;
            case PROPOSAL -> 1;
            case SANCTION -> 2;
            case AID -> 3;
            case MEETING -> 4;
            default -> 5;
        };
    }

    private static int sentencePriority(EventType type, boolean amount) {
        int p = statementPriority(type) * 2;
        return type == EventType.AID && !amount ? statementPriority(EventType.MEETING) * 2 + 1 : p;
    }

    private static final CuedPattern AMOUNT = CuedPattern.of(Pattern.compile("(?i)[$€£]\\s?\\d|\\d\\s*(?:million|billion|bn|mln)\\b|\\b(?:million|billion)\\b|\\b(?:\\d+|two|three|four|five|six|seven|eight|nine|ten|dozens?|hundreds?)\\s+(?:[A-Za-z-]+\\s+){0,3}?(?:tanks|howitzers|missiles|systems|drones|guns)"));

    /**
     * A statement-family event when the sentence reports no occurrence. The party is the named entity next to the
     * verb, else a country acting as the subject ("Japan is allocating"); with neither, only the author's own act
     * counts ("We call on", "Held talks with"), without a party. A pronoun or unnamed speaker ("he said") is a quote.
     */
    private void statement(AnalyzedText at, Sentence s, List<Trigger> triggers, boolean lead, List<EntityMention> entities,
            List<TimeExpression> timexes, DocumentDate dct, List<PlaceMention> places, List<EventMention> events,
            List<QuoteMention> quotes) {
        if (triggers.stream().noneMatch(t -> t.mode() == Mode.STATEMENT || t.mode() == Mode.STANCE && lead)) {
            return;
        }
        Trigger best = null;
        // aid talked about ("discussed the assistance Ukraine needs") is the topic of a meeting; aid with an amount is news
        boolean amount = AMOUNT.find(at.text().substring(s.start(), s.end()));
        for (Trigger t : triggers) {
            boolean cue = t.mode() == Mode.STATEMENT || t.mode() == Mode.STANCE && lead;
            if (cue && (best == null || sentencePriority(t.type(), amount) < sentencePriority(best.type(), amount)
                    // a colon before a quote attributes it to a named party; it does not displace the author's own stance
                    || best.mode() == Mode.STANCE && t.mode() == Mode.STATEMENT && t.type() == best.type() && !t.text().equals(":"))) {
                best = t;
            }
        }
        if (best == null) {
            return;
        }
        EntityMention agent = null;
        String upToVerb = at.text().substring(s.start(), best.start()).stripTrailing();
        if (best.type() == EventType.STATEMENT && (upToVerb.endsWith(",") || upToVerb.endsWith("\"") || upToVerb.endsWith("”") || upToVerb.endsWith("’"))) {
            // "..., said Andriy Yermak": only reporting verbs put their subject after them, and only after what was said
            for (EntityMention m : entities) {
                if (m.start() >= best.end() && m.start() <= best.end() + 2 && !insideQuote(m.start(), quotes)) {
                    agent = m;
                }
            }
        }
        if (agent == null) {
            for (EntityMention m : entities) {
                if (m.start() >= s.start() && m.end() <= best.start() && !insideQuote(m.start(), quotes)
                        && (agent == null || m.start() > agent.start())) {
                    agent = m;
                }
            }
            if (agent != null && at.text().substring(agent.end(), best.start()).indexOf(',') >= 0) {
                // "Medvedev, deputy chairman of Russia's Security Council, dismissed": the subject precedes the apposition
                for (EntityMention m : entities) {
                    if (m.start() >= s.start() && m.end() <= agent.start() && m.isPerson() && !insideQuote(m.start(), quotes)) {
                        agent = m;
                        break;
                    }
                }
            }
        }
        Actor actor = agent == null ? null : agent.actor();
        if (actor == null) {
            PlaceMention country = null;
            for (PlaceMention p : places) {
                if (p.start() >= s.start() && p.end() <= best.start() && p.entry().kind().equals("country") && !insideQuote(p.start(), quotes)) {
                    country = p;
                }
            }
            if (country != null) {
                actor = kb.government(country.entry().country(), country.entry().name());
            }
        }
        String before = at.text().substring(s.start(), best.start());
        boolean author = AUTHOR_SUBJECT.matcher(before).find()
                || SUBJECTLESS.matcher(before).matches() && VERB_FIRST.matcher((before.strip() + " " + best.text()).strip()).matches();
        boolean named = !ATTRIBUTION.matcher(best.text()).matches() && PROPER_SUBJECT.matcher(before).find();
        author |= best.mode() == Mode.STANCE;
        if (actor == null && !author && !named && !(lead && concreteAct(best.type()) && !before.isBlank())) {
            // a concrete act in the lead of a post ("The second round of negotiations is over") is the post's news
            // even with its party left implicit (an act opening the sentence is an imperative: "Deliver artillery")
            return;
        }
        int timexIdx = governingTimex(timexes, s, best);
        String party = actor == null ? null : actor.name();
        for (EventMention e : events) {
            boolean sameParty = party == null ? e.actors().isEmpty() : e.actors().stream().anyMatch(x -> x.name().equals(party));
            if (e.type() == best.type() && sameParty
                    && (timexIdx < 0 || e.timexIndex() < 0 || datesCompatible(e.dateValue(), timexes.get(timexIdx).value()))) {
                e.sentences.add(s.index());
                // The speech event is dated by the expression governing its own report, wherever the article gives
                // it ("he added in the interview published on February 11"), not by the story's main event.
                adoptDate(e, timexIdx, timexes);
                return;
            }
        }
        EventType type = best.type();
        if ((type == EventType.SANCTION || type == EventType.AID)
                && DEMAND.matcher(at.text().substring(s.start(), best.start())).find()) {
            // "the only way is to impose tougher sanctions", "must arm Ukraine": an act asked for is a demand, not done
            type = EventType.STATEMENT;
        }
        EventMention e = new EventMention(best.start(), best.end(), best.text(), s.index(), type);
        e.quantified = amount;
        e.stance = best.mode() == Mode.STANCE;
        setDate(e, timexIdx, timexes, dct);
        // Only where the text says the act took place: the other places of its sentence are usually what was said
        // about ("exchanging territory captured in the Kursk region", "a critic of support for Kyiv").
        e.placeIndex = statementPlace(at.text(), places, s, best, quotes);
        if (actor != null) {
            e.addActor(toActor(actor, "party"));
        }
        e.background = isBackground(backgroundWindow(at.text(), s, best.start(), best.end(), quotes), e, dct);
        events.add(e);
    }

    /**
     * Where a statement-family act took place: a place attached to the trigger, else, for a meeting, the object of
     * "in"/"at" later in the trigger's clause ("will meet with JD Vance in Munich on Friday"), else -1 (not stated).
     */
    private static int statementPlace(String text, List<PlaceMention> places, Sentence s, Trigger t, List<QuoteMention> quotes) {
        int attached = triggerPlace(text, places, s, t.start(), t.end(), quotes);
        if (attached >= 0 || t.type() != EventType.MEETING) {
            // a later "in X" locates a meeting; after other acts it usually belongs to what was said ("proposed to
            // swap land held in the Kharkiv region")
            return attached;
        }
        for (int i = 0; i < places.size(); i++) {
            PlaceMention p = places.get(i);
            if (p.start() >= t.end() && p.end() <= s.end() && !insideQuote(p.start(), quotes)
                    && CLAUSE_LOCATIVE.matcher(text.substring(t.end(), p.start())).matches()) {
                return i;
            }
        }
        return -1;
    }

    /** The rest of a clause (no punctuation) ending in a locative preposition and optional determiner. */
    private static final Pattern CLAUSE_LOCATIVE = Pattern.compile("[^,.;:!?\"“”]{0,80}?\\s(?:in|at)\\s+(?:the\\s+)?");

    /** The trigger's neighbourhood within its sentence, quoted words blanked: background cues must govern the trigger. */
    private static String backgroundWindow(String text, Sentence s, int start, int end, List<QuoteMention> quotes) {
        int from = Math.max(s.start(), start - 60);
        int to = Math.min(s.end(), end + 40);
        char[] window = text.substring(from, to).toCharArray();
        for (QuoteMention q : quotes) {
            for (int i = Math.max(q.start(), from); i < Math.min(q.end(), to); i++) {
                window[i - from] = ' ';
            }
        }
        return new String(window);
    }

    /** Figures of each sentence go to the event of a kind that owns them, in that sentence or else the story's current one. */
    /** Attaches each figure to its event (first of a kind wins) and returns each event's casualty figures. */
    private Map<EventMention, List<Figure>> attachFigures(AnalyzedText at, List<EventMention> events,
            Map<Integer, Integer> sentencePlace, List<PlaceMention> places) {
        Map<EventMention, List<Figure>> casualtyFigures = new IdentityHashMap<>();
        // a figure goes only to a violent event (a prisoner count to an agreement): without one, none is read
        if (events.stream().noneMatch(e -> e.type().violent() || e.type() == EventType.AGREEMENT)) {
            return casualtyFigures;
        }
        for (Sentence s : at.sentences()) {
            // Whether a figure finds an event depends only on its sentence and on whether it counts prisoners (the
            // offset only ranks events of its own sentence): a sentence whose figures would all go nowhere is not read.
            if (figureTarget(events, s, probe(FigureKind.KILLED, s), sentencePlace, places) == null
                    && figureTarget(events, s, probe(FigureKind.PRISONERS_EXCHANGED, s), sentencePlace, places) == null) {
                continue;
            }
            List<Figure> figures = figureExtractor.extract(at.text(), s.start(), s.end());
            for (Figure f : figures) {
                EventMention target = figureTarget(events, s, f, sentencePlace, places);
                if (target != null) {
                    target.figures.putIfAbsent(f.kind(), f);
                    target.sentences.add(s.index());
                    if (f.kind() == FigureKind.KILLED || f.kind() == FigureKind.INJURED) {
                        casualtyFigures.computeIfAbsent(target, k -> new ArrayList<>()).add(f);
                    }
                }
            }
        }
        return casualtyFigures;
    }

    /** A stand-in figure of a kind in a sentence, to ask where such a figure would go. */
    private static Figure probe(FigureKind kind, Sentence s) {
        return new Figure(kind, 0, "exact", s.start(), s.start(), "");
    }

    /**
     * The article's main violent event reports the death and injury counts its own statements add up to ("two were
     * killed ... three others were wounded ... one of the wounded later died"), read by the same aggregator the
     * casualty evaluation scores, rather than whichever count came first. Only the figures attached to this event
     * are read, so another place's toll in the same article never mixes in.
     */
    private void reconcileCasualties(String text, EventMention main, List<Figure> own) {
        if (own.isEmpty()) {
            return;
        }
        CasualtyAggregator.Report report = casualties.report(text, own);
        restate(main, FigureKind.KILLED, report.killed(), own);
        restate(main, FigureKind.INJURED, report.injured(), own);
    }

    private static void restate(EventMention main, FigureKind kind, CasualtyAggregator.Count count, List<Figure> own) {
        Figure current = main.figures.get(kind);
        if (count == null || current != null && current.value() == count.value() && current.qualifier().equals(count.qualifier())) {
            return;
        }
        // the evidence span: a statement of exactly this count if there is one, else the first of the kind, else
        // the first casualty statement (a death count inferred from "shot" statements)
        Figure evidence = null;
        for (Figure f : own) {
            if (f.kind() == kind && f.value() == count.value()) {
                evidence = f;
                break;
            }
        }
        if (evidence == null) {
            evidence = current != null ? current : own.get(0);
        }
        main.figures.put(kind, new Figure(kind, count.value(), count.qualifier(), evidence.start(), evidence.end(), evidence.text()));
    }

    private static EventMention figureTarget(List<EventMention> events, Sentence s, Figure f, Map<Integer, Integer> sentencePlace,
            List<PlaceMention> places) {
        boolean prisoners = f.kind() == FigureKind.PRISONERS_EXCHANGED;
        EventMention inSentence = null;
        int bestDistance = Integer.MAX_VALUE;
        for (EventMention e : events) {
            boolean owns = prisoners ? e.type() == EventType.AGREEMENT : e.type().violent();
            if (!owns || !e.sentences().contains(s.index())) {
                continue;
            }
            int d = e.sentenceIndex() == s.index() ? Math.abs(e.start() - f.start()) : Integer.MAX_VALUE - 1;
            if (inSentence == null || d < bestDistance) {
                inSentence = e;
                bestDistance = d;
            }
        }
        if (inSentence != null) {
            return inSentence;
        }
        PlaceMention here = sentencePlace.getOrDefault(s.index(), -1) >= 0 ? places.get(sentencePlace.get(s.index())) : null;
        EventMention current = null;
        for (EventMention e : events) {
            boolean owns = prisoners ? e.type() == EventType.AGREEMENT : e.type().violent();
            if (owns && e.sentenceIndex() <= s.index() && !e.background()
                    && placesCompatible(e.placeIndex() >= 0 ? places.get(e.placeIndex()) : null, here)) {
                current = e;
            }
        }
        if (current == null && !prisoners) {
            // a toll told before its cause ("Two people died in Kyiv overnight. ... the shelling") belongs to the
            // item's attack when there is exactly one
            for (EventMention e : events) {
                if (e.type().violent() && !e.background() && e.sentenceIndex() > s.index()
                        && placesCompatible(e.placeIndex() >= 0 ? places.get(e.placeIndex()) : null, here)) {
                    if (current != null) {
                        return null;
                    }
                    current = e;
                }
            }
        }
        return current;
    }

    private void attachActors(AnalyzedText at, EventMention e, List<PlaceMention> places, List<EntityMention> entities) {
        GazetteerEntry where = e.placeIndex() >= 0 ? places.get(e.placeIndex()).entry() : null;
        StringBuilder sentences = new StringBuilder();
        for (int si : e.sentences()) {
            Sentence s = at.sentences().get(si);
            sentences.append(at.text(), s.start(), s.end()).append('\n');
            if (e.type().statement()) {
                continue;
            }
            for (EntityMention m : entities) {
                if (m.start() >= s.start() && m.end() <= s.end() && !m.isPerson()) {
                    if (e.type().attack() || e.type() == EventType.DISRUPTED_WEAPONS) {
                        if (where != null && m.actor().country() != null && !m.actor().country().equals(where.country())) {
                            e.addActor(toActor(m.actor(), "attacker"));
                        }
                    } else if (e.type() == EventType.ARMED_CLASH) {
                        e.addActor(toActor(m.actor(), "party"));
                    } else if (e.type() == EventType.AGREEMENT) {
                        if (m.actor().country() != null) {
                            GazetteerEntry c = gazetteer.country(m.actor().country());
                            e.addActor(toActor(kb.government(m.actor().country(), c == null ? null : c.name()), "party"));
                        }
                    } else {
                        e.addActor(toActor(m.actor(), "party"));
                    }
                }
            }
            if (e.type() == EventType.AGREEMENT) {
                for (PlaceMention p : places) {
                    if (p.start() >= s.start() && p.end() <= s.end() && p.entry().kind().equals("country")) {
                        e.addActor(toActor(kb.government(p.entry().country(), p.entry().name()), "party"));
                    }
                }
            }
        }
        if (e.type().attack()) {
            // "Ukrainian strikes" (the demonym opens the trigger) or "a Russian missile strike" (it precedes it)
            String first = WHITESPACE.split(e.trigger())[0];
            GazetteerEntry own = gazetteer.countryByDemonym(Character.toUpperCase(first.charAt(0)) + first.substring(1));
            Matcher m = ADJECTIVE_BEFORE.matcher(at.text().substring(Math.max(0, e.start() - 60), e.start()));
            if (own != null) {
                e.addActor(toActor(kb.forces(own.country(), first), "attacker"));
            } else if (m.find()) {
                String demonym = Character.toUpperCase(m.group(1).charAt(0)) + m.group(1).substring(1);
                GazetteerEntry c = gazetteer.countryByDemonym(demonym);
                if (c != null) {
                    e.addActor(toActor(kb.forces(c.country(), demonym), "attacker"));
                }
            }
        }
        if (e.type().violent()) {
            String all = sentences.toString();
            if (CIVILIAN.matcher(all).find() && where != null) {
                GazetteerEntry country = gazetteer.country(where.country());
                e.addActor(new EventActor(null, "Civilians (" + (country == null ? where.country() : country.name()) + ")", "target"));
            }
            e.civilianTargeting = TARGETING_CIVILIANS.matcher(all).find();
        }
    }

    /** The foreign country most present in the article (agents and demonyms): the default attacker of a strike there. */
    private String opponentCountry(AnalyzedText at, List<PlaceMention> places, List<EntityMention> entities) {
        Map<String, Integer> counts = new HashMap<>();
        for (EntityMention m : entities) {
            if (!m.isPerson() && m.actor().country() != null) {
                counts.merge(m.actor().country(), 2, Integer::sum);
            }
        }
        at.tokens().forEach(t -> {
            GazetteerEntry c = gazetteer.countryByDemonym(t.text());
            if (c != null) {
                counts.merge(c.country(), 1, Integer::sum);
            }
        });
        String home = null;
        Map<String, Integer> placeCounts = new HashMap<>();
        for (PlaceMention p : places) {
            placeCounts.merge(p.entry().country(), 1, Integer::sum);
        }
        home = placeCounts.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(null);
        String h = home;
        return counts.entrySet().stream().filter(en -> !en.getKey().equals(h))
                .max(Map.Entry.<String, Integer> comparingByValue().thenComparing(Map.Entry.comparingByKey()))
                .map(Map.Entry::getKey).orElse(null);
    }

    private static EventActor toActor(Actor a, String role) {
        return a == null ? null : new EventActor(a.entityId(), a.name(), role);
    }

    /**
     * The article's main event: the first attack, clash or violence against civilians, else the first other occurrence,
     * else the most concrete statement-family act (earliest on ties); background events only when nothing else is left.
     * The headline says what an item reports: an occurrence or a concrete diplomatic act (talks, aid, sanction,
     * proposal, rejection) in the headline, or such an act reported before any occurrence, outranks the occurrences
     * told after the headline, which are its context ("visited Irpin ... where battles lasted a month", "took 400
     * hostages in a hospital ... the occupiers are shelling it"). A plain statement is what a concrete act is said
     * in ("Biden said Ukraine will receive 800 Stingers"), so any concrete act of the item outranks it.
     */
    private static int mainEvent(List<EventMention> events, int headlineEnd) {
        int best = -1;
        int bestRank = Integer.MAX_VALUE;
        int firstAct = -1;
        for (int i = 0; i < events.size(); i++) {
            EventMention e = events.get(i);
            // a speaker's statement about an occurrence anchors the story as a concrete act would
            if (firstAct < 0 && !e.background() && (e.type() != EventType.STATEMENT || e.framesOccurrence)) {
                firstAct = i;
            }
        }
        if (firstAct >= 0 && events.get(firstAct).start() >= headlineEnd && !concreteAct(events.get(firstAct).type())) {
            firstAct = -1;
        }
        for (int i = 0; i < events.size(); i++) {
            EventMention e = events.get(i);
            int rank = (e.background() ? 100 : 0) + mainRank(e.type()) - (e.type() == EventType.AID && e.quantified ? 1 : 0) + (e.stance ? 1 : 0);
            if (e.type() == EventType.STATEMENT) {
                rank += 2;
            }
            if (firstAct >= 0 && e.start() >= headlineEnd && e.start() > events.get(firstAct).start() && !concreteAct(e.type())) {
                rank += 20;
            }
            if (rank < bestRank) {
                best = i;
                bestRank = rank;
            }
        }
        return best;
    }

    private static boolean concreteAct(EventType type) {
        return type.statement() && type != EventType.STATEMENT;
    }

    private static int mainRank(EventType type) {
        if (type.statement()) {
            // the post's or story's first diplomatic act (later ones are usually its context), unless aid with an amount
            return 10;
        }
        return type.violent() && type != EventType.DISRUPTED_WEAPONS ? 0 : 1;
    }

    /**
     * In a story about an occurrence, what people said about it are quotes, not events: a statement-family event
     * stays only when a named party performs an act beyond reporting speech ("Peskov rejected", "Biden announced"),
     * or when the article opens with it before any occurrence (headline or lead sentence): what a story leads with is
     * its news, even when it was said rather than done ("Zelensky has stated that Ukraine would consider exchanging
     * territory"), unless it only attributes an occurrence ("Russia struck Lviv overnight, the governor said").
     */
    private static void dropQuotedStatements(List<EventMention> events, int main, EventMention anchored) {
        if (main < 0 || events.get(main).type().statement() || events.get(main).background()) {
            return;
        }
        EventMention keep = events.get(main);
        events.removeIf(e -> e != keep && e != anchored && e.type().statement()
                && (e.actors().isEmpty() || ATTRIBUTION.matcher(e.trigger()).matches() && !leadNews(e, events)));
    }

    /** A statement the article opens with, in a sentence reporting no occurrence: not the attribution of one. */
    private static boolean leadNews(EventMention statement, List<EventMention> events) {
        return statement.sentenceIndex() <= LEAD_SENTENCES && events.stream().noneMatch(o -> !o.type().statement()
                && (o.sentences.contains(statement.sentenceIndex()) || o.start() < statement.start()));
    }
}
