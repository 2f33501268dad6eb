package io.conflicttimeline.ingest.cleaning;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ArticleCleanerTest {

    private final ArticleCleaner cleaner = new ArticleCleaner();

    private CleanedArticle clean(String raw) {
        CleanedArticle cleaned = cleaner.clean(raw);
        for (RemovedSpan span : cleaned.removed()) {
            assertThat(raw.substring(span.start(), span.end())).as("offsets of %s", span).isEqualTo(span.text());
        }
        return cleaned;
    }

    private static List<RemovalKind> kinds(CleanedArticle cleaned) {
        return cleaned.removed().stream().map(RemovedSpan::kind).toList();
    }

    @Test
    void keepsPlainParagraphsAndJoinsThemWithOneNewline() {
        CleanedArticle cleaned = clean("First paragraph of the report.\n\n\nSecond paragraph of the report.\n");
        assertThat(cleaned.text()).isEqualTo("First paragraph of the report.\nSecond paragraph of the report.");
        assertThat(cleaned.removed()).isEmpty();
        assertThat(cleaned.detectedTitle()).isNull();
        assertThat(cleaned.detectedOutlet()).isNull();
    }

    @ParameterizedTest
    @ValueSource(strings = { "Advertisement", "Advertisment", "ADVERTISEMENT", "- Advertisement -", "[Advertisement]",
            "Sponsored", "Story continues below advertisement", "Continue reading below" })
    void removesAdvertisementMarkerLines(String marker) {
        String raw = "Shelling hit the port overnight.\n\n" + marker + "\n\nRepairs began in the morning.";
        CleanedArticle cleaned = clean(raw);
        assertThat(cleaned.text()).isEqualTo("Shelling hit the port overnight.\nRepairs began in the morning.");
        assertThat(cleaned.removed()).singleElement().satisfies(span -> {
            assertThat(span.kind()).isEqualTo(RemovalKind.ADVERTISEMENT);
            assertThat(span.text()).isEqualTo(marker);
            assertThat(span.start()).isEqualTo(raw.indexOf(marker));
        });
    }

    @Test
    void keepsSentencesThatMentionAdvertising() {
        String raw = "The ministry bought advertisement space to warn civilians about mines.";
        assertThat(clean(raw).text()).isEqualTo(raw);
    }

    @ParameterizedTest
    @ValueSource(strings = { "Also read: Grain corridor talks stall again", "Read more: Ceasefire monitors arrive",
            "READ MORE | Sanctions package approved", "See also - Frontline map", "Related: Evacuation trains resume",
            "Read more" })
    void removesTeaserLines(String teaser) {
        CleanedArticle cleaned = clean("Talks resumed on Monday.\n" + teaser + "\nBoth sides exchanged proposals.");
        assertThat(cleaned.text()).isEqualTo("Talks resumed on Monday.\nBoth sides exchanged proposals.");
        assertThat(kinds(cleaned)).containsExactly(RemovalKind.TEASER);
    }

    @Test
    void keepsBodySentencesThatStartLikeTeasers() {
        String raw = "Officials said the talks would continue.\nRead more about the plan in the ministry statement, "
                + "he added.\nAlso, read receipts showed the message was seen.";
        assertThat(clean(raw).text()).isEqualTo(raw);
    }

    @Test
    void removesCommentFormFooter() {
        String raw = "The governor confirmed two deaths.\n\nLeave a Reply\n\nYour email address will not be published. "
                + "Required fields are marked *\nComment *\nName *\nEmail *\nWebsite\n"
                + "Save my name, email, and website in this browser for the next time I comment.\nPost Comment";
        CleanedArticle cleaned = clean(raw);
        assertThat(cleaned.text()).isEqualTo("The governor confirmed two deaths.");
        assertThat(kinds(cleaned)).containsOnly(RemovalKind.COMMENT_FORM).hasSize(8);
    }

    @Test
    void keepsFormFieldWordsOutsideACommentForm() {
        String raw = "Name\nThe soldier's name was withheld.";
        assertThat(clean(raw).text()).contains("The soldier's name was withheld.");
    }

    @Test
    void removesMarkdownImageLineAndItsLabelledCaption() {
        String raw = "![Firefighters at a burning warehouse](https://img.example/a.jpg?w=900)\n"
                + "Image caption, Firefighters worked through the night\n"
                + "A warehouse burned for hours after the strike.";
        CleanedArticle cleaned = clean(raw);
        assertThat(cleaned.text()).isEqualTo("A warehouse burned for hours after the strike.");
        assertThat(kinds(cleaned)).containsExactly(RemovalKind.IMAGE, RemovalKind.CAPTION);
    }

    @Test
    void removesInlineImagesButKeepsTheSurroundingSentence() {
        String raw = "Crowds gathered ![crowd](http://x.example/c.png) outside the station. "
                + "<img src=\"http://x.example/d.png\" alt=\"d\"> Police watched.";
        CleanedArticle cleaned = clean(raw);
        assertThat(cleaned.text()).isEqualTo("Crowds gathered outside the station. Police watched.");
        assertThat(kinds(cleaned)).containsExactly(RemovalKind.IMAGE, RemovalKind.IMAGE);
    }

    @Test
    void removesHtmlFigureWithCaptionSpanningLines() {
        String raw = "Before the figure.\n<figure class=\"wide\">\n<img src=\"a.jpg\">\n"
                + "<figcaption>Damaged tram depot</figcaption>\n</figure>\nAfter the figure.";
        CleanedArticle cleaned = clean(raw);
        assertThat(cleaned.text()).isEqualTo("Before the figure.\nAfter the figure.");
        assertThat(kinds(cleaned)).containsExactly(RemovalKind.IMAGE);
    }

    @Test
    void removesStandaloneFigcaptionAsCaption() {
        CleanedArticle cleaned = clean("<figcaption>Rescuers at the site</figcaption>\nRescuers searched the rubble.");
        assertThat(cleaned.text()).isEqualTo("Rescuers searched the rubble.");
        assertThat(kinds(cleaned)).containsExactly(RemovalKind.CAPTION);
    }

    @Test
    void removesAgencyCreditAfterAnImage() {
        String raw = "![](https://img.example/b.jpg)\nA crater in the yard (Reuters)\nThe blast broke windows nearby.";
        CleanedArticle cleaned = clean(raw);
        assertThat(cleaned.text()).isEqualTo("The blast broke windows nearby.");
        assertThat(kinds(cleaned)).containsExactly(RemovalKind.IMAGE, RemovalKind.CAPTION);
    }

    @ParameterizedTest
    @ValueSource(strings = { "(With inputs from agencies)", "(with agency inputs)",
            "(Reporting by Jane Roe; Editing by John Doe)", "[Additional reporting by Olena K.]",
            "Reporting by Jane Roe", "Credited from: NEWSWIRE ONE", "Source: Example Daily" })
    void removesCreditLines(String credit) {
        CleanedArticle cleaned = clean("Two bridges were repaired.\n" + credit);
        assertThat(cleaned.text()).isEqualTo("Two bridges were repaired.");
        assertThat(kinds(cleaned)).containsExactly(RemovalKind.CREDIT);
    }

    @Test
    void keepsSentencesStartingWithSources() {
        String raw = "Sources: the ministry, the governor and two witnesses all described the same sequence of events.";
        String other = "Sources said the convoy was hit near the border crossing late on Tuesday.";
        assertThat(clean(raw).text()).isEqualTo(raw);
        assertThat(clean(other).text()).isEqualTo(other);
    }

    @Test
    void creditLineNamesTheOutletThroughTheKnownOutletTable() {
        assertThat(clean("Credited from: TRTGLOBAL\nA drone attack hit the city overnight.").detectedOutlet())
                .isEqualTo("TRT Global");
        assertThat(clean("Credited from: Daily Example\nA drone attack hit the city overnight.").detectedOutlet())
                .isEqualTo("Daily Example");
        assertThat(clean("(With inputs from agencies)\nA drone attack hit the city overnight.").detectedOutlet())
                .isNull();
    }

    @Test
    void headerBylineAndOutletLinesAreRemovedAndTheOutletKept() {
        String raw = "Odesa Correspondent\nExample World News\nPort cranes were damaged in the attack on Monday.";
        CleanedArticle cleaned = clean(raw);
        assertThat(cleaned.text()).isEqualTo("Port cranes were damaged in the attack on Monday.");
        assertThat(kinds(cleaned)).containsExactly(RemovalKind.BYLINE, RemovalKind.OUTLET);
        assertThat(cleaned.detectedOutlet()).isEqualTo("Example World News");
        assertThat(cleaned.detectedTitle()).as("a byline is not a title").isNull();
    }

    @ParameterizedTest
    @ValueSource(strings = { "By Jane Roe", "By Jane Roe and Petro Ivanenko", "Mykola Example, Senior Reporter",
            "Defence Editor", "Kyiv Bureau" })
    void recognisesBylines(String byline) {
        CleanedArticle cleaned = clean(byline + "\nThe strike damaged a school in the city centre.");
        assertThat(kinds(cleaned)).containsExactly(RemovalKind.BYLINE);
        assertThat(cleaned.detectedTitle()).isNull();
    }

    @Test
    void shortFirstLineWithoutPeriodIsTheHeadline() {
        String raw = "Drones hit Odesa port overnight\n\nRussian drones struck grain terminals in Odesa, officials said.";
        CleanedArticle cleaned = clean(raw);
        assertThat(cleaned.detectedTitle()).isEqualTo("Drones hit Odesa port overnight");
        assertThat(cleaned.text()).isEqualTo("Russian drones struck grain terminals in Odesa, officials said.");
        assertThat(cleaned.removed()).singleElement()
                .satisfies(span -> assertThat(span.kind()).isEqualTo(RemovalKind.HEADLINE));
    }

    @Test
    void titleCaseFirstLineWithPeriodIsTheHeadline() {
        CleanedArticle cleaned = clean("Heavy Shelling Leaves Kharkiv Without Power.\n\nPower went out across the city.");
        assertThat(cleaned.detectedTitle()).isEqualTo("Heavy Shelling Leaves Kharkiv Without Power.");
    }

    @Test
    void sentenceCaseFirstLineWithPeriodIsBody() {
        String raw = "The mayor said the shelling left half of the city without power on Sunday.\nRepairs are under way.";
        CleanedArticle cleaned = clean(raw);
        assertThat(cleaned.detectedTitle()).isNull();
        assertThat(cleaned.text()).isEqualTo(raw);
    }

    @Test
    void aSingleLineIsNeverTakenAsHeadline() {
        assertThat(clean("Explosions heard in Kyiv").text()).isEqualTo("Explosions heard in Kyiv");
    }

    @Test
    void headlineThenBylineThenOutlet() {
        CleanedArticle cleaned = clean("Grain Deal Collapses\nBy Anna Example\nThe Example Times\n\n"
                + "The grain deal collapsed on Monday after a year of shipments.");
        assertThat(cleaned.detectedTitle()).isEqualTo("Grain Deal Collapses");
        assertThat(cleaned.detectedOutlet()).isEqualTo("The Example Times");
        assertThat(cleaned.text()).isEqualTo("The grain deal collapsed on Monday after a year of shipments.");
    }

    @Test
    void subheadingsInsideTheBodyStay() {
        String raw = "The first part of the report is long enough to be a paragraph.\nTalks in Geneva\n"
                + "Delegations met for two hours.";
        assertThat(clean(raw).text()).isEqualTo(raw);
    }

    @Test
    void outletNameSigningOffTheArticleIsRemoved() {
        CleanedArticle cleaned = clean("Trains to the east were suspended on Monday.\nService resumed later.\nExample Daily News");
        assertThat(cleaned.text()).isEqualTo("Trains to the east were suspended on Monday.\nService resumed later.");
        assertThat(cleaned.detectedOutlet()).isEqualTo("Example Daily News");
    }

    @Test
    void lastLineInSentenceCaseIsNotMistakenForAnOutlet() {
        String raw = "Trains to the east were suspended on Monday.\nMore trains are expected to run next week";
        assertThat(clean(raw).text()).isEqualTo(raw);
    }

    @Test
    void stripsNoBreakSpacesAndHandlesCrLf() {
        CleanedArticle cleaned = clean("A first sentence here.\u00A0\r\n\r\nAdvertisement\r\nA second sentence.\u00A0");
        assertThat(cleaned.text()).isEqualTo("A first sentence here.\nA second sentence.");
        assertThat(cleaned.removed()).singleElement().satisfies(span -> assertThat(span.text()).isEqualTo("Advertisement"));
    }

    @Test
    void spansAreInRawTextOrder() {
        String raw = "Title Line Of The Story\n![x](http://i/x.png)\nBody sentence one is here.\nAdvertisement\n"
                + "Body sentence two is here.\n(With inputs from agencies)";
        List<Integer> starts = clean(raw).removed().stream().map(RemovedSpan::start).toList();
        assertThat(starts).isSorted().hasSize(4);
    }
}
