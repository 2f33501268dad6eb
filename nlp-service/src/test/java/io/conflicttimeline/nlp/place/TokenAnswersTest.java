package io.conflicttimeline.nlp.place;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.conflicttimeline.nlp.TestPipeline;

class TokenAnswersTest {

    @Test
    void answersAsTheQuestionDoesAndAsksItOncePerText() {
        List<String> asked = new ArrayList<>();
        TokenAnswers startsWithK = new TokenAnswers(w -> {
            asked.add(w);
            return w.startsWith("K");
        });
        assertThat(startsWithK.test("Kharkiv")).isTrue();
        assertThat(startsWithK.test("Odesa")).isFalse();
        assertThat(startsWithK.test(new String("Kharkiv"))).isTrue(); // an equal text, another string
        assertThat(startsWithK.test("Odesa")).isFalse();
        assertThat(asked).containsExactly("Kharkiv", "Odesa");
    }

    @Test
    void rememberedAnswersOfTheGazetteerAreItsWindowAnswers() {
        Gazetteer g = TestPipeline.gazetteer();
        // single words go through the memory, windows of several words do not; both must agree with the prefix test
        for (String w : List.of("Kyiv", "Zaporizhzhia", "Notaplaceword", "Kyiv.", "Mariupol", "Zzz")) {
            boolean first = g.mayStartName(w);
            assertThat(g.mayStartName(w)).as(w).isEqualTo(first);
        }
        assertThat(g.mayStartName("Kyiv")).isTrue();
        assertThat(g.mayStartName("Qwxz")).isFalse();
    }
}
