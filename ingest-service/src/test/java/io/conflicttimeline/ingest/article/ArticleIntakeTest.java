package io.conflicttimeline.ingest.article;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import io.conflicttimeline.ingest.cleaning.ArticleCleaner;

class ArticleIntakeTest {

    private final ArticleIntake intake = new ArticleIntake(new ArticleCleaner());

    private static ArticleSubmission text(String text) {
        return ArticleSubmission.ofText(text);
    }

    @Test
    void keepsSubmittedMetadataAndDefaultsLanguage() {
        PreparedArticle a = intake.prepare(new ArticleSubmission("Two people were injured in the attack.", " A title ",
                "https://example.org/a", "Example News", "2025-02-12", null));
        assertThat(a.title()).isEqualTo("A title");
        assertThat(a.url()).isEqualTo("https://example.org/a");
        assertThat(a.outlet()).isEqualTo("Example News");
        assertThat(a.publishedAt()).isEqualTo("2025-02-12");
        assertThat(a.language()).isEqualTo("en");
        assertThat(a.id()).isEqualTo(ArticleId.of("Two people were injured in the attack."));
    }

    @Test
    void submittedTitleAndOutletWinOverDetectedOnes() {
        PreparedArticle a = intake.prepare(new ArticleSubmission("Big Headline Here\nCredited from: TRTGLOBAL\n"
                + "The body of the article is here.", "Given", null, "Given Outlet", null, "UK"));
        assertThat(a.title()).isEqualTo("Given");
        assertThat(a.outlet()).isEqualTo("Given Outlet");
        assertThat(a.language()).isEqualTo("uk");
        PreparedArticle detected = intake.prepare(text("Big Headline Here\nCredited from: TRTGLOBAL\n"
                + "The body of the article is here."));
        assertThat(detected.title()).isEqualTo("Big Headline Here");
        assertThat(detected.outlet()).isEqualTo("TRT Global");
        assertThat(detected.id()).isEqualTo(a.id());
    }

    @ParameterizedTest
    @ValueSource(strings = { "2025-02-12", "2025-02-12T18:30:00Z", "2025-02-12T18:30:00+02:00", "2025-02-12T18:30Z" })
    void acceptsIsoDatesAndOffsetDateTimesAsGiven(String date) {
        assertThat(ArticleIntake.publishedAt(date)).isEqualTo(date);
    }

    @ParameterizedTest
    @ValueSource(strings = { "12/02/2025", "2025-02-30", "2025-02-12T18:30:00", "yesterday", "2025-13-01" })
    void rejectsOtherDates(String date) {
        assertThatThrownBy(() -> ArticleIntake.publishedAt(date)).isInstanceOf(InvalidArticleException.class)
                .hasMessageContaining("publishedAt").hasMessageContaining(date);
    }

    @Test
    void rejectsMissingBlankAndOversizedText() {
        assertThatThrownBy(() -> intake.prepare(null)).hasMessageContaining("body is empty");
        assertThatThrownBy(() -> intake.prepare(text(null))).hasMessageContaining("\"text\" is required");
        assertThatThrownBy(() -> intake.prepare(text(" \n\t "))).hasMessageContaining("blank");
        assertThatThrownBy(() -> intake.prepare(text("x".repeat(ArticleIntake.MAX_TEXT_BYTES + 1))))
                .isInstanceOf(ArticleTooLargeException.class).hasMessageContaining("1 MiB");
        // 3 bytes per character in UTF-8: the limit is on bytes, not characters
        assertThatThrownBy(() -> intake.prepare(text("\u20AC".repeat(ArticleIntake.MAX_TEXT_BYTES / 3 + 1))))
                .isInstanceOf(ArticleTooLargeException.class);
    }

    @Test
    void rejectsTextThatIsOnlyBoilerplate() {
        assertThatThrownBy(() -> intake.prepare(text("Advertisement\n\nRead more: Something else")))
                .isInstanceOf(InvalidArticleException.class).hasMessageContaining("Nothing is left");
    }

    @Test
    void rejectsBadUrlAndLanguage() {
        assertThatThrownBy(() -> ArticleIntake.url("example.org/a")).hasMessageContaining("\"url\"");
        assertThatThrownBy(() -> ArticleIntake.url("ftp://example.org/a")).hasMessageContaining("\"url\"");
        assertThatThrownBy(() -> ArticleIntake.language("english")).hasMessageContaining("ISO 639-1");
        assertThat(ArticleIntake.url(" https://example.org/a?b=c ")).isEqualTo("https://example.org/a?b=c");
    }
}
