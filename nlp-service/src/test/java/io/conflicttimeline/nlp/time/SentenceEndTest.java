package io.conflicttimeline.nlp.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import org.junit.jupiter.api.Test;

/** The hand-written sentence-end test of the tense heuristic must agree with the SENTENCE_END pattern it replaces. */
class SentenceEndTest {

    private static final List<String> TEXTS = List.of(
            "He said so. Then he left.\nNext line! \"Quoted.\" Mr. Smith met Gen. Ivanov on Feb. 12. The talks? \u201CYes.\u201D",
            "U.S. officials. A.B. Ok. x.  Y. e.g. This. Abcd. Efgh. Abcde. Fghij. end.",
            "Wait!\tGo? \nNo.\u000BMaybe.\fFine.\rDone. 12. 34. a.M.  ..  !? ?!",
            "Tuesday. Wednesday. Jan. Feb. St. Louis. Dr. No. pp. ix. IV. Ok.",
            "");

    @Test
    void agreesWithThePatternOnEveryRegion() {
        for (String text : TEXTS) {
            for (int from = 0; from <= text.length(); from++) {
                for (int to = from; to <= text.length(); to++) {
                    assertThat(handWritten(text, from, to)).as("[%d, %d) of %s", from, to, text)
                            .isEqualTo(pattern(text, from, to));
                }
            }
        }
    }

    private static List<Integer> pattern(String text, int from, int to) {
        List<Integer> ends = new ArrayList<>();
        Matcher m = TimeTagger.SENTENCE_END.matcher(text);
        m.region(from, to);
        while (m.find()) {
            ends.add(m.start());
        }
        return ends;
    }

    private static List<Integer> handWritten(String text, int from, int to) {
        List<Integer> ends = new ArrayList<>();
        for (int i = from; i < to; i++) {
            if (TimeTagger.sentenceEndAt(text, i, from, to)) {
                ends.add(i);
            }
        }
        return ends;
    }
}
