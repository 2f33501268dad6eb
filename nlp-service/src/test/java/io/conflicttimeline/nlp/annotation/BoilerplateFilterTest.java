package io.conflicttimeline.nlp.annotation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class BoilerplateFilterTest {

    private final BoilerplateFilter filter = new BoilerplateFilter();

    @Test
    void dropsTeaserAdvertImageAndCommentFormLines() {
        String text = "![A crater](https://example.org/a.jpg)\nFirst paragraph.\n\nAdvertisement\n\nAlso read: Something else\n"
                + "Second paragraph.\nLeave a Reply\nYour email address will not be published. Required fields are marked *";
        assertThat(filter.clean(text)).isEqualTo("First paragraph.\n\nSecond paragraph.");
    }

    @Test
    void keepsOrdinaryText() {
        assertThat(filter.clean("Read the statement below.\nAlso, officials said more.")).isEqualTo("Read the statement below.\nAlso, officials said more.");
    }

    @Test
    void articleIdsFollowTheContractNormalization() {
        assertThat(ArticleIds.of("Russia’s  attack —\nKyiv")).isEqualTo(ArticleIds.of("russia's attack - kyiv")).hasSize(32).matches("[0-9a-f]{32}");
    }
}
