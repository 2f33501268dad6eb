package io.conflicttimeline.nlp.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.conflicttimeline.nlp.SharedData;
import io.conflicttimeline.nlp.TestPipeline;
import io.conflicttimeline.nlp.place.PlaceMention;
import io.conflicttimeline.nlp.place.PlaceRecognizer;
import io.conflicttimeline.nlp.text.AnalyzedText;
import io.conflicttimeline.nlp.text.Sentence;
import io.conflicttimeline.nlp.text.Token;

/**
 * Coverage on real 2022 reporting from the shared evaluation data (never copied into the repository): the 30 most
 * frequent capitalized sequences that no place or entity covers (what the gazetteer and KB miss) and the 30 most
 * frequent resolved identities. A measurement to guide fixes, not a gate; skips when the data folder is absent.
 */
class NewsEntityCoverageTest {

    private static final String CORPUS = "news/guardian-nyt-2022.jsonl";
    /** Capitalized words that are never names on their own: function words, calendar words, headline words. */
    private static final Set<String> NOT_NAMES = Set.of("The", "A", "An", "In", "On", "At", "But", "And", "Or", "If", "It", "He",
            "She", "They", "We", "I", "You", "This", "That", "These", "Those", "His", "Her", "Their", "Our", "Its", "As", "For", "With",
            "After", "Before", "Meanwhile", "However", "Also", "While", "When", "Despite", "Over", "Under", "During", "According",
            "There", "What", "Who", "Why", "How", "So", "Some", "Many", "More", "Most", "One", "Two", "Now", "Then", "Yet", "Not",
            "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "January", "February", "March", "April",
            "May", "June", "July", "August", "September", "October", "November", "December", "Mr", "Mrs", "Ms", "Dr", "Mr.", "Mrs.",
            "Ms.", "Dr.", "To", "Of", "By", "From", "Is", "Was", "Are", "Do", "No", "Yes", "My", "Your", "All", "Even", "Since");

    @Test
    void printsUnresolvedAndResolvedNames() throws IOException {
        Path file = SharedData.resolve(CORPUS, "NewsEntityCoverageTest").orElse(null);
        assumeTrue(file != null, "shared news corpus absent");
        ObjectMapper mapper = new ObjectMapper();
        List<String> lines = Files.readAllLines(file).stream().filter(l -> !l.isBlank()).toList();
        PlaceRecognizer places = new PlaceRecognizer(TestPipeline.gazetteer());
        EntityRecognizer entities = new EntityRecognizer(TestPipeline.kb(), TestPipeline.gazetteer());
        Map<String, Integer> unresolved = new HashMap<>();
        Map<String, Integer> resolved = new HashMap<>();
        int sequences = 0;
        int covered = 0;
        long start = System.nanoTime();
        for (String line : lines) {
            JsonNode n = mapper.readTree(line);
            String text = n.path("text").asText("");
            AnalyzedText at = TestPipeline.analyzer().analyze(text);
            List<PlaceMention> p = new ArrayList<>(places.recognize(at));
            List<EntityMention> e = entities.recognize(at, p);
            p.removeIf(x -> e.stream().anyMatch(m -> m.start() <= x.start() && m.end() >= x.end()));
            boolean[] hit = new boolean[text.length() + 1];
            for (PlaceMention x : p) {
                assertThat(text.substring(x.start(), x.end())).isEqualTo(x.text());
                resolved.merge("place " + x.entry().name() + " (" + x.entry().gazetteerId() + ")", 1, Integer::sum);
                java.util.Arrays.fill(hit, x.start(), x.end(), true);
            }
            for (EntityMention m : e) {
                assertThat(text.substring(m.start(), m.end())).isEqualTo(m.text());
                resolved.merge(m.actor().kind().toLowerCase() + " " + m.actor().name() + " (" + m.actor().entityId() + ")", 1, Integer::sum);
                java.util.Arrays.fill(hit, m.start(), m.end(), true);
            }
            for (Sentence s : at.sentences()) {
                int i = s.firstToken();
                while (i < s.endToken()) {
                    int j = i;
                    while (j < s.endToken() && nameWord(at.tokens().get(j), j == s.firstToken())) {
                        j++;
                    }
                    if (j == i) {
                        i++;
                        continue;
                    }
                    sequences++;
                    Token first = at.tokens().get(i);
                    Token last = at.tokens().get(j - 1);
                    if (hit[first.start()] || hit[last.end() - 1]) {
                        covered++;
                    } else {
                        unresolved.merge(text.substring(first.start(), last.end()), 1, Integer::sum);
                    }
                    i = j;
                }
            }
        }
        double ms = (System.nanoTime() - start) / 1e6 / lines.size();
        System.out.printf("[NewsEntityCoverageTest] %d articles, %.1f ms/article; capitalized sequences covered by a place or "
                + "entity: %d/%d = %.3f%n", lines.size(), ms, covered, sequences, sequences == 0 ? 0.0 : (double) covered / sequences);
        System.out.println("[NewsEntityCoverageTest] 30 most frequent unresolved capitalized sequences:");
        top(unresolved).forEach(x -> System.out.println("[NewsEntityCoverageTest]   unresolved " + x));
        System.out.println("[NewsEntityCoverageTest] 30 most frequent resolved places and entities:");
        top(resolved).forEach(x -> System.out.println("[NewsEntityCoverageTest]   resolved " + x));
        assertThat(resolved).isNotEmpty();
    }

    /** A capitalized word; the sentence's first word only when tagged a proper noun (else any "However" would count). */
    private static boolean nameWord(Token t, boolean sentenceInitial) {
        String w = t.text();
        if (w.length() < 2 || !Character.isUpperCase(w.charAt(0)) || !Character.isLetter(w.charAt(w.length() - 1))
                || NOT_NAMES.contains(w) || TestPipeline.gazetteer().countryByDemonym(w) != null) {
            return false;
        }
        return !sentenceInitial || t.isProperNoun();
    }

    private static List<String> top(Map<String, Integer> counts) {
        return counts.entrySet().stream()
                .sorted(Map.Entry.<String, Integer> comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .limit(30).map(e -> e.getValue() + "\t" + e.getKey()).toList();
    }
}
