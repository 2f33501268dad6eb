package io.conflicttimeline.nlp.text;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import opennlp.tools.postag.POSModel;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.sentdetect.ThreadSafeSentenceDetectorME;
import opennlp.tools.tokenize.TokenizerModel;
import opennlp.tools.util.Span;

/**
 * Sentences, tokens and POS tags with the Apache OpenNLP English UD-EWT models, loaded once by explicit resource
 * name (no model-finder classpath scanning, so the native image only needs the .bin files as resources).
 */
public final class TextAnalyzer {

    static final String SENTENCE_MODEL = "opennlp-en-ud-ewt-sentence-1.3-2.5.4.bin";
    static final String TOKEN_MODEL = "opennlp-en-ud-ewt-tokens-1.3-2.5.4.bin";
    static final String POS_MODEL = "opennlp-en-ud-ewt-pos-1.3-2.5.4.bin";

    private static final Set<String> ABBREVIATIONS = Set.of("Mr.", "Mrs.", "Ms.", "Dr.", "Gen.", "Lt.", "Col.", "Sgt.", "Capt.",
            "Maj.", "St.", "Gov.", "Sen.", "Rep.", "Prof.", "No.", "Jan.", "Feb.", "Aug.", "Sept.", "Oct.", "Nov.", "Dec.", "vs.",
            "U.S.", "U.K.", "U.N.", "E.U.", "Lt.-Gen.", "Maj.-Gen.");
    private static final Pattern MISSED_BOUNDARY = Pattern.compile("(?<=[a-z]{2}[.!?][\"\u201d\u2019]?)\\s+(?=[\"\u201c\u2018]?[A-Z])");

    private static final Set<String> MODALS = Set.of("will", "would", "can", "could", "may", "might", "shall", "should", "must");

    private final ThreadSafeSentenceDetectorME sentenceDetector;
    private final TokenSplitter tokenizer;
    private final PosTagger tagger;

    public TextAnalyzer() {
        try (InputStream s = open(SENTENCE_MODEL); InputStream t = open(TOKEN_MODEL); InputStream p = open(POS_MODEL)) {
            sentenceDetector = new ThreadSafeSentenceDetectorME(new SentenceModel(s));
            tagger = new PosTagger(new POSModel(p));
            tokenizer = new TokenSplitter(new TokenizerModel(t), tagger::featuresOf);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot load OpenNLP models", e);
        }
    }

    private static InputStream open(String name) {
        InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(name);
        if (in == null) {
            in = TextAnalyzer.class.getClassLoader().getResourceAsStream(name);
        }
        if (in == null) {
            throw new IllegalStateException("OpenNLP model not on the classpath: " + name);
        }
        return in;
    }

    /** Paragraphs (lines) are split first so that a headline without a full stop never swallows the next line. */
    public AnalyzedText analyze(String text) {
        List<Sentence> sentences = new ArrayList<>();
        List<Token> tokens = new ArrayList<>();
        int lineStart = 0;
        int n = text.length();
        while (lineStart < n) {
            int lineEnd = text.indexOf('\n', lineStart);
            if (lineEnd < 0) {
                lineEnd = n;
            }
            String line = lineEnd > lineStart ? text.substring(lineStart, lineEnd) : "";
            if (!line.isBlank()) {
                for (int[] span : refine(line, sentenceDetector.sentPosDetect(line))) {
                    int s = lineStart + span[0];
                    int e = lineStart + span[1];
                    while (s < e && Character.isWhitespace(text.charAt(s))) {
                        s++;
                    }
                    while (e > s && Character.isWhitespace(text.charAt(e - 1))) {
                        e--;
                    }
                    if (e > s) {
                        addSentence(text, s, e, sentences, tokens);
                    }
                }
            }
            lineStart = lineEnd + 1;
        }
        return new AnalyzedText(text, List.copyOf(sentences), List.copyOf(tokens));
    }

    /**
     * Repairs the model's two typical errors on news text: a split after an abbreviation ("Gen.", "U.S.") is undone,
     * and a missed boundary ("arrived in Kyiv. Kellogg met") is added when a lower-case word ends a sentence.
     */
    static List<int[]> refine(String line, Span[] spans) {
        List<int[]> merged = new ArrayList<>();
        for (Span sp : spans) {
            if (!merged.isEmpty() && endsWithAbbreviation(line.substring(merged.get(merged.size() - 1)[0], merged.get(merged.size() - 1)[1]))) {
                merged.get(merged.size() - 1)[1] = sp.getEnd();
            } else {
                merged.add(new int[] { sp.getStart(), sp.getEnd() });
            }
        }
        List<int[]> out = new ArrayList<>();
        for (int[] m : merged) {
            int start = m[0];
            if (!hasInnerStop(line, m[0], m[1])) {
                out.add(m);
                continue;
            }
            Matcher b = MISSED_BOUNDARY.matcher(line).region(m[0], m[1]);
            while (b.find()) {
                if (!endsWithAbbreviation(line.substring(start, b.start()))) {
                    out.add(new int[] { start, b.start() });
                    start = b.end();
                }
            }
            out.add(new int[] { start, m[1] });
        }
        return out;
    }

    /** A '.', '!' or '?' before the span's last character: without one {@code MISSED_BOUNDARY} cannot match (most spans). */
    private static boolean hasInnerStop(String line, int start, int end) {
        for (int k = start; k < end - 1; k++) {
            char c = line.charAt(k);
            if (c == '.' || c == '!' || c == '?') {
                return true;
            }
        }
        return false;
    }

    private static boolean endsWithAbbreviation(String sentence) {
        String s = sentence.stripTrailing();
        int sp = s.lastIndexOf(' ');
        String last = s.substring(sp + 1);
        // a middle initial ("John R. Bolton") is not a sentence end either
        return ABBREVIATIONS.contains(last) || last.length() == 2 && Character.isUpperCase(last.charAt(0)) && last.charAt(1) == '.';
    }

    /**
     * Coarse Penn tags from the model's native UD tags: OpenNLP's own UD-to-Penn mapping costs a third of the tagging
     * time, and the recognizers only ask "proper noun? verb? modal? adverb?".
     */
    static String penn(String ud, String word) {
        if (ud == null) {
            return "X";
        }
        return switch (ud) {
            case "PROPN" -> "NNP";
            case "NOUN" -> "NN";
            case "VERB" -> "VB";
            case "AUX" -> MODALS.contains(word.toLowerCase(java.util.Locale.ROOT)) ? "MD" : "VB";
            case "ADJ" -> "JJ";
            case "ADV" -> "RB";
            case "DET" -> "DT";
            case "ADP", "SCONJ" -> "IN";
            case "PRON" -> "PRP";
            case "NUM" -> "CD";
            case "CCONJ" -> "CC";
            case "PART" -> "RP";
            case "PUNCT" -> ".";
            default -> ud;
        };
    }

    private void addSentence(String text, int s, int e, List<Sentence> sentences, List<Token> tokens) {
        TokenSplitter.Tokens t = tokenizer.tokens(text.substring(s, e));
        String[] words = t.size() == t.words().length ? t.words() : Arrays.copyOf(t.words(), t.size());
        PosTagger.WordFeatures[] features = t.size() == t.features().length ? t.features() : Arrays.copyOf(t.features(), t.size());
        String[] tags = words.length == 0 ? new String[0] : tagger.tag(words, features);
        int index = sentences.size();
        int first = tokens.size();
        for (int i = 0; i < words.length; i++) {
            tokens.add(new Token(s + t.starts()[i], s + t.ends()[i], words[i], penn(tags[i], words[i]), index));
        }
        sentences.add(new Sentence(index, s, e, first, tokens.size()));
    }
}
