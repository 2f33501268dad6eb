package io.conflicttimeline.timeline.source;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The place names a report's headline and lead use that the gazetteer does not resolve: a US city, a village the
 * gazetteer lacks, a neighbourhood. They are read where English puts a place: after "in", "at", "near" or "outside"
 * ("shot in Turtle Creek", "near the village of Hroza") and in a dateline ("ROCKY MOUNT, N.C. —"). A name that goes on
 * into a facility ("at Nash General Hospital", "in Maple Street") is a building or a street, not the place; a calendar
 * or direction word ("in March", "in East Dallas") ends the name, so it gives none rather than a part of one.
 *
 * <p>Two reports of one day that use the same such name tell of one place even though the gazetteer cannot say so;
 * it is the same kind of evidence a shared gazetteer place gives, read from the words.
 */
public final class PlaceNames {

    private static final String CAPITALISED = "\\p{Lu}[\\p{L}'’.-]*\\p{L}";
    /** Up to three capitalised words after a preposition of place or "the village of". */
    private static final Pattern AFTER_PREPOSITION = Pattern.compile("\\b(?:(?:in|at|near|outside)\\s+"
            + "(?:the\\s+(?:city|town|village|township|borough|settlement)\\s+of\\s+)?"
            + "|(?:city|town|village|township|borough|settlement)\\s+of\\s+)"
            + "(" + CAPITALISED + "(?:\\s+" + CAPITALISED + "){0,2})");
    /** "CHICAGO (AP) —", "ROCKY MOUNT, N.C. —": an upper-case name opening the text, before a dash. */
    private static final Pattern DATELINE = Pattern.compile(
            "^\\s*(\\p{Lu}[\\p{Lu}.'’ -]{1,30}\\p{Lu})\\s*(?:,\\s*[\\p{L}. ]{2,20})?\\s*(?:\\([\\p{L} .]+\\))?\\s*[—–-]");
    /** Words that end a place name and make it a facility or a street: the name is then not the place's. */
    private static final Set<String> FACILITIES = Set.of(("hospital church school park center centre street avenue"
            + " road drive lane boulevard blvd mall university college apartments apartment complex station store"
            + " restaurant bar club hotel motel inn court highway interstate parkway way place plaza square building"
            + " house home department office hall library airport field stadium market shop academy bridge jail"
            + " prison").split(" "));
    /** Capitalised words that are not (part of) a place name: calendar, direction, custody and function words. */
    private static final Set<String> NOT_PLACES = Set.of(("the a an he she they it this that his her their police"
            + " sheriff monday tuesday wednesday thursday friday saturday sunday january february march april may june"
            + " july august september october november december jan feb mar apr jun jul aug sep sept oct nov dec"
            + " christmas thanksgiving easter halloween new year custody east west north south downtown northeast"
            + " northwest southeast southwest midtown uptown central northern southern eastern western connection"
            + " response addition").split(" "));

    private PlaceNames() {
    }

    /** The lower-cased place names of the sentences, without those in {@code resolved} (the gazetteer's). */
    public static Set<String> of(Iterable<String> sentences, Set<String> resolved) {
        Set<String> names = new HashSet<>();
        for (String sentence : sentences) {
            if (sentence == null) {
                continue;
            }
            Matcher dateline = DATELINE.matcher(sentence);
            if (dateline.find()) {
                add(names, dateline.group(1).trim().split("\\s+"), resolved);
            }
            Matcher m = AFTER_PREPOSITION.matcher(sentence);
            while (m.find()) {
                add(names, m.group(1).split("\\s+"), resolved);
            }
        }
        return names;
    }

    private static void add(Set<String> names, String[] words, Set<String> resolved) {
        StringBuilder name = new StringBuilder();
        for (String word : words) {
            String lower = word.toLowerCase(Locale.ROOT).replace('’', '\'');
            while (lower.endsWith(".")) {
                lower = lower.substring(0, lower.length() - 1);
            }
            if (FACILITIES.contains(lower)) {
                return;
            }
            boolean possessive = lower.endsWith("'s");
            if (possessive) {
                lower = lower.substring(0, lower.length() - 2);
            }
            // "in March", "in Custody" name no place; "in East Dallas" is not Dallas as a whole either.
            if (NOT_PLACES.contains(lower) || lower.length() < 2) {
                break;
            }
            name.append(name.isEmpty() ? "" : " ").append(lower);
            if (possessive) {
                break;
            }
        }
        String place = name.toString();
        if (!place.isEmpty() && !resolved.contains(place)) {
            names.add(place);
        }
    }
}
