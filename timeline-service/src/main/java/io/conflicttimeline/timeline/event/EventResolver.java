package io.conflicttimeline.timeline.event;

import io.conflicttimeline.timeline.source.StoryText;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * Decides which timeline event a new event mention belongs to, and derives an event's fields from its mentions.
 *
 * <p>A mention joins an existing event when, against every mention already in it:
 * <ol>
 *   <li>the type family (ACLED event type) is the same; Statements only merge with Statements of the same sub-type
 *       that share a speaking party;</li>
 *   <li>the dates are compatible ({@link TimexDate#compatibleWith}); a mention without any known date field, or an
 *       event none of whose mentions has one, only merges when at least two specific figures agree exactly;</li>
 *   <li>the places are compatible: same place, one inside the other, or one side without a place;</li>
 *   <li>no figure contradicts ({@link FigureReport#compatibleWith}), unless the mention's report names a private
 *       person that one of the event's reports names ({@link StoryText#sharesPerson}), or uses a place name the
 *       gazetteer does not resolve in the same story ({@link StoryText#samePlaceStory}): tolls are revised (the
 *       wounded die, more victims are found), a victim's or suspect's full name or the town is not;</li>
 *   <li>unless both name a specific place (district, city, admin2) and the places agree, or both are statements of
 *       one named party, the headlines and leads tell the same story ({@link StoryText#agreesWith}): a country or no
 *       place cannot tell two incidents of one day apart.</li>
 * </ol>
 * Among several compatible events the one with the most positive evidence wins (same place, same full date,
 * agreeing exact figures), then the oldest, then the smallest id: the choice is deterministic.
 * Every rule is a pure function so that it can be tested without a database.
 */
public final class EventResolver {

    public static final String STATEMENTS = "Statements";
    /** {@link PlaceRef#rank()} of an admin2: districts, cities and admin2s are specific places. */
    private static final int SPECIFIC_PLACE_RANK = 2;

    private EventResolver() {
    }

    /** The ACLED event type is the family; sub-types of one type may merge (a "drone and missile attack"). */
    public static String typeFamily(String type) {
        return type == null || type.isBlank() ? "Unknown" : type.trim();
    }

    public static Optional<EventCandidate> resolve(MentionFacts mention, List<EventCandidate> candidates) {
        Set<String> persons = ofSeveral(mention, candidates, StoryText::persons);
        Set<String> places = ofSeveral(mention, candidates, StoryText::places);
        MentionFacts own = persons.isEmpty() && places.isEmpty() ? mention
                : mention.withText(mention.text().without(persons, places));
        return candidates.stream()
                .filter(candidate -> compatible(own, candidate))
                .max(Comparator.<EventCandidate>comparingInt(candidate -> evidence(own, candidate))
                        .thenComparing(EventCandidate::createdAt, Comparator.reverseOrder())
                        .thenComparing(EventCandidate::id, Comparator.reverseOrder()));
    }

    public static boolean compatible(MentionFacts mention, EventCandidate candidate) {
        if (candidate.mentions().isEmpty()) {
            return false;
        }
        boolean identified = personShared(mention, candidate.mentions()) || placeNamed(mention, candidate.mentions());
        for (MentionFacts other : candidate.mentions()) {
            if (!sameFamily(mention, other) || !datesCompatible(mention.dateValue(), other.dateValue())
                    || !placesCompatible(mention.place(), other.place())
                    || (!identified && !figuresCompatible(mention.figures(), other.figures()))) {
                return false;
            }
        }
        if (STATEMENTS.equals(mention.typeFamily()) && !statementMatches(mention, candidate.mentions())) {
            return false;
        }
        if (!placesAgreeSpecifically(mention, candidate.mentions()) && !speakerShared(mention, candidate.mentions())
                && !textsAgree(mention, candidate.mentions())) {
            return false;
        }
        boolean eventDated = candidate.mentions().stream().anyMatch(m -> m.date().hasKnownDateField());
        if (!mention.date().hasKnownDateField() || !eventDated) {
            return exactAgreements(mention.figures(), candidate.mentions()) >= 2;
        }
        return true;
    }

    /**
     * Whether both sides name a specific place (a district, city or admin2) and the places agree: then the place tells
     * this event apart from the others of the day. A country or region does not: many incidents share one.
     */
    static boolean placesAgreeSpecifically(MentionFacts mention, List<MentionFacts> eventMentions) {
        if (!specific(mention.place())) {
            return false;
        }
        return eventMentions.stream().anyMatch(m -> specific(m.place()) && placesCompatible(mention.place(), m.place()));
    }

    /**
     * A statement's speaker tells it apart as a place tells an attack apart: statements of one kind by one named party
     * on one day are one statement, whatever the outlets' wording.
     */
    static boolean speakerShared(MentionFacts mention, List<MentionFacts> eventMentions) {
        if (!STATEMENTS.equals(mention.typeFamily()) || mention.actors().isEmpty()) {
            return false;
        }
        Set<String> parties = new HashSet<>();
        eventMentions.forEach(m -> m.actors().forEach(a -> parties.add(a.key())));
        return mention.actors().stream().anyMatch(a -> parties.contains(a.key()));
    }

    /**
     * The mention's private persons (or unresolved place names) that the reports of two or more candidate events name:
     * a name several events share (a police spokesman, a street named after someone, a city with two shootings that
     * day) identifies none of them.
     */
    static Set<String> ofSeveral(MentionFacts mention, List<EventCandidate> candidates,
                                 Function<StoryText, Set<String>> names) {
        if (mention.text() == null || names.apply(mention.text()).isEmpty()) {
            return Set.of();
        }
        Set<String> own = names.apply(mention.text());
        Map<String, Integer> events = new HashMap<>();
        for (EventCandidate candidate : candidates) {
            Set<String> named = new HashSet<>();
            for (MentionFacts m : candidate.mentions()) {
                if (m.text() != null) {
                    names.apply(m.text()).stream().filter(own::contains).forEach(named::add);
                }
            }
            named.forEach(person -> events.merge(person, 1, Integer::sum));
        }
        Set<String> several = new HashSet<>();
        events.forEach((person, count) -> {
            if (count > 1) {
                several.add(person);
            }
        });
        return several;
    }

    /**
     * Whether the mention's report names a private person that another report of the event names: a report shares
     * its persons with itself, and one report may tell of two incidents. A report whose text is unknown may name
     * them (unknown is permissive, as in {@link #textsAgree}), so that the rules applied before the texts are read
     * accept a superset of what they accept with the texts.
     */
    static boolean personShared(MentionFacts mention, List<MentionFacts> eventMentions) {
        if (mention.text() == null || mention.text().persons().isEmpty()) {
            return false;
        }
        return eventMentions.stream().anyMatch(m -> !Objects.equals(m.articleId(), mention.articleId())
                && (m.text() == null || mention.text().sharesPerson(m.text())));
    }

    /**
     * Whether another report of the event uses a place name of the mention's report that the gazetteer does not
     * resolve and tells the same story ({@link StoryText#samePlaceStory}): then, as with a shared person, a toll that
     * differs is a revision (the wounded die) rather than another incident. Unknown texts are permissive, as in
     * {@link #personShared}.
     */
    static boolean placeNamed(MentionFacts mention, List<MentionFacts> eventMentions) {
        if (mention.text() == null || mention.text().places().isEmpty()) {
            return false;
        }
        return eventMentions.stream().anyMatch(m -> !Objects.equals(m.articleId(), mention.articleId())
                && (m.text() == null || mention.text().samePlaceStory(m.text())));
    }

    private static boolean specific(PlaceRef place) {
        return place != null && place.rank() <= SPECIFIC_PLACE_RANK;
    }

    /**
     * Without a specific place in common, a report joins an event only when its headline and lead tell the same
     * story as one of the event's reports ({@link StoryText#agreesWith}). Mentions without a text (unknown) are not
     * compared.
     */
    static boolean textsAgree(MentionFacts mention, List<MentionFacts> eventMentions) {
        if (mention.text() == null) {
            return true;
        }
        List<StoryText> texts = eventMentions.stream().map(MentionFacts::text).filter(Objects::nonNull).toList();
        return texts.isEmpty() || texts.stream().anyMatch(mention.text()::agreesWith);
    }

    public static boolean sameFamily(MentionFacts a, MentionFacts b) {
        return a.typeFamily().equals(b.typeFamily());
    }

    public static boolean datesCompatible(String a, String b) {
        return TimexDate.parse(a).compatibleWith(TimexDate.parse(b));
    }

    public static boolean placesCompatible(PlaceRef a, PlaceRef b) {
        if (a == null || b == null) {
            return true;
        }
        return a.samePlace(b) || a.contains(b) || b.contains(a);
    }

    public static boolean figuresCompatible(MentionFigures a, MentionFigures b) {
        Map<String, FigureReport> left = a.byKey();
        Map<String, FigureReport> right = b.byKey();
        for (Map.Entry<String, FigureReport> entry : left.entrySet()) {
            FigureReport other = right.get(entry.getKey());
            if (entry.getValue() != null && other != null && !entry.getValue().compatibleWith(other)) {
                return false;
            }
        }
        return true;
    }

    /** Number of the mention's exact figures that some mention of the event reports with the same exact value. */
    public static int exactAgreements(MentionFigures figures, List<MentionFacts> eventMentions) {
        int agreements = 0;
        for (Map.Entry<String, FigureReport> entry : figures.byKey().entrySet()) {
            FigureReport report = entry.getValue();
            if (report == null || !report.isExact()) {
                continue;
            }
            boolean agreed = eventMentions.stream()
                    .map(m -> m.figures().byKey().get(entry.getKey()))
                    .anyMatch(r -> r != null && r.isExact() && r.value() == report.value());
            if (agreed) {
                agreements++;
            }
        }
        return agreements;
    }

    /** Different statements of one day are different events unless the same party makes the same kind of statement. */
    static boolean statementMatches(MentionFacts mention, List<MentionFacts> eventMentions) {
        Set<String> parties = new HashSet<>();
        eventMentions.forEach(m -> m.actors().forEach(a -> parties.add(a.key())));
        boolean sameSubType = eventMentions.stream().allMatch(m -> Objects.equals(m.subType(), mention.subType()));
        boolean sharedParty = mention.actors().isEmpty() || parties.isEmpty()
                || mention.actors().stream().anyMatch(a -> parties.contains(a.key()));
        return sameSubType && sharedParty;
    }

    private static int evidence(MentionFacts mention, EventCandidate candidate) {
        int score = 0;
        LocalDate date = mention.date().fullDate();
        for (MentionFacts other : candidate.mentions()) {
            if (mention.place() != null && other.place() != null && mention.place().samePlace(other.place())) {
                score += 2;
            }
            if (date != null && date.equals(other.date().fullDate())) {
                score += 2;
            }
        }
        // A shared private person outweighs a shared place or day: many incidents share those.
        return score + exactAgreements(mention.figures(), candidate.mentions())
                + (personShared(mention, candidate.mentions()) ? 5 : 0)
                + (placeNamed(mention, candidate.mentions()) ? 2 : 0);
    }

    /**
     * The event as its mentions describe it: the most frequent sub-type; the most specific date (a full date beats a
     * partial one, then the finer precision, then the smaller value); the most specific place (then the most
     * frequently reported, then by name) and the places inside it that any mention names (the districts of a city);
     * per figure the {@link FigureRange}; the union of the actors.
     */
    public static EventAggregate aggregate(List<MentionFacts> mentions) {
        if (mentions.isEmpty()) {
            throw new IllegalArgumentException("an event has at least one mention");
        }
        MentionFacts first = mentions.getFirst();
        String subType = mostFrequent(mentions.stream().map(MentionFacts::subType).filter(Objects::nonNull).toList());
        MentionFacts dated = mentions.stream()
                .max(Comparator.<MentionFacts>comparingInt(m -> m.date().specificity())
                        // A date an article states beats the same date inferred across articles.
                        .thenComparing(m -> !m.dateInferred())
                        .thenComparing(m -> -precisionRank(m.datePrecision()))
                        .thenComparing(m -> m.dateValue() == null ? "~" : m.dateValue(), Comparator.reverseOrder()))
                .orElseThrow();
        TimexDate date = dated.date();
        LocalDate[] range = date.range();
        Map<String, Long> placeCounts = new TreeMap<>();
        mentions.stream().map(MentionFacts::place).filter(Objects::nonNull)
                .forEach(p -> placeCounts.merge(placeKey(p), 1L, Long::sum));
        PlaceRef place = mentions.stream().map(MentionFacts::place).filter(Objects::nonNull)
                .min(Comparator.comparingInt(PlaceRef::rank)
                        .thenComparing(p -> -placeCounts.get(placeKey(p)))
                        .thenComparing(EventResolver::placeKey))
                .orElse(null);
        return new EventAggregate(first.typeFamily(), first.typeFamily(), subType,
                dated.dateValue(), dated.dateValue() == null ? null : dated.datePrecision(),
                range == null ? null : range[0], range == null ? null : range[1], place,
                range(mentions, MentionFigures::killed),
                FigureRange.injured(reports(mentions, MentionFigures::injured), reports(mentions, MentionFigures::killed)),
                range(mentions, MentionFigures::missilesLaunched), range(mentions, MentionFigures::missilesIntercepted),
                range(mentions, MentionFigures::dronesLaunched), range(mentions, MentionFigures::dronesIntercepted),
                range(mentions, MentionFigures::prisonersExchanged), actors(mentions),
                place == null ? List.of() : place.partsAmong(mentions.stream()
                        .flatMap(m -> java.util.stream.Stream.concat(m.placeParts().stream(),
                                java.util.stream.Stream.ofNullable(m.place())))
                        .toList()));
    }

    private static FigureRange range(List<MentionFacts> mentions, Function<MentionFigures, FigureReport> figure) {
        return FigureRange.of(reports(mentions, figure));
    }

    /** One figure of every mention, in mention order (null where a mention is silent on it). */
    private static List<FigureReport> reports(List<MentionFacts> mentions, Function<MentionFigures, FigureReport> figure) {
        return mentions.stream().map(m -> figure.apply(m.figures())).toList();
    }

    private static List<ActorRef> actors(List<MentionFacts> mentions) {
        Map<String, ActorRef> byKey = new LinkedHashMap<>();
        mentions.stream().flatMap(m -> m.actors().stream())
                .filter(a -> a.name() != null || a.entityId() != null)
                .sorted(Comparator.comparingInt((ActorRef a) -> roleRank(a.role()))
                        .thenComparing(a -> a.name() == null ? "" : a.name()))
                .forEach(a -> byKey.putIfAbsent(a.key() + "|" + a.role(), a));
        return new ArrayList<>(byKey.values());
    }

    private static int roleRank(String role) {
        return switch (role == null ? "" : role) {
            case "attacker" -> 0;
            case "target" -> 1;
            case "party" -> 2;
            default -> 3;
        };
    }

    private static String placeKey(PlaceRef p) {
        return p.gazetteerId() != null ? p.gazetteerId() : (p.name() + "|" + p.kind() + "|" + p.country());
    }

    private static String mostFrequent(List<String> values) {
        Map<String, Long> counts = new TreeMap<>();
        values.forEach(v -> counts.merge(v, 1L, Long::sum));
        return counts.entrySet().stream()
                // Most frequent first, then the alphabetically first.
                .max(Map.Entry.<String, Long>comparingByValue()
                        .thenComparing(Map.Entry::getKey, Comparator.reverseOrder()))
                .map(Map.Entry::getKey).orElse(null);
    }

    /** Lower is finer. */
    static int precisionRank(String precision) {
        List<String> order = List.of("minute", "hour", "part-of-day", "day", "week", "month", "season", "quarter",
                "year", "decade", "century", "unknown");
        int index = precision == null ? -1 : order.indexOf(precision.toLowerCase(Locale.ROOT));
        return index < 0 ? order.size() : index;
    }
}
