package io.conflicttimeline.timeline.source;

import io.conflicttimeline.timeline.messaging.ArticleAnnotated;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * What a report's headline and lead say about its story, reduced to what tells two stories apart: the names it uses
 * (capitalised words inside a sentence: people, streets, towns, institutions) and its content-word stems. Two
 * independent reports of one incident name the same victims, streets and towns in their first sentences; two
 * incidents of one day in one country rarely share more than the country's or city's name.
 *
 * <p>Used when the place cannot tell events apart (no place, or only a country or region): then the texts must
 * agree ({@link #agreesWith}) before a mention joins an event.
 *
 * <p>{@code persons} are the full names (two words or more) of the people anywhere in the report whom the knowledge
 * base does not know ({@link #persons(ArticleAnnotated)}): victims, suspects, witnesses. A private person's full name
 * identifies a story far better than its wording: two reports of one day naming the same victim tell one incident,
 * however differently they word it and even when one of them has a revised toll. Public figures (resolved to the
 * knowledge base: a president, a mayor) are left out, since they speak about many incidents.
 *
 * <p>{@code places} are the place names of the headline and lead that the gazetteer did not resolve
 * ({@link PlaceNames}): the town of a US shooting, a village the gazetteer lacks. Two reports using one such name tell
 * of one place, as a shared gazetteer place would.
 */
public record StoryText(Set<String> names, Set<String> stems, Set<String> persons, Set<String> places) {

    /** The headline and this many first sentences carry the story; later sentences drift into background. */
    static final int LEAD_SENTENCES = 4;
    /** Agreement: at least this many shared names and this Dice overlap of the stems, or a rewrite-level overlap. */
    static final int MIN_SHARED_NAMES = 2;
    static final double MIN_STEM_DICE = 0.2;
    static final double REWRITE_STEM_DICE = 0.4;
    /** A shared private person still needs some common subject matter (two articles on one victim's two deaths). */
    static final double PERSON_STEM_DICE = 0.1;
    /** Entity ids the nlp-service mints for names its knowledge base does not know. */
    private static final String LOCAL_ENTITY = "local:";

    private static final Pattern WORD = Pattern.compile("[\\p{L}][\\p{L}'’.-]*[\\p{L}]|[\\p{L}]|\\d+");
    /** A headline's site-name segment ("... - WRAL.com", "... | News, Weather, Sports") is not the story. */
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern TITLE_SEGMENTS = Pattern.compile("\\s+(?:[-|–—]|::)\\s+");
    /**
     * Capitalised words that name nothing specific: function words, titles, calendar words and holidays (every
     * report of New Year's Day names it) and the generic parts of place and agency names (the specific part,
     * "Edwards" of "Edwards Street", stays).
     */
    private static final Set<String> NOT_NAMES = Set.of(("the a an he she they it in on at this that these those his"
            + " her their its we our i you but and or if when after before as by for from of to with while police"
            + " sheriff officers officer investigators authorities mr mrs ms dr st monday tuesday wednesday thursday"
            + " friday saturday sunday january february march april may june july august september october november"
            + " december jan feb mar apr jun jul aug sep sept oct nov dec county city street avenue road drive lane"
            + " boulevard department news copyright new year years eve day christmas thanksgiving easter halloween"
            + " memorial labor independence").split(" "));
    private static final Set<String> STOP = Set.of(("a an the and or but of in on at to for from by with as is are was"
            + " were be been being has have had that this these those it its he she they them his her their we our you"
            + " your i not no said says say told after before over into than then there which who whom whose what when"
            + " where while also would could should will can may might about against during since until up down out"
            + " off more most other some such only own same so very just s").split(" "));

    public StoryText {
        names = Set.copyOf(names);
        stems = Set.copyOf(stems);
        persons = persons == null ? Set.of() : Set.copyOf(persons);
        places = places == null ? Set.of() : Set.copyOf(places);
    }

    /** A text whose place names the gazetteer does not resolve are not known. */
    public StoryText(Set<String> names, Set<String> stems, Set<String> persons) {
        this(names, stems, persons, Set.of());
    }

    /** A text without known persons (only a headline and lead to go by). */
    public StoryText(Set<String> names, Set<String> stems) {
        this(names, stems, Set.of(), Set.of());
    }

    public static StoryText of(ArticleAnnotated article) {
        List<String> parts = new ArrayList<>();
        parts.add(headline(article.title()));
        String text = article.text() == null ? "" : article.text();
        article.sentences().stream()
                .filter(s -> s.start() != null && s.end() != null && s.start() >= 0 && s.end() <= text.length()
                        && s.start() < s.end())
                .limit(LEAD_SENTENCES)
                .forEach(s -> parts.add(text.substring(s.start(), s.end())));
        if (article.sentences().isEmpty()) {
            parts.add(text.length() > 600 ? text.substring(0, 600) : text);
        }
        Set<String> resolved = new HashSet<>();
        for (ArticleAnnotated.Place place : article.places()) {
            Stream.of(place.text(), place.name()).filter(Objects::nonNull)
                    .forEach(name -> resolved.add(name.toLowerCase(Locale.ROOT)));
        }
        StoryText lead = of(parts);
        return new StoryText(lead.names, lead.stems, persons(article), PlaceNames.of(parts, resolved));
    }

    /**
     * The full names of the persons the report names anywhere (lower-cased, spaces normalised) that are not in the
     * knowledge base: an entity id of its own minting ({@value #LOCAL_ENTITY}) or none. A single word ("Smith") is
     * left out: a surname alone is shared by too many people.
     */
    public static Set<String> persons(ArticleAnnotated article) {
        Set<String> persons = new HashSet<>();
        for (ArticleAnnotated.Entity entity : article.entities()) {
            if (!"PERSON".equals(entity.kind()) || entity.name() == null
                    || (entity.entityId() != null && !entity.entityId().startsWith(LOCAL_ENTITY))) {
                continue;
            }
            String name = String.join(" ", SPACES.split(entity.name().toLowerCase(Locale.ROOT).trim()));
            if (name.indexOf(' ') > 0) {
                persons.add(name);
            }
        }
        return persons;
    }

    public StoryText withPersons(Set<String> persons) {
        return new StoryText(names, stems, persons, places);
    }

    /** Without the given persons and place names (those that several candidate events share identify none). */
    public StoryText without(Set<String> persons, Set<String> places) {
        Set<String> keptPersons = new HashSet<>(this.persons);
        keptPersons.removeAll(persons);
        Set<String> keptPlaces = new HashSet<>(this.places);
        keptPlaces.removeAll(places);
        return new StoryText(names, stems, keptPersons, keptPlaces);
    }

    /** From the headline and lead sentences, each read as one sentence. */
    public static StoryText of(List<String> sentences) {
        Set<String> names = new HashSet<>();
        Set<String> stems = new HashSet<>();
        for (String sentence : sentences) {
            if (sentence == null) {
                continue;
            }
            Matcher m = WORD.matcher(sentence);
            boolean first = true;
            while (m.find()) {
                String word = m.group();
                String lower = word.toLowerCase(Locale.ROOT);
                if (lower.endsWith("'s") || lower.endsWith("’s")) {
                    lower = lower.substring(0, lower.length() - 2);
                }
                // The first word is capitalised whatever it is.
                if (!first && Character.isUpperCase(word.charAt(0)) && lower.length() > 1
                        && !NOT_NAMES.contains(lower)) {
                    names.add(lower);
                }
                first = false;
                if (!Character.isDigit(lower.charAt(0)) && lower.length() > 1 && !STOP.contains(lower)) {
                    stems.add(lower.length() > 5 ? lower.substring(0, 5) : lower);
                }
            }
        }
        return new StoryText(names, stems, Set.of(), PlaceNames.of(sentences, Set.of()));
    }

    /** The longest segment of the headline: the story, without the outlet's name and section. */
    public static String headline(String title) {
        if (title == null) {
            return "";
        }
        String best = "";
        for (String segment : TITLE_SEGMENTS.split(title)) {
            if (segment.length() > best.length()) {
                best = segment;
            }
        }
        return best;
    }

    /**
     * Whether two reports tell the same story (symmetric): their leads' stems overlap at the rewrite level, or enough
     * with two shared names, or they name one private person or one place the gazetteer does not resolve and share
     * some subject matter.
     */
    public boolean agreesWith(StoryText other) {
        double dice = dice(stems, other.stems);
        return dice >= REWRITE_STEM_DICE || (dice >= MIN_STEM_DICE && shared(names, other.names) >= MIN_SHARED_NAMES)
                || (dice >= PERSON_STEM_DICE && (sharesPerson(other) || sharesPlace(other)));
    }

    /**
     * Whether both reports use one place name the gazetteer does not resolve ({@link PlaceNames}): the place a
     * gazetteer place would give, so with some common subject matter the reports tell one story.
     */
    public boolean sharesPlace(StoryText other) {
        return shared(places, other.places) > 0;
    }

    /**
     * Whether both reports use one unresolved place name and their leads overlap as much as two shared names ask
     * ({@value #MIN_STEM_DICE}): one incident at one place, however its toll was revised.
     */
    public boolean samePlaceStory(StoryText other) {
        return sharesPlace(other) && dice(stems, other.stems) >= MIN_STEM_DICE;
    }

    /** Whether both reports name one private person ({@link #persons}): the strongest sign of one incident. */
    public boolean sharesPerson(StoryText other) {
        return shared(persons, other.persons) > 0;
    }

    private static int shared(Set<String> a, Set<String> b) {
        Set<String> small = a.size() <= b.size() ? a : b;
        Set<String> large = small == a ? b : a;
        int common = 0;
        for (String s : small) {
            if (large.contains(s)) {
                common++;
            }
        }
        return common;
    }

    private static double dice(Set<String> a, Set<String> b) {
        return a.isEmpty() || b.isEmpty() ? 0 : 2.0 * shared(a, b) / (a.size() + b.size());
    }
}
