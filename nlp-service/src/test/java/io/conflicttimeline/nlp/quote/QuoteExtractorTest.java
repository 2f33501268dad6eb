package io.conflicttimeline.nlp.quote;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import io.conflicttimeline.nlp.TestPipeline;
import io.conflicttimeline.nlp.messaging.ArticleAnnotated;

class QuoteExtractorTest {

    private static List<ArticleAnnotated.Quote> quotes(String text) {
        return TestPipeline.annotateWithFixtures(text, null).quotes();
    }

    @Test
    void straightQuoteWithAttributionAfter() {
        String text = "Russia rejected it. \"This is impossible,\" Kremlin spokesman Dmitry Peskov told reporters.";
        assertThat(quotes(text)).singleElement().satisfies(q -> {
            assertThat(q.text()).isEqualTo("This is impossible");
            assertThat(text.substring(q.start(), q.end())).isEqualTo(q.text());
            assertThat(q.speaker()).isEqualTo("Dmitry Peskov");
            assertThat(q.speakerEntityId()).isEqualTo("wikidata:Q4164871");
            assertThat(q.verb()).isEqualTo("told");
        });
    }

    @Test
    void speakerBeforeTheQuoteIsTheSubjectNotTheLastName() {
        assertThat(quotes("Zelensky said Russian president Vladimir Putin was “not preparing for peace”.")).singleElement()
                .satisfies(q -> {
                    assertThat(q.text()).isEqualTo("not preparing for peace");
                    assertThat(q.speaker()).isEqualTo("Volodymyr Zelensky");
                    assertThat(q.verb()).isEqualTo("said");
                });
    }

    @Test
    void quoteLeftOpenAtAParagraphEndContinuesAndSharesTheAttribution() {
        String text = "Zelensky condemned the strike.\n“He continues to kill Ukrainians.\n“We need unity,” he wrote on Telegram.";
        assertThat(quotes(text)).hasSize(2).allSatisfy(q -> {
            assertThat(q.speaker()).isEqualTo("Volodymyr Zelensky");
            assertThat(q.verb()).isEqualTo("wrote");
            assertThat(q.channel()).isEqualTo("Telegram");
        }).extracting(ArticleAnnotated.Quote::text).containsExactly("He continues to kill Ukrainians.", "We need unity");
    }

    @Test
    void attributionAfterTheVerbAndPronouns() {
        String text = "“Russia struck Kyiv,” said Andriy Yermak, head of Zelensky's office. “This is how they end wars,” he wrote on Telegram.";
        assertThat(quotes(text)).extracting(ArticleAnnotated.Quote::speaker).containsExactly("Andriy Yermak", "Andriy Yermak");
    }

    @Test
    void channels() {
        assertThat(quotes("“We will see,” Zelensky said in an interview with The Guardian.")).singleElement()
                .satisfies(q -> assertThat(q.channel()).isEqualTo("The Guardian"));
        assertThat(quotes("“Maybe not,” Trump said in a Fox News interview on February 10.")).singleElement()
                .satisfies(q -> assertThat(q.channel()).isEqualTo("Fox News"));
        assertThat(quotes("Zelensky wrote on social media that Putin is \"not preparing for peace.\"")).singleElement()
                .satisfies(q -> assertThat(q.channel()).isEqualTo("social media"));
    }

    @Test
    void pronounAfterAReportedSpeakerAndFollowUpQuotes() {
        String text = "The war could take years, Nato secretary general Jens Stoltenberg said. “We must prepare for it,” he said. "
                + "“Even if the costs are high.”";
        assertThat(quotes(text)).extracting(ArticleAnnotated.Quote::speaker).containsExactly("Jens Stoltenberg", "Jens Stoltenberg");
    }

    @Test
    void quoteReopenedBeforeClosingInOneParagraph() {
        String text = "Zelensky spoke. “They keep killing. “We need unity,” he wrote on Telegram.";
        assertThat(quotes(text)).extracting(ArticleAnnotated.Quote::text, ArticleAnnotated.Quote::speaker).containsExactly(
                org.assertj.core.groups.Tuple.tuple("They keep killing.", "Volodymyr Zelensky"),
                org.assertj.core.groups.Tuple.tuple("We need unity", "Volodymyr Zelensky"));
    }

    @Test
    void namesWithMiddleInitials() {
        assertThat(quotes("“I take a pretty hard line on it,” said John R. Bolton, a former U.N. ambassador.")).singleElement()
                .satisfies(q -> assertThat(q.speaker()).isEqualTo("John R. Bolton"));
    }

    @Test
    void unattributedScareQuotesHaveNoSpeaker() {
        assertThat(quotes("They called it the \"1,000-for-1,000\" agreement.")).singleElement()
                .satisfies(q -> assertThat(q.speaker()).isNull());
    }
}
