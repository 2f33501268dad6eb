package io.conflicttimeline.timeline.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.conflicttimeline.timeline.support.Fixtures;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class AnnotationReaderTest {

    private final AnnotationReader reader = new AnnotationReader(new ObjectMapper());

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void readsTheContractExamples() {
        ArticleAnnotated strike = reader.read(bytes(Fixtures.text(Fixtures.CONTRACT_ANNOTATED)));
        assertThat(strike.articleId()).isEqualTo("3f1c9a7e52b04d8c9e6a1b2c3d4e5f60");
        assertThat(strike.events()).singleElement().satisfies(event -> {
            assertThat(event.date().value()).isEqualTo("XXXX-WXX-3TMO");
            assertThat(event.figures().missiles().intercepted().value()).isEqualTo(6);
        });
        ArticleAnnotated statement = reader.read(bytes(Fixtures.text(Fixtures.CONTRACT_STATEMENT)));
        assertThat(statement.quotes()).singleElement().extracting(ArticleAnnotated.Quote::eventId).isEqualTo("ev1");
    }

    @Test
    void rejectsWhatNoRetryCouldFix() {
        assertThatThrownBy(() -> reader.read(bytes("not json"))).isInstanceOf(MalformedMessageException.class)
                .hasMessageContaining("not JSON");
        assertThatThrownBy(() -> reader.read(bytes("[1, 2]"))).isInstanceOf(MalformedMessageException.class)
                .hasMessageContaining("not a JSON object");
        ObjectNode future = Fixtures.tree(Fixtures.CONTRACT_ANNOTATED).put("schemaVersion", 2);
        assertThatThrownBy(() -> reader.read(bytes(future.toString()))).isInstanceOf(MalformedMessageException.class)
                .hasMessageContaining("schemaVersion")
                .extracting(e -> ((MalformedMessageException) e).articleId())
                .isEqualTo("3f1c9a7e52b04d8c9e6a1b2c3d4e5f60");
        ObjectNode anonymous = Fixtures.tree(Fixtures.CONTRACT_ANNOTATED);
        anonymous.remove("articleId");
        assertThatThrownBy(() -> reader.read(bytes(anonymous.toString()))).hasMessageContaining("articleId");
        ObjectNode wrongShape = Fixtures.tree(Fixtures.CONTRACT_ANNOTATED);
        wrongShape.put("events", "none");
        assertThatThrownBy(() -> reader.read(bytes(wrongShape.toString())))
                .isInstanceOf(MalformedMessageException.class).hasMessageContaining("ArticleAnnotated");
    }
}
