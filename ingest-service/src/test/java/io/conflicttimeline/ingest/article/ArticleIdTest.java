package io.conflicttimeline.ingest.article;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ArticleIdTest {

    @Test
    void isTheFirst128BitsOfSha256InLowercaseHex() {
        // SHA-256("hello") = 2cf24dba5fb0a30e26e83b2ac5b9e29e1b161e5c1fa7425e73043362938b9824
        assertThat(ArticleId.of("hello")).isEqualTo("2cf24dba5fb0a30e26e83b2ac5b9e29e");
        assertThat(ArticleId.of("Some article text.")).matches("[0-9a-f]{32}");
    }

    @Test
    void normalizationFoldsTypographyWhitespaceAndCase() {
        assertThat(ArticleId.normalize("  Russia\u2019s \u201Cdeal\u201D \u2013 now\u00A0\n\tTODAY  "))
                .isEqualTo("russia's \"deal\" - now today");
        assertThat(ArticleId.normalize("\uFB01ve \u2014 \u2212 \u2012")).isEqualTo("five - - -");
    }

    @Test
    void sameArticleTypedDifferentlyGetsTheSameId() {
        String typographic = "Kyiv\u2019s mayor said \u201Cone person\u201D was killed \u2014 officials confirmed.";
        String plain = "  KYIV'S mayor said \"one person\"   was killed - officials confirmed.\n";
        assertThat(ArticleId.of(typographic)).isEqualTo(ArticleId.of(plain));
        assertThat(ArticleId.of(plain)).isNotEqualTo(ArticleId.of(plain + " More."));
    }

    @Test
    void validatesIdShape() {
        assertThat(ArticleId.isValid("2cf24dba5fb0a30e26e83b2ac5b9e29e")).isTrue();
        assertThat(ArticleId.isValid("2CF24DBA5FB0A30E26E83B2AC5B9E29E")).isFalse();
        assertThat(ArticleId.isValid("2cf24dba")).isFalse();
        assertThat(ArticleId.isValid(null)).isFalse();
    }
}
