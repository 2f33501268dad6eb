package io.conflicttimeline.nlp.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.conflicttimeline.nlp.SharedData;
import io.conflicttimeline.nlp.TestPipeline;
import io.conflicttimeline.nlp.pattern.CuePrefilter;
import io.conflicttimeline.nlp.pattern.LiteralCues;
import io.conflicttimeline.nlp.pattern.RuleScanner;

/**
 * The trigger rules with and without their cue prefilter find the same matches: over the seeds' lines (always) and
 * the shared news (when present), every line where a rule matches holds one of its cues.
 */
class RuleCuesTest {

    @Test
    void everyRuleMatchIsACandidateOfThePrefilter() throws IOException {
        List<Pattern> rules = EventDetector.rulePatterns();
        CuePrefilter filter = CuePrefilter.of(rules);
        List<String> lines = lines();
        int seedLines = (int) TestPipeline.seeds().stream().mapToLong(t -> t.lines().count()).sum();
        int matches = 0;
        int skipped = 0;
        for (String line : lines) {
            long[] candidates = filter.candidates(line);
            for (int i = 0; i < rules.size(); i++) {
                Matcher m = rules.get(i).matcher(line);
                boolean found = m.find();
                if (found) {
                    matches++;
                    assertThat(CuePrefilter.contains(candidates, i)).as("rule %d on '%s'", i, line).isTrue();
                } else if (!CuePrefilter.contains(candidates, i)) {
                    skipped++;
                }
            }
        }
        long withCues = rules.stream().filter(r -> LiteralCues.of(r).isPresent()).count();
        System.out.printf("[RuleCuesTest] %d of %d rules have cues; %d lines (%d from the seeds): %d rule matches, all candidates; "
                + "%d of %d rule runs spared%n", withCues, rules.size(), lines.size(), seedLines, matches, skipped,
                (long) lines.size() * rules.size());
        assertThat(matches).isPositive();
        assertThat(skipped).as("the prefilter spares runs").isPositive();
    }

    /** The seeds' lines, and the shared news' (text, headline, description) when present. */
    private static List<String> lines() throws IOException {
        List<String> lines = new ArrayList<>();
        TestPipeline.seeds().forEach(t -> lines.addAll(t.lines().toList()));
        ObjectMapper mapper = new ObjectMapper();
        for (String file : List.of("news/guardian-nyt-2022.jsonl", "news/warline-2022.jsonl")) {
            Path path = SharedData.resolve(file, "RuleCuesTest").orElse(null);
            if (path != null) {
                for (String json : Files.readAllLines(path)) {
                    var n = mapper.readTree(json);
                    for (String field : List.of("text", "headline", "description_en")) {
                        if (n.hasNonNull(field)) {
                            lines.addAll(n.get(field).asText().lines().toList());
                        }
                    }
                }
            }
        }
        return lines;
    }

    /** The detector's scanner (alternatives, cues, start literals) finds exactly each rule's own matches. */
    @Test
    void theRuleScannerFindsExactlyTheMatchesOfEachRule() throws IOException {
        List<Pattern> rules = EventDetector.rulePatterns();
        RuleScanner scanner = RuleScanner.of(rules);
        int matches = 0;
        for (String line : lines()) {
            RuleScanner.Candidates candidates = scanner.candidates(line);
            for (int i = 0; i < rules.size(); i++) {
                List<String> expected = new ArrayList<>();
                Matcher m = rules.get(i).matcher(line);
                while (m.find()) {
                    expected.add(m.start() + "-" + m.end());
                }
                List<String> found = new ArrayList<>();
                if (scanner.mayMatch(candidates, i)) {
                    scanner.find(i, candidates, (s, e) -> found.add(s + "-" + e));
                }
                assertThat(found).as("rule %d on '%s'", i, line).isEqualTo(expected);
                matches += expected.size();
            }
        }
        assertThat(matches).isPositive();
    }
}
