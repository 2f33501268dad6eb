package io.conflicttimeline.ingest.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.conflicttimeline.ingest.article.ArticleStatus;
import io.conflicttimeline.ingest.article.ArticleSubmission;

class MessageMappingTest {

    @Test
    void ingestedRecordSerialisesToExactlyTheContractFields() throws Exception {
        ArticleIngestedV1 message = new ArticleIngestedV1(1, "0123456789abcdef0123456789abcdef", null, null, null, null,
                "en", "Text.", "2026-11-21T17:40:00Z");
        Contracts.assertIngestedShape(Contracts.JSON.valueToTree(message));
        Contracts.assertIngestedShape(Contracts.json("article-ingested-v1.json"));
    }

    @Test
    void submittedExampleMapsToASubmission() throws Exception {
        ArticleSubmission submission = Contracts.JSON.readValue(Contracts.bytes("article-submitted-v1.json"),
                ArticleSubmission.class);
        assertThat(submission.text()).startsWith("Kyiv mayor Vitali Klitschko");
        assertThat(submission.publishedAt()).isEqualTo("2025-02-12T07:00:00Z");
        assertThat(submission.outlet()).isEqualTo("Example News");
    }

    @Test
    void annotatedExampleMapsToAnnotatedStatus() {
        JsonNode json = Contracts.json("article-annotated-v1.json");
        StatusMessage status = StatusMessage.from(json, Channels.ARTICLE_ANNOTATED_KEY);
        assertThat(status.status()).isEqualTo(ArticleStatus.ANNOTATED);
        assertThat(status.articleId()).isEqualTo(json.get("articleId").asText());
        assertThat(StatusMessage.from(json, "ingest.status").status()).as("recognised by its fields")
                .isEqualTo(ArticleStatus.ANNOTATED);
    }

    @Test
    void placedAndFailedExamplesMap() {
        StatusMessage placed = StatusMessage.from(Contracts.json("article-placed-v1.json"), Channels.ARTICLE_PLACED_KEY);
        assertThat(placed.status()).isEqualTo(ArticleStatus.PLACED);
        StatusMessage failed = StatusMessage.from(Contracts.json("article-failed-v1.json"), Channels.ARTICLE_FAILED_KEY);
        assertThat(failed.status()).isEqualTo(ArticleStatus.FAILED);
        assertThat(failed.stage()).isEqualTo("nlp");
        assertThat(failed.reason()).contains("annotation failed");
        assertThat(failed.failedAt()).isNotNull();
    }

    @Test
    void rejectsUnknownVersionAndMissingArticleId() {
        ObjectNode placed = (ObjectNode) Contracts.json("article-placed-v1.json");
        placed.put("schemaVersion", 2);
        assertThatThrownBy(() -> StatusMessage.from(placed, Channels.ARTICLE_PLACED_KEY))
                .isInstanceOf(StatusMessage.MalformedStatusMessage.class).hasMessageContaining("schemaVersion");
        ObjectNode noId = (ObjectNode) Contracts.json("article-placed-v1.json");
        noId.remove("articleId");
        assertThatThrownBy(() -> StatusMessage.from(noId, Channels.ARTICLE_PLACED_KEY))
                .hasMessageContaining("articleId");
        ObjectNode failedWithoutArticle = (ObjectNode) Contracts.json("article-failed-v1.json");
        failedWithoutArticle.putNull("articleId");
        assertThat(StatusMessage.from(failedWithoutArticle, Channels.ARTICLE_FAILED_KEY).articleId()).isNull();
    }
}
