package io.conflicttimeline.timeline.messaging;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.IOException;

/** Maps a raw message body to {@link ArticleAnnotated}, rejecting what no retry could fix. */
@ApplicationScoped
public class AnnotationReader {

    private final ObjectMapper mapper;

    public AnnotationReader(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    public ArticleAnnotated read(byte[] body) {
        JsonNode tree;
        try {
            tree = mapper.readTree(body);
        } catch (JsonProcessingException e) {
            throw new MalformedMessageException("body is not JSON: " + e.getOriginalMessage(), null, e);
        } catch (IOException e) {
            throw new MalformedMessageException("body is not JSON: " + e.getMessage(), null, e);
        }
        if (tree == null || !tree.isObject()) {
            throw new MalformedMessageException("body is not a JSON object", null, null);
        }
        String articleId = tree.path("articleId").isTextual() ? tree.get("articleId").asText() : null;
        JsonNode version = tree.get("schemaVersion");
        if (version == null || !version.isInt() || version.asInt() != Channels.SCHEMA_VERSION) {
            throw new MalformedMessageException("unknown schemaVersion " + version + " (this consumer reads "
                    + Channels.SCHEMA_VERSION + ")", articleId, null);
        }
        if (articleId == null || articleId.isBlank()) {
            throw new MalformedMessageException("missing articleId", null, null);
        }
        try {
            return mapper.treeToValue(tree, ArticleAnnotated.class);
        } catch (JsonProcessingException e) {
            throw new MalformedMessageException("not an ArticleAnnotated v1: " + e.getOriginalMessage(), articleId, e);
        }
    }
}
