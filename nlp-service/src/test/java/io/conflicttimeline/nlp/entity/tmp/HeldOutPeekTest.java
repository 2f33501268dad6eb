package io.conflicttimeline.nlp.entity.tmp;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.*;
import org.junit.jupiter.api.Test;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.conflicttimeline.nlp.SharedData;
import io.conflicttimeline.nlp.TestPipeline;
import io.conflicttimeline.nlp.entity.*;
import io.conflicttimeline.nlp.place.*;
import io.conflicttimeline.nlp.text.AnalyzedText;

class HeldOutPeekTest {
    @Test
    void peek() throws Exception {
        Path file = SharedData.resolve("news/guardian-nyt-2022.jsonl", "peek").orElseThrow();
        List<String> lines = Files.readAllLines(file).stream().filter(l -> !l.isBlank()).toList();
        ObjectMapper mapper = new ObjectMapper();
        PlaceRecognizer places = new PlaceRecognizer(TestPipeline.gazetteer());
        EntityRecognizer entities = new EntityRecognizer(TestPipeline.kb(), TestPipeline.gazetteer());
        Random r = new Random(7);
        for (int n = 0; n < 25; n++) {
            int idx = r.nextInt(lines.size());
            if (idx % 13 == 0) continue;
            var node = mapper.readTree(lines.get(idx));
            String text = node.path("text").asText("");
            AnalyzedText at = TestPipeline.analyzer().analyze(text);
            List<PlaceMention> p = new ArrayList<>(places.recognize(at));
            Set<String> seen = new TreeSet<>();
            for (EntityMention m : entities.recognize(at, p)) {
                if (m.actor().entityId().startsWith("local:") && m.actor().aliases().isEmpty() && m.actor().role() == null) {
                    seen.add(m.actor().kind().charAt(0) + ":" + m.actor().name());
                }
            }
            System.out.println("[peek] " + node.path("id").asText() + " " + seen);
        }
    }
}
