package io.conflicttimeline.ingest.messaging;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeType;

/** The README's contract example files (this module's and, as extra test resources, nlp's and timeline's). */
public final class Contracts {

    public static final ObjectMapper JSON = new ObjectMapper();

    private Contracts() {
    }

    public static byte[] bytes(String name) {
        try (InputStream in = Contracts.class.getClassLoader().getResourceAsStream("contracts/" + name)) {
            if (in == null) {
                throw new IllegalStateException("contract example contracts/" + name + " is not on the test classpath");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static JsonNode json(String name) {
        try {
            return JSON.readTree(bytes(name));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Fields the README declares "string or null"; the examples happen to show some of them only with a value. */
    public static final Set<String> INGESTED_NULLABLE = Set.of("title", "url", "outlet", "publishedAt");

    /**
     * Checks that a published article.ingested has exactly the fields of the example files, each with a JSON type
     * one of the examples has (or null where the README allows it).
     */
    public static void assertIngestedShape(JsonNode message) {
        Map<String, Set<JsonNodeType>> shape = shape("article-ingested-v1.json", "article-ingested-v1-with-date.json");
        Set<String> names = new TreeSet<>();
        message.fieldNames().forEachRemaining(names::add);
        org.assertj.core.api.Assertions.assertThat(names).as("fields of article.ingested")
                .isEqualTo(new TreeSet<>(shape.keySet()));
        shape.forEach((field, types) -> {
            JsonNodeType type = message.get(field).getNodeType();
            if (type == JsonNodeType.NULL && INGESTED_NULLABLE.contains(field)) {
                return;
            }
            org.assertj.core.api.Assertions.assertThat(types).as("JSON type of %s", field).contains(type);
        });
    }

    /** Field name to the JSON types it has across the given examples: the shape a published message must have. */
    public static Map<String, Set<JsonNodeType>> shape(String... names) {
        Map<String, Set<JsonNodeType>> shape = new HashMap<>();
        for (String name : names) {
            JsonNode node = json(name);
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext();) {
                Map.Entry<String, JsonNode> field = it.next();
                shape.computeIfAbsent(field.getKey(), k -> new TreeSet<>()).add(field.getValue().getNodeType());
            }
        }
        return shape;
    }
}
