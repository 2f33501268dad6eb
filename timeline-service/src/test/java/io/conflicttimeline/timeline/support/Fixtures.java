package io.conflicttimeline.timeline.support;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.conflicttimeline.timeline.messaging.ArticleAnnotated;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** Annotation fixtures: the nlp-service's contract examples (classpath contracts/) and our own (fixtures/). */
public final class Fixtures {

    public static final String CONTRACT_ANNOTATED = "contracts/article-annotated-v1.json";
    public static final String CONTRACT_STATEMENT = "contracts/article-annotated-v1-statement.json";
    public static final String CONTRACT_PLACED = "contracts/article-placed-v1.json";
    public static final String SEED_001 = "fixtures/annotated-seed-001-like.json";
    public static final String SEED_002 = "fixtures/annotated-seed-002-like.json";
    public static final String SEED_003 = "fixtures/annotated-seed-003-like.json";
    public static final String SEED_004 = "fixtures/annotated-seed-004-like.json";

    public static final ObjectMapper MAPPER = new ObjectMapper();

    private Fixtures() {
    }

    public static String text(String resource) {
        try (InputStream in = Fixtures.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalArgumentException("missing test resource " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static ObjectNode tree(String resource) {
        try {
            return (ObjectNode) MAPPER.readTree(text(resource));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static ArticleAnnotated annotation(String resource) {
        try {
            return MAPPER.readValue(text(resource), ArticleAnnotated.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The fixture with another articleId, so that a test never collides with earlier runs. */
    public static byte[] withArticleId(String resource, String articleId) {
        ObjectNode tree = tree(resource);
        tree.put("articleId", articleId);
        try {
            return MAPPER.writeValueAsBytes(tree);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A fresh 32-hex-char article id. */
    public static String newArticleId() {
        return java.util.UUID.randomUUID().toString().replace("-", "");
    }
}
