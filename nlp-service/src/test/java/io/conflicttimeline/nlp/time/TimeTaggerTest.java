package io.conflicttimeline.nlp.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Contract properties of the tagger's output that every expression must satisfy. */
class TimeTaggerTest {

    private static final Set<String> TYPES = Set.of("DATE", "TIME", "DURATION", "SET");
    private static final Set<String> PRECISIONS = Set.of("minute", "hour", "part-of-day", "day", "week", "month",
            "season", "quarter", "year", "decade", "century", "unknown");
    private static final Set<String> ANCHORS = Set.of("explicit", "dct", "none");
    private static final Pattern TIMEX3_VALUE = Pattern.compile(
            "PAST_REF|PRESENT_REF|FUTURE_REF|P(?:[\\dX.]+[YMWDQ]|[\\dX]+(?:DE|CE))*(?:T(?:[\\dX.]+[HMS])+)?"
                    + "|[\\dX]{2,4}(?:-(?:[\\dX]{2}(?:-[\\dX]{2})?|W[\\dX]{2}(?:-(?:\\d|WE))?|Q[\\dX]|H[12]|SP|SU|FA|WI))?"
                    + "(?:T(?:\\d{2}:\\d{2}|\\d{2}|MO|AF|EV|NI|DT))?");

    private final TimeTagger tagger = new TimeTagger();

    private static final String REPORT = "KYIV, Feb 12 (Reuters) - Russia struck Kyiv overnight and in the early hours of "
            + "Wednesday morning, officials said. Zelensky will meet Vance on Friday. The offensive began six months ago "
            + "and has lasted 180 days; since February 2022 the war has killed thousands. Talks happen weekly, now and "
            + "then, and recently in the 1990s style. Prices rose 5% a year. The third quarter was weak.";

    @Test
    void everyExpressionHonoursTheMessageContract() {
        for (DocumentDate dct : List.of(DocumentDate.unknown(), DocumentDate.given(LocalDate.of(2025, 2, 12)))) {
            List<TimeExpression> found = tagger.tag(REPORT, dct);
            assertThat(found).isNotEmpty();
            int previousEnd = 0;
            for (TimeExpression t : found) {
                assertThat(REPORT.substring(t.start(), t.end())).isEqualTo(t.text());
                assertThat(t.start()).as("sorted, non-overlapping").isGreaterThanOrEqualTo(previousEnd);
                previousEnd = t.end();
                assertThat(t.type()).isIn(TYPES);
                assertThat(t.precision()).isIn(PRECISIONS);
                assertThat(t.anchor()).isIn(ANCHORS);
                assertThat(t.direction()).isIn(null, "past", "future");
                assertThat(t.value()).as("TIMEX3 value of '%s'", t.text()).matches(TIMEX3_VALUE);
            }
        }
    }

    @Test
    void seedArticlesHonourTheContractWithKnownAndUnknownDates() throws java.io.IOException {
        for (String seed : new String[] {"000_", "001_", "002_", "003_", "004_"}) {
            String text = PublicationDateInferrerTest.seed(seed);
            for (DocumentDate dct : List.of(DocumentDate.unknown(), DocumentDate.given(LocalDate.of(2025, 2, 12)))) {
                for (TimeExpression t : tagger.tag(text, dct)) {
                    assertThat(text.substring(t.start(), t.end())).isEqualTo(t.text());
                    assertThat(t.value()).as("%s '%s'", seed, t.text()).matches(TIMEX3_VALUE);
                    assertThat(t.precision()).isIn(PRECISIONS);
                    if (!dct.isKnown() && t.anchor().equals("dct")) {
                        assertThat(t.value()).as("unresolved '%s' keeps X", t.text()).contains("X");
                    }
                }
            }
        }
    }

    @Test
    void truncatedTextNeverBreaksTheTagger() {
        DocumentDate dct = DocumentDate.given(LocalDate.of(2025, 2, 12));
        for (int cut = 0; cut <= REPORT.length(); cut++) {
            String head = REPORT.substring(0, cut);
            String tail = REPORT.substring(cut);
            assertThat(tagger.tag(head, dct)).allSatisfy(t -> assertThat(head.substring(t.start(), t.end())).isEqualTo(t.text()));
            assertThat(tagger.tag(tail, DocumentDate.unknown())).allSatisfy(t -> assertThat(t.end()).isLessThanOrEqualTo(tail.length()));
        }
    }

    @Test
    void relativeExpressionsAreAnchoredOnTheDocumentDateOnlyWhenItIsKnown() {
        List<TimeExpression> known = tagger.tag("He will meet Vance on Friday.", DocumentDate.given(LocalDate.of(2025, 2, 12)));
        List<TimeExpression> unknown = tagger.tag("He will meet Vance on Friday.", DocumentDate.unknown());

        assertThat(known).singleElement().satisfies(t -> {
            assertThat(t.value()).isEqualTo("2025-02-14");
            assertThat(t.anchor()).isEqualTo("dct");
            assertThat(t.precision()).isEqualTo("day");
        });
        assertThat(unknown).singleElement().satisfies(t -> {
            assertThat(t.value()).isEqualTo("XXXX-WXX-5");
            assertThat(t.anchor()).isEqualTo("dct");
            assertThat(t.direction()).as("the tense travels with the X value").isEqualTo("future");
        });
    }

    @Test
    void relativeExpressionsCarryTheDirectionTheTaggerUsed() {
        for (DocumentDate dct : List.of(DocumentDate.unknown(), DocumentDate.given(LocalDate.of(2025, 2, 12)))) {
            assertThat(directionOf("He will meet Vance on Friday.", dct)).isEqualTo("future");
            assertThat(directionOf("Russian forces attacked on Monday.", dct)).isEqualTo("past");
            assertThat(directionOf("Talks resume next month.", dct)).isEqualTo("future");
            assertThat(directionOf("Prices rose last year.", dct)).isEqualTo("past");
            assertThat(directionOf("Drones attacked overnight.", dct)).isEqualTo("past");
            assertThat(directionOf("The delegation arrives tomorrow.", dct)).isEqualTo("future");
            assertThat(directionOf("The war began six months ago.", dct)).isEqualTo("past");
            assertThat(directionOf("It happened in February 2022.", dct)).as("absolute").isNull();
            assertThat(directionOf("It lasted five hours.", dct)).as("duration").isNull();
            assertThat(directionOf("Talks happen weekly.", dct)).as("set").isNull();
        }
    }

    private String directionOf(String text, DocumentDate dct) {
        List<TimeExpression> found = tagger.tag(text, dct);
        assertThat(found).as(text).hasSize(1);
        return found.get(0).direction();
    }

    @Test
    void precisionFollowsTheValue() {
        DocumentDate dct = DocumentDate.given(LocalDate.of(2025, 2, 12));
        assertThat(tagger.tag("It happened in February 2022.", dct)).singleElement()
                .satisfies(t -> assertThat(t.precision()).isEqualTo("month"));
        assertThat(tagger.tag("The war began six months ago.", dct)).singleElement()
                .satisfies(t -> assertThat(t.precision()).isEqualTo("month"));
        assertThat(tagger.tag("Drones attacked overnight.", dct)).singleElement()
                .satisfies(t -> assertThat(t.precision()).isEqualTo("part-of-day"));
        assertThat(tagger.tag("It lasted five hours.", dct)).singleElement()
                .satisfies(t -> assertThat(t.precision()).isEqualTo("hour"));
        assertThat(tagger.tag("Reforms of the 1990s failed.", dct)).singleElement()
                .satisfies(t -> assertThat(t.precision()).isEqualTo("decade"));
    }

    @Test
    void emptyAndNullInputsGiveNoExpressions() {
        assertThat(tagger.tag("", DocumentDate.unknown())).isEmpty();
        assertThat(tagger.tag(null, DocumentDate.unknown())).isEmpty();
        assertThat(tagger.tag("No dates here at all.", null)).isEmpty();
    }

    @Test
    void oneInstanceServesConcurrentCallers() throws Exception {
        DocumentDate dct = DocumentDate.given(LocalDate.of(2025, 2, 12));
        List<TimeExpression> expected = tagger.tag(REPORT, dct);
        try (ExecutorService pool = Executors.newFixedThreadPool(4)) {
            List<Future<List<TimeExpression>>> results = pool.invokeAll(
                    Collections.nCopies(16, () -> tagger.tag(REPORT, dct)));
            for (Future<List<TimeExpression>> f : results) {
                assertThat(f.get()).isEqualTo(expected);
            }
        }
    }
}
