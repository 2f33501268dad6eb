package io.conflicttimeline.nlp.event;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.conflicttimeline.nlp.entity.EntityMention;
import io.conflicttimeline.nlp.place.PlaceMention;
import io.conflicttimeline.nlp.text.Sentence;

/**
 * Whether an occurrence is the content of a named speaker's speech act rather than reported by the text itself:
 * "Zelensky says sanctions are not enough after rockets hit Ukraine", "Lavrov claimed that Ukraine shelled Donbas".
 * The main clause is then the speech act (the item is its speaker's Statement) and the occurrence what was said about.
 * An occurrence told as fact keeps its own standing: one given a toll or a day ("the mayor said two people were killed
 * in the overnight strike") is news however it is attributed, and a postposed attribution ("Russia struck Lviv, the
 * governor said") leaves the occurrence in the main clause.
 */
final class ReportedSpeech {

    /** Verbs of saying and of stance that take what was said as their complement or frame it with an adjunct. */
    private static final Pattern SPEECH_VERB = Pattern.compile("(?i)\\b(?:says|said|tells|told|warns|warned|claims|claimed"
            + "|accuses|accused|condemns|condemned|denies|denied|insists|insisted|believes|believed|argues|argued|stresses|stressed"
            + "|calls|called|urges|urged|vows|vowed|reminds|reminded|asserts|asserted|notes|noted)\\b");
    /** What may stand between a named subject and its verb: an adverb, an auxiliary, a short apposition-free gap. */
    private static final Pattern SUBJECT_GAP = Pattern.compile("(?:\\s+|\\s*['’]s\\s+[a-z]+\\s+)?(?:(?:also|again|now|has|have|had|just|reportedly|today|on\\s+\\w+|in\\s+(?:a|an|his|her)\\s+\\w+)\\s+){0,3}");
    /** A toll told with the occurrence makes it a report of fact, whoever told it. */
    private static final Pattern TOLL = Pattern.compile("(?i)\\b(?:killed|killing|dead|died|dies|injured|injuring|wounded|wounding|casualties|victims)\\b");
    private static final List<String> DAY_OR_FINER = List.of("day", "part-of-day", "hour", "minute");

    private ReportedSpeech() {
    }

    /**
     * The end of the speech verb that frames the occurrence starting at {@code occurrence}, or -1: the verb stands
     * before it in the same sentence, a named party (a known actor, a country or a capitalised name) is its subject,
     * and the occurrence carries no toll in the rest of the sentence and no day-level date ({@code datePrecision}).
     */
    static int framingVerbEnd(String text, Sentence s, int occurrence, String datePrecision, List<EntityMention> entities,
            List<PlaceMention> places) {
        if (datePrecision != null && DAY_OR_FINER.contains(datePrecision)) {
            return -1;
        }
        if (TOLL.matcher(text.substring(occurrence, s.end())).find()) {
            return -1;
        }
        Matcher m = SPEECH_VERB.matcher(text).region(s.start(), occurrence);
        while (m.find()) {
            if (TOLL.matcher(text.substring(s.start(), m.start())).find()) {
                // "two people were killed, the mayor said that ...": the toll told before the speaker is the news
                return -1;
            }
            if (namedSubject(text, s, m.start(), entities, places)) {
                return m.end();
            }
        }
        return -1;
    }

    /** A speech act whose topic is the noun phrase ending here: "informed about the shelling of", "spoke of the attack". */
    private static final Pattern TOPIC_OF_SPEECH = Pattern.compile("(?i)\\b(?:inform\\w*|told|tell\\w*|spoke|speak\\w*|talk\\w*|brief\\w*"
            + "|discuss\\w*|remind\\w*|warn\\w*)\\s+(?:\\S+\\s+){0,3}?(?:about|of|on)\\s+(?:\\S+\\s+){0,3}?$");

    /**
     * Whether the occurrence starting at {@code occurrence} is the topic of a speech act in its own clause ("Informed
     * about insidious shelling of Kyiv", "spoke of the latest attack"): what was talked about, not reported here;
     * unless its toll follows.
     */
    static boolean topicOfSpeech(String text, Sentence s, int occurrence) {
        int from = Math.max(s.start(), occurrence - 80);
        return TOPIC_OF_SPEECH.matcher(text.substring(from, occurrence)).find()
                && !TOLL.matcher(text.substring(occurrence, s.end())).find();
    }

    private static boolean namedSubject(String text, Sentence s, int verb, List<EntityMention> entities, List<PlaceMention> places) {
        for (EntityMention e : entities) {
            if (e.start() >= s.start() && e.end() <= verb && adjacent(text, e.end(), verb)) {
                return true;
            }
        }
        for (PlaceMention p : places) {
            if (p.start() >= s.start() && p.end() <= verb && p.entry().kind().equals("country") && adjacent(text, p.end(), verb)) {
                return true;
            }
        }
        // a capitalised name right before the verb ("Senior U.S. Defense Official says", "Zelensky says")
        int i = verb;
        while (i > s.start() && Character.isWhitespace(text.charAt(i - 1))) {
            i--;
        }
        int w = i;
        while (w > s.start() && (Character.isLetter(text.charAt(w - 1)) || text.charAt(w - 1) == '@' || text.charAt(w - 1) == '_')) {
            w--;
        }
        if (w == i) {
            return false;
        }
        String word = text.substring(w, i);
        // not at the sentence start, where any word is capitalised ("Officials say", "Reports claim")
        return word.startsWith("@") || w > s.start() && Character.isUpperCase(word.charAt(0))
                && !PRONOUN_OR_DETERMINER.matcher(word).matches();
    }

    private static final Pattern PRONOUN_OR_DETERMINER = Pattern.compile("He|She|It|They|We|I|You|This|That|These|Those|There|Who|Which");

    private static boolean adjacent(String text, int from, int verb) {
        return SUBJECT_GAP.matcher(text.substring(from, verb)).matches();
    }
}
