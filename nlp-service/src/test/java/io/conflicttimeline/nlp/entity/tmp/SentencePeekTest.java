package io.conflicttimeline.nlp.entity.tmp;

import java.util.*;
import org.junit.jupiter.api.Test;
import io.conflicttimeline.nlp.TestPipeline;
import io.conflicttimeline.nlp.entity.*;
import io.conflicttimeline.nlp.place.*;
import io.conflicttimeline.nlp.text.AnalyzedText;

class SentencePeekTest {
    @Test
    void peek() {
        PlaceRecognizer places = new PlaceRecognizer(TestPipeline.gazetteer());
        EntityRecognizer entities = new EntityRecognizer(TestPipeline.kb(), TestPipeline.gazetteer());
        for (String text : System.getProperty("ct.peek", "").split("\\|\\|")) {
            AnalyzedText at = TestPipeline.analyzer().analyze(text);
            List<PlaceMention> p = new ArrayList<>(places.recognize(at));
            System.out.println("[speek] tokens " + at.tokens().stream().map(t -> t.text() + "/" + t.pos()).toList());
            System.out.println("[speek] places " + p.stream().map(PlaceMention::text).toList());
            for (EntityMention m : entities.recognize(at, p)) {
                System.out.println("[speek] " + m.text() + " -> " + m.actor().kind() + " " + m.actor().name());
            }
        }
    }
}
