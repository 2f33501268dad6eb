package io.conflicttimeline.ingest.seed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

import io.conflicttimeline.ingest.article.ArticleIntake;
import io.conflicttimeline.ingest.article.ArticleSubmission;
import io.conflicttimeline.ingest.article.PreparedArticle;
import io.conflicttimeline.ingest.cleaning.ArticleCleaner;
import io.conflicttimeline.ingest.cleaning.RemovalKind;
import io.conflicttimeline.ingest.cleaning.RemovedSpan;

/** The five seed articles through the plain-text path: detected metadata and what cleaning took out. */
class SeedParsingTest {

    private static final Path SEEDS = Path.of("..", "seeds");

    private final ArticleIntake intake = new ArticleIntake(new ArticleCleaner());

    private PreparedArticle seed(String prefix) throws IOException {
        assumeThat(Files.isDirectory(SEEDS)).as("seed folder %s", SEEDS.toAbsolutePath()).isTrue();
        try (var files = Files.list(SEEDS)) {
            Path file = files.filter(p -> p.getFileName().toString().startsWith(prefix)).findFirst().orElseThrow();
            PreparedArticle prepared = intake.prepare(ArticleSubmission.ofText(Files.readString(file, StandardCharsets.UTF_8)));
            for (RemovedSpan span : prepared.removed()) {
                assertThat(prepared.rawText().substring(span.start(), span.end())).isEqualTo(span.text());
            }
            return prepared;
        }
    }

    private static long count(PreparedArticle article, RemovalKind kind) {
        return article.removed().stream().filter(s -> s.kind() == kind).count();
    }

    @Test
    void bbcSeedHasBylineOutletAndImageButNoTitle() throws IOException {
        PreparedArticle a = seed("000_");
        assertThat(a.title()).isNull();
        assertThat(a.outlet()).isEqualTo("BBC News");
        assertThat(a.text()).startsWith("One person has been killed and four injured");
        assertThat(a.text()).doesNotContain("Correspondent", "![", "i0.wp.com");
        assertThat(count(a, RemovalKind.BYLINE)).isEqualTo(1);
        assertThat(count(a, RemovalKind.OUTLET)).isEqualTo(1);
        assertThat(count(a, RemovalKind.IMAGE)).isEqualTo(1);
    }

    @Test
    void headlineSeedHasTitleTeaserAndCommentForm() throws IOException {
        PreparedArticle a = seed("001_");
        assertThat(a.title()).isEqualTo("A Ballistic Missile Strike on Kyiv has Killed One Person.");
        assertThat(a.outlet()).isNull();
        assertThat(a.text()).startsWith("A Russian missile strike on Ukraine");
        assertThat(a.text()).doesNotContain("Read more:", "Leave a Reply", "Required fields");
        assertThat(a.text()).endsWith("as a potential trade-off for continued support.");
        assertThat(count(a, RemovalKind.TEASER)).isEqualTo(1);
        assertThat(count(a, RemovalKind.COMMENT_FORM)).isEqualTo(2);
    }

    @Test
    void advertisedSeedLosesAdsTeasersAndAgencyCreditButKeepsSubheadings() throws IOException {
        PreparedArticle a = seed("002_");
        assertThat(a.title()).isNull();
        assertThat(a.text()).startsWith("Ukrainian President Volodymyr Zelensky on Wednesday (Feb 12)");
        assertThat(a.text()).doesNotContain("Advertisment", "Also read", "With inputs from agencies", "\u00A0");
        assertThat(a.text()).contains("\nZelensky's land swap offer\n", "\nRussia rejects swapping\n");
        assertThat(count(a, RemovalKind.ADVERTISEMENT)).isEqualTo(3);
        assertThat(count(a, RemovalKind.TEASER)).isEqualTo(4);
        assertThat(count(a, RemovalKind.CREDIT)).isEqualTo(1);
    }

    @Test
    void cleanSeedIsKeptWhole() throws IOException {
        PreparedArticle a = seed("003_");
        assertThat(a.title()).isNull();
        assertThat(a.removed()).isEmpty();
        assertThat(a.text()).contains("\nMissile Strikes on Kyiv and Sumy\n");
    }

    @Test
    void creditedSeedNamesTheOutletFromTheKnownTable() throws IOException {
        PreparedArticle a = seed("004_");
        assertThat(a.outlet()).isEqualTo("TRT Global");
        assertThat(a.title()).isNull();
        assertThat(a.text()).startsWith("In a significant escalation");
        assertThat(count(a, RemovalKind.CREDIT)).isEqualTo(1);
    }

    @Test
    void sameSeedAlwaysGetsTheSameId() throws IOException {
        assertThat(seed("002_").id()).isEqualTo(seed("002_").id()).matches("[0-9a-f]{32}");
    }
}
