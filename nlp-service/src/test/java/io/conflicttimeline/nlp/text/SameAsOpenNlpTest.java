package io.conflicttimeline.nlp.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.ObjectMapper;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.conflicttimeline.nlp.SharedData;
import io.conflicttimeline.nlp.TestPipeline;
import opennlp.tools.postag.POSModel;
import opennlp.tools.postag.POSTagFormat;
import opennlp.tools.postag.ThreadSafePOSTaggerME;
import opennlp.tools.tokenize.ThreadSafeTokenizerME;
import opennlp.tools.tokenize.TokenizerModel;
import opennlp.tools.util.Span;

/**
 * {@link TokenSplitter} and {@link PosTagger} are speed-ups of OpenNLP's TokenizerME and POSTaggerME: on every sentence
 * they must give exactly what the OpenNLP classes give (each sentence twice, so that remembered splits are checked too).
 */
class SameAsOpenNlpTest {

    private static TokenizerModel tokenModel;
    private static POSModel posModel;

    @BeforeAll
    static void loadModels() throws IOException {
        try (InputStream t = open(TextAnalyzer.TOKEN_MODEL); InputStream p = open(TextAnalyzer.POS_MODEL)) {
            tokenModel = new TokenizerModel(t);
            posModel = new POSModel(p);
        }
    }

    private static InputStream open(String name) {
        return TextAnalyzer.class.getClassLoader().getResourceAsStream(name);
    }

    @Test
    void seedsAndTrickySentences() {
        List<String> texts = new ArrayList<>(TestPipeline.seeds());
        texts.add("He said: \"We won't stop.\" Zelensky's aide, Andriy Yermak, didn't (yet) confirm it - U.S.-made HIMARS hit 2,000 targets.");
        texts.add("Russia’s 3rd Army; Kyiv's mayor — Vitali Klitschko — said: ‘It’s over’… e-mail: a@b.com, 10:30 a.m., $1.5bn, 50%.");
        texts.add("A");
        assertSame(texts);
    }

    @Test
    void newsCorpus() throws IOException {
        var news = SharedData.resolve("news/guardian-nyt-2022.jsonl", "SameAsOpenNlpTest");
        org.junit.jupiter.api.Assumptions.assumeTrue(news.isPresent(), "shared news corpus not present");
        ObjectMapper mapper = new ObjectMapper();
        List<String> texts = new ArrayList<>();
        for (String line : Files.readAllLines(news.get())) {
            if (!line.isBlank() && texts.size() < 120) {
                texts.add(mapper.readTree(line).path("text").asText());
            }
        }
        assertSame(texts);
    }

    private static void assertSame(List<String> texts) {
        TokenSplitter splitter = new TokenSplitter(tokenModel);
        PosTagger tagger = new PosTagger(posModel);
        ThreadSafeTokenizerME openNlpTokenizer = new ThreadSafeTokenizerME(tokenModel);
        ThreadSafePOSTaggerME openNlpTagger = new ThreadSafePOSTaggerME(posModel, POSTagFormat.UD);
        AnalyzedText at;
        int sentences = 0;
        for (int round = 0; round < 2; round++) {
            for (String text : texts) {
                at = TestPipeline.analyzer().analyze(text);
                for (Sentence s : at.sentences()) {
                    String sentence = text.substring(s.start(), s.end());
                    Span[] expected = openNlpTokenizer.tokenizePos(sentence);
                    assertThat(splitter.tokenizePos(sentence)).as(sentence).containsExactly(expected);
                    assertAnalyzerTokens(splitter.tokens(sentence), expected, sentence);
                    String[] words = new String[expected.length];
                    for (int i = 0; i < words.length; i++) {
                        words[i] = expected[i].getCoveredText(sentence).toString();
                    }
                    if (words.length > 0) {
                        assertThat(tagger.tag(words)).as(sentence).containsExactly(openNlpTagger.tag(words));
                    }
                    sentences++;
                }
            }
        }
        assertThat(sentences).isPositive();
    }

    /** The analyzer's tokens: the model's, with a final "'s" split off, texts as in the sentence. */
    private static void assertAnalyzerTokens(TokenSplitter.Tokens tokens, Span[] model, String sentence) {
        List<String> expected = new ArrayList<>();
        for (Span sp : model) {
            int end = sp.getEnd();
            if (end - sp.getStart() > 2 && sentence.charAt(end - 1) == 's'
                    && (sentence.charAt(end - 2) == '\'' || sentence.charAt(end - 2) == '\u2019')) {
                expected.add(sp.getStart() + "-" + (end - 2));
                expected.add((end - 2) + "-" + end);
            } else {
                expected.add(sp.getStart() + "-" + end);
            }
        }
        List<String> actual = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            actual.add(tokens.starts()[i] + "-" + tokens.ends()[i]);
            assertThat(tokens.words()[i]).isEqualTo(sentence.substring(tokens.starts()[i], tokens.ends()[i]));
        }
        assertThat(actual).as(sentence).containsExactlyElementsOf(expected);
    }

    @Test
    void kthLargestCountsRepeatsLikeASortedCopy() {
        assertThat(PosTagger.kthLargest(new double[] { 0.1, 0.5, 0.5, 0.5, 0.2 }, 3)).isEqualTo(0.5);
        assertThat(PosTagger.kthLargest(new double[] { 0.1, 0.5, 0.3, 0.4, 0.2 }, 3)).isEqualTo(0.3);
        assertThat(PosTagger.kthLargest(new double[] { 0.7, 0.3 }, 3)).isEqualTo(0.3);
    }
}
