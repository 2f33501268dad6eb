package io.conflicttimeline.ingest.messaging;

import java.time.Instant;
import java.time.format.DateTimeParseException;

import com.fasterxml.jackson.databind.JsonNode;

import io.conflicttimeline.ingest.article.ArticleStatus;

/**
 * What ingest-service needs from article.annotated, article.placed (timeline) and article.failed (nlp, timeline):
 * the article and the status it reached. Read from the JSON tree so that the large annotation payload is not mapped.
 */
public record StatusMessage(String articleId, ArticleStatus status, String stage, String reason, Instant failedAt) {

    public static final int SCHEMA_VERSION = 1;

    /** Thrown for a message that can never be applied: not JSON, unknown schema version, missing field. */
    public static class MalformedStatusMessage extends RuntimeException {
        public MalformedStatusMessage(String message) {
            super(message);
        }
    }

    /**
     * @param routingKey decides the kind; messages sent by queue name through the default exchange are recognised
     *                   by their fields instead
     */
    public static StatusMessage from(JsonNode json, String routingKey) {
        if (json == null || !json.isObject()) {
            throw new MalformedStatusMessage("the body is not a JSON object");
        }
        JsonNode version = json.get("schemaVersion");
        if (version == null || !version.canConvertToInt() || version.asInt() != SCHEMA_VERSION) {
            throw new MalformedStatusMessage("unknown schemaVersion " + version + "; this consumer reads version "
                    + SCHEMA_VERSION);
        }
        ArticleStatus status = statusOf(json, routingKey);
        String articleId = text(json, "articleId");
        if (articleId == null && status != ArticleStatus.FAILED) {
            throw new MalformedStatusMessage("articleId is missing");
        }
        if (status != ArticleStatus.FAILED) {
            return new StatusMessage(articleId, status, null, null, null);
        }
        String stage = text(json, "stage");
        String reason = text(json, "reason");
        if (stage == null || reason == null) {
            throw new MalformedStatusMessage("article.failed needs stage and reason");
        }
        return new StatusMessage(articleId, status, stage, reason, instant(text(json, "failedAt")));
    }

    private static ArticleStatus statusOf(JsonNode json, String routingKey) {
        if (Channels.ARTICLE_ANNOTATED_KEY.equals(routingKey)) {
            return ArticleStatus.ANNOTATED;
        }
        if (Channels.ARTICLE_PLACED_KEY.equals(routingKey)) {
            return ArticleStatus.PLACED;
        }
        if (Channels.ARTICLE_FAILED_KEY.equals(routingKey)) {
            return ArticleStatus.FAILED;
        }
        if (json.has("stage") && json.has("reason")) {
            return ArticleStatus.FAILED;
        }
        if (json.has("eventIds") && json.has("placedAt")) {
            return ArticleStatus.PLACED;
        }
        if (json.has("annotatedAt") || json.has("annotator")) {
            return ArticleStatus.ANNOTATED;
        }
        throw new MalformedStatusMessage("routing key '" + routingKey
                + "' is not article.annotated, article.placed or article.failed and the fields do not say which");
    }

    private static String text(JsonNode json, String field) {
        JsonNode node = json.get(field);
        return node == null || node.isNull() || !node.isTextual() || node.asText().isBlank() ? null : node.asText();
    }

    private static Instant instant(String value) {
        if (value == null) {
            return null;
        }
        try {
            return Instant.parse(value);
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
