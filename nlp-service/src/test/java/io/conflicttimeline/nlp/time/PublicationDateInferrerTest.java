package io.conflicttimeline.nlp.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.LocalDate;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Document date inference on the repository's seed articles and on small crafted texts. */
class PublicationDateInferrerTest {

    private final PublicationDateInferrer inferrer = new PublicationDateInferrer();

    @Test
    void seed002WeekdayWithMonthDayAndA2022LowerBoundGives2025() throws IOException {
        DocumentDate d = inferrer.infer(seed("002_"), null);

        assertThat(d.value()).isEqualTo(LocalDate.of(2025, 2, 12));
        assertThat(d.source()).isEqualTo("inferred");
        assertThat(d.method()).isEqualTo("weekday+explicit-date");
        assertThat(d.precision()).isEqualTo("day");
        assertThat(d.confidence()).isBetween(0.7, 0.95);
    }

    @Test
    void seed003MonthDaysWithoutWeekdayOrYearStayUnknown() throws IOException {
        // "February 11/12/10", "in 2022" and "last year" bound the year from below but do not fix it.
        assertThat(inferrer.infer(seed("003_"), null)).isEqualTo(DocumentDate.unknown());
    }

    @Test
    void seedsWithOnlyWeekdaysAndRelativeExpressionsStayUnknown() throws IOException {
        for (String seed : new String[] {"000_", "001_", "004_"}) {
            assertThat(inferrer.infer(seed(seed), null)).as(seed).isEqualTo(DocumentDate.unknown());
        }
    }

    @Test
    void aGivenPublicationDateWins() throws IOException {
        assertThat(inferrer.infer(seed("002_"), "2025-02-13"))
                .isEqualTo(new DocumentDate(LocalDate.of(2025, 2, 13), "day", "given", "ingest-metadata", 1.0));
        assertThat(inferrer.infer("", "2025-02-12T18:30:00Z").value()).isEqualTo(LocalDate.of(2025, 2, 12));
        assertThat(inferrer.infer("", "2025-02-12T23:30:00+02:00").value()).isEqualTo(LocalDate.of(2025, 2, 12));
    }

    @Test
    void anUnreadablePublishedAtFallsBackToTheText() {
        DocumentDate d = inferrer.infer("KYIV, Feb 12, 2025 (Reuters) - Russia attacked Kyiv.", "last Tuesday");
        assertThat(d.source()).isEqualTo("inferred");
        assertThat(d.value()).isEqualTo(LocalDate.of(2025, 2, 12));
    }

    @Test
    void datelineWithYear() {
        DocumentDate d = inferrer.infer("KYIV, Feb 12, 2025 (Reuters) - Russia launched a missile attack.", null);
        assertThat(d.value()).isEqualTo(LocalDate.of(2025, 2, 12));
        assertThat(d.method()).isEqualTo("dateline");
        assertThat(d.confidence()).isGreaterThan(0.9);
    }

    @Test
    void datelineWithoutYearUsesTheWeekdayOfTheStory() {
        DocumentDate d = inferrer.infer("KYIV, Feb 12 (Reuters) - Russia launched missiles at Kyiv on Wednesday, "
                + "a year after the battles of 2024.", null);
        assertThat(d.value()).isEqualTo(LocalDate.of(2025, 2, 12));
        assertThat(d.method()).isEqualTo("dateline+weekday");
    }

    @Test
    void weekdayWithExplicitFullDate() {
        DocumentDate d = inferrer.infer("The strike came on Monday, March 3, 2025, officials said.", null);
        assertThat(d.value()).isEqualTo(LocalDate.of(2025, 3, 3));
        assertThat(d.method()).isEqualTo("weekday+explicit-date");
    }

    @Test
    void latestExplicitDateIsAWeakFallback() {
        DocumentDate d = inferrer.infer("The talks of March 5, 2024 failed; on 9 April 2024 new talks began. "
                + "A summit is planned by June 1, 2026.", null);
        assertThat(d.value()).isEqualTo(LocalDate.of(2024, 4, 9));
        assertThat(d.method()).isEqualTo("latest-explicit-date");
        assertThat(d.confidence()).isLessThanOrEqualTo(0.5);
    }

    @Test
    void withoutEvidenceTheDateStaysUnknownNeverToday() {
        assertThat(inferrer.infer("Russia attacked Kyiv on Wednesday, officials said.", null)).isEqualTo(DocumentDate.unknown());
        assertThat(inferrer.infer("", null)).isEqualTo(DocumentDate.unknown());
        assertThat(inferrer.infer(null, null)).isEqualTo(DocumentDate.unknown());
        assertThat(DocumentDate.unknown().value()).isNull();
        assertThat(DocumentDate.unknown().confidence()).isZero();
    }

    @Test
    void seedTimexesFollowTheInferredDate() throws IOException {
        TimeTagger tagger = new TimeTagger();
        String text = seed("002_");
        assertThat(tagger.tag(text, inferrer.infer(text, null)))
                .filteredOn(t -> t.text().equals("February 2022") || t.text().equals("Feb 12") || t.text().equals("180 Days"))
                .extracting(TimeExpression::value).containsExactly("2025-02-12", "2022-02", "P180D");
        String s003 = seed("003_");
        assertThat(tagger.tag(s003, inferrer.infer(s003, null)))
                .filteredOn(t -> t.text().equals("February 12") || t.text().equals("the early hours of February 12"))
                .extracting(TimeExpression::value).containsExactly("XXXX-02-12TMO");
    }

    /** The seeds live in the repository's top-level seeds/ folder. */
    static String seed(String prefix) throws IOException {
        Path dir = null;
        for (Path p = Paths.get("").toAbsolutePath(); p != null && dir == null; p = p.getParent()) {
            if (Files.isDirectory(p.resolve("seeds"))) {
                dir = p.resolve("seeds");
            }
        }
        assertThat(dir).as("seeds/ folder above %s", Paths.get("").toAbsolutePath()).isNotNull();
        try (Stream<Path> files = Files.list(dir)) {
            Path file = files.filter(f -> f.getFileName().toString().startsWith(prefix)).findFirst().orElseThrow();
            return Files.readString(file, StandardCharsets.UTF_8);
        }
    }
}
