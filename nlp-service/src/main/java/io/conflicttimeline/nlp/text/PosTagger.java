package io.conflicttimeline.nlp.text;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import opennlp.tools.ml.model.AbstractModel;
import opennlp.tools.ml.model.Context;
import opennlp.tools.ml.model.UniformPrior;
import opennlp.tools.postag.POSModel;
import opennlp.tools.postag.POSTaggerFactory;
import opennlp.tools.util.SequenceValidator;
import opennlp.tools.util.featuregen.PosTaggerFeatureGenerator;
import opennlp.tools.util.featuregen.PrefixFeatureGenerator;
import opennlp.tools.util.featuregen.SentenceFeatureGenerator;
import opennlp.tools.util.featuregen.SuffixFeatureGenerator;
import opennlp.tools.util.featuregen.TokenClassFeatureGenerator;
import opennlp.tools.util.featuregen.TokenFeatureGenerator;
import opennlp.tools.util.featuregen.WindowFeatureGenerator;

/**
 * OpenNLP's POS tagging ({@code POSTaggerME}: {@code BeamSearch} over the UD-EWT maximum-entropy model) computed the
 * same way with far less work. OpenNLP builds every feature of every token as a new string ("w=kyiv", "p1w=in",
 * "suf=yiv", ...) and looks each up in the model's table, and its beam search evaluates the model once per hypothesis.
 * Here the model parameters of a word's features are looked up once per distinct word and remembered, a token's
 * context is assembled from those of its window, and the model is evaluated once per token.
 *
 * <p>Same tags, by construction: the feature strings are made by OpenNLP's own generators, configured as the model's
 * {@code generator.featuregen} configures them, in its order (which fixes the order of the floating-point sums); the
 * model's feature cache ({@code cache="true"}) makes every hypothesis at a token see the features computed for the
 * first one, which is what this class evaluates; the search keeps {@code BeamSearch}'s steps and {@code Sequence}'s
 * scores and order. {@code SameAsOpenNlpTest} compares the tags with {@code POSTaggerME}'s. Thread-safe.
 *
 * <p>Memory layout matters more than arithmetic here: a token's sums read the parameters of five words, and the
 * model's {@code Context} objects (an object and two arrays per feature, scattered over the heap) made those reads
 * cache misses. A remembered word therefore keeps its parameters copied into two flat arrays, and the search keeps
 * its hypotheses in per-sentence arrays instead of allocating an object per extension.
 */
final class PosTagger {

    /** {@code BeamSearch}'s minimum sequence score (log probability). */
    private static final double MIN_SEQUENCE_SCORE = -100000;
    private static final int WINDOW = 2;
    /** Segments of a word's flattened parameters: seen from 1..WINDOW tokens after it, from 1..WINDOW before, token class. */
    private static final int TOKEN_CLASS = 2 * WINDOW;
    private static final int SEGMENTS = 2 * WINDOW + 1;
    private static final int MAX_REMEMBERED_WORDS = 50_000;
    private static final Context[] NONE = new Context[0];
    private static final String[] NO_TAGS = new String[0];

    /** The parameters of some features one after the other (outcome index, parameter), in the features' order. */
    private record Params(int[] outcomes, double[] values) {

        static Params of(Context[] contexts) {
            int size = 0;
            for (Context c : contexts) {
                size += c.getOutcomes().length;
            }
            int[] outcomes = new int[size];
            double[] values = new double[size];
            int k = 0;
            for (Context c : contexts) {
                System.arraycopy(c.getOutcomes(), 0, outcomes, k, c.getOutcomes().length);
                System.arraycopy(c.getParameters(), 0, values, k, c.getParameters().length);
                k += c.getOutcomes().length;
            }
            return new Params(outcomes, values);
        }

        /** {@code ArrayMath.sumFeatures} without feature values (a value of 1 multiplies exactly): the same additions in the same order. */
        void addTo(double[] probs) {
            for (int j = 0; j < outcomes.length; j++) {
                probs[outcomes[j]] += values[j];
            }
        }
    }

    /**
     * One word's parameters in two flat arrays. {@code values} starts with the word's own sums: {@code GISModel.eval}'s
     * start for a token that is this word (the log prior plus the outcome prior, affix and token features, which come
     * first in the model's order and depend on the word alone: the same additions in the same order, so the same
     * doubles). {@code index} starts with the bounds of the {@link #SEGMENTS} segments (the word's token feature as seen
     * from the tokens after and before it, its token-class features), then the outcome indices; the parameter of
     * {@code index[j]} is {@code values[j + shift]}.
     */
    static final class WordFeatures {
        final int[] index;
        final double[] values;
        final int shift;

        WordFeatures(double[] sums, Context[][] segments) {
            int size = 0;
            for (Context[] cs : segments) {
                for (Context c : cs) {
                    size += c.getOutcomes().length;
                }
            }
            this.index = new int[SEGMENTS + 1 + size];
            this.values = new double[sums.length + size];
            this.shift = sums.length - (SEGMENTS + 1);
            System.arraycopy(sums, 0, values, 0, sums.length);
            int k = SEGMENTS + 1;
            for (int s = 0; s < SEGMENTS; s++) {
                index[s] = k;
                for (Context c : segments[s]) {
                    int[] os = c.getOutcomes();
                    System.arraycopy(os, 0, index, k, os.length);
                    System.arraycopy(c.getParameters(), 0, values, k + shift, os.length);
                    k += os.length;
                }
            }
            index[SEGMENTS] = k;
        }

        void addSegment(int segment, double[] probs) {
            int[] ix = index;
            double[] vs = values;
            int off = shift;
            for (int j = ix[segment], end = ix[segment + 1]; j < end; j++) {
                probs[ix[j]] += vs[j + off];
            }
        }
    }

    private final AbstractModel model;
    private final Map<String, Context> parameters;
    private final int beamSize;
    private final SequenceValidator<String> validator;
    private final String[] outcomes;
    private final UniformPrior prior = new UniformPrior();
    private final Context outcomePrior;
    private final Map<String, WordFeatures> words = new ConcurrentHashMap<>();
    /** By position class (first, second, later token) and the indices of the two previous outcomes (+1; 0: none). */
    private final Params[] tagFeatures;
    /** "S=begin" seen from the first token and from its two successors. */
    private final Params[] begin = new Params[WINDOW + 1];

    private final SuffixFeatureGenerator suffixes = new SuffixFeatureGenerator(4);
    private final PrefixFeatureGenerator prefixes = new PrefixFeatureGenerator(4);
    private final TokenFeatureGenerator token = new TokenFeatureGenerator(true);
    private final SentenceFeatureGenerator sentenceBegin = new SentenceFeatureGenerator(true, false);
    private final TokenClassFeatureGenerator tokenClass = new TokenClassFeatureGenerator(true);
    private final PosTaggerFeatureGenerator previousTags = new PosTaggerFeatureGenerator();

    @SuppressWarnings("unchecked")
    PosTagger(POSModel posModel) {
        this.model = (AbstractModel) posModel.getArtifact("pos.model");
        this.parameters = (Map<String, Context>) model.getDataStructures()[1];
        String beam = posModel.getManifestProperty("BeamSize");
        this.beamSize = beam == null ? 3 : Integer.parseInt(beam);
        POSTaggerFactory factory = posModel.getFactory();
        this.validator = factory.getSequenceValidator();
        this.outcomes = new String[model.getNumOutcomes()];
        for (int i = 0; i < outcomes.length; i++) {
            outcomes[i] = model.getOutcome(i);
        }
        prior.setLabels(outcomes, null);
        this.outcomePrior = parameters.get("def");
        this.tagFeatures = allTagFeatures();
        List<String> first = new ArrayList<>(1);
        sentenceBegin.createFeatures(first, new String[] { "w" }, 0, null);
        for (int i = 0; i <= WINDOW; i++) {
            List<String> seen = new ArrayList<>(first.size());
            for (String f : first) {
                seen.add(i == 0 ? f : WindowFeatureGenerator.PREV_PREFIX + i + f);
            }
            begin[i] = Params.of(known(seen));
        }
    }

    /**
     * The model's own (UD) tag of every word of the sentence. {@code BeamSearch} keeps, after each token, the
     * {@code beamSize} best sequences; here row i of {@code outcome}/{@code parent} holds them best first (the
     * outcome at token i and the row index of the sequence it extends), so a sequence is read back from its last row.
     */
    String[] tag(String[] sentence) {
        return tag(sentence, new WordFeatures[sentence.length]);
    }

    /** The same, with the features of the words already known ({@link #featuresOf}; null where not). */
    String[] tag(String[] sentence, WordFeatures[] features) {
        int n = sentence.length;
        int b = beamSize;
        for (int i = 0; i < n; i++) {
            if (features[i] == null) {
                features[i] = featuresOf(sentence[i]);
            }
        }
        int[] outcome = new int[n * b];
        int[] parent = new int[n * b];
        double[] prevScores = new double[b];
        double[] nextScores = new double[b];
        int prevCount = 1; // the empty sequence, score 0
        double[] scores = new double[outcomes.length];
        // per token, what BeamSearch recomputes for every hypothesis although it depends on the token only (the model's
        // feature cache gives every hypothesis the first one's scores; the validator reads the word and the outcome)
        double[] logs = new double[outcomes.length];
        byte[] valid = new byte[outcomes.length];
        double[] kth = new double[b];
        for (int i = 0; i < n; i++) {
            int row = i * b;
            // the model's cached features at this token are those made with the best sequence's tags
            int t1 = i >= 1 ? outcome[row - b] : -1;
            int t2 = i >= 2 ? outcome[row - 2 * b + parent[row - b]] : -1;
            eval(features, i, t1, t2, scores);
            double min = kthLargest(scores, b, kth);
            Arrays.fill(valid, (byte) 0);
            int count = 0;
            for (int sc = 0; sc < prevCount; sc++) {
                for (int p = 0; p < scores.length; p++) {
                    if (scores[p] >= min) {
                        count = extend(sentence, i, sc, prevScores[sc], p, scores, logs, valid, outcome, parent, nextScores, count);
                    }
                }
                if (count == 0) {
                    for (int p = 0; p < scores.length; p++) {
                        count = extend(sentence, i, sc, prevScores[sc], p, scores, logs, valid, outcome, parent, nextScores, count);
                    }
                }
            }
            if (count == 0) {
                return new String[0];
            }
            double[] tmp = prevScores;
            prevScores = nextScores;
            nextScores = tmp;
            prevCount = count;
        }
        String[] tags = new String[n];
        int at = 0;
        for (int i = n - 1; i >= 0; i--) {
            tags[i] = outcomes[outcome[i * b + at]];
            at = parent[i * b + at];
        }
        return tags;
    }

    /**
     * {@code GISModel.eval} of token i's context: the word's own sums, then the parameters of the remaining features in
     * the order of the model's feature generators (lower-cased token in a window of 2: previous, next; sentence begin in
     * that window; token class; previous tags t1, t2 as outcome indices, -1 for none), exponentials, normalization.
     * Unknown features contribute nothing.
     */
    private void eval(WordFeatures[] features, int i, int t1, int t2, double[] probs) {
        WordFeatures w = features[i];
        System.arraycopy(w.values, 0, probs, 0, probs.length);
        for (int k = 1; k <= WINDOW; k++) {
            if (i - k >= 0) {
                features[i - k].addSegment(k - 1, probs); // seen from k tokens after it
            }
        }
        for (int k = 1; k <= WINDOW; k++) {
            if (i + k < features.length) {
                features[i + k].addSegment(WINDOW + k - 1, probs); // seen from k tokens before it
            }
        }
        if (i <= WINDOW) {
            // "S=begin" of the first token, seen from it or from its two successors
            begin[i].addTo(probs);
        }
        w.addSegment(TOKEN_CLASS, probs);
        int position = Math.min(i, 2);
        tagFeatures[(position * (outcomes.length + 1) + t1 + 1) * (outcomes.length + 1) + t2 + 1].addTo(probs);
        double total = 0;
        for (int o = 0; o < probs.length; o++) {
            probs[o] = StrictMath.exp(probs[o]);
            total += probs[o];
        }
        for (int o = 0; o < probs.length; o++) {
            probs[o] /= total;
        }
    }

    /** What the tagger needs of a word wherever it occurs, remembered (a bounded memory). */
    WordFeatures featuresOf(String word) {
        WordFeatures f = words.get(word);
        if (f == null) {
            String[] alone = { word };
            List<String> strings = new ArrayList<>();
            suffixes.createFeatures(strings, alone, 0, null);
            prefixes.createFeatures(strings, alone, 0, null);
            Context[] affixes = known(strings);
            strings.clear();
            token.createFeatures(strings, alone, 0, null);
            Context[] own = known(strings);
            Context[][] segments = new Context[SEGMENTS][];
            for (int k = 1; k <= WINDOW; k++) {
                segments[k - 1] = known(strings, WindowFeatureGenerator.PREV_PREFIX + k);
                segments[WINDOW + k - 1] = known(strings, WindowFeatureGenerator.NEXT_PREFIX + k);
            }
            strings.clear();
            tokenClass.createFeatures(strings, alone, 0, null);
            segments[TOKEN_CLASS] = known(strings);
            double[] sums = new double[outcomes.length];
            prior.logPrior(sums, NONE, null);
            sum(outcomePrior, sums);
            for (Context c : affixes) {
                sum(c, sums);
            }
            for (Context c : own) {
                sum(c, sums);
            }
            f = new WordFeatures(sums, segments);
            if (words.size() >= MAX_REMEMBERED_WORDS) {
                words.clear();
            }
            words.put(word, f);
        }
        return f;
    }

    private static void sum(Context c, double[] probs) {
        if (c == null) {
            return;
        }
        int[] os = c.getOutcomes();
        double[] params = c.getParameters();
        for (int j = 0; j < os.length; j++) {
            probs[os[j]] += params[j];
        }
    }

    /** "p1w=kyiv": the window generator puts the direction and the distance before a neighbour's feature. */
    private Context[] known(List<String> strings, String prefix) {
        List<String> prefixed = new ArrayList<>(strings.size());
        for (String s : strings) {
            prefixed.add(prefix + s);
        }
        return known(prefixed);
    }

    private Context[] known(List<String> strings) {
        List<Context> cs = new ArrayList<>(strings.size());
        for (String s : strings) {
            Context c = parameters.get(s);
            if (c != null) {
                cs.add(c);
            }
        }
        return cs.toArray(NONE);
    }

    /** Features of the two previous tags ("t=NOUN", "t2=DET,NOUN") by position class and tag pair, made once. */
    private Params[] allTagFeatures() {
        int n = outcomes.length + 1;
        Params[] all = new Params[3 * n * n];
        String[] words = { "w", "w", "w" };
        List<String> strings = new ArrayList<>(2);
        for (int position = 0; position <= 2; position++) {
            for (int t1 = -1; t1 < outcomes.length; t1++) {
                for (int t2 = -1; t2 < outcomes.length; t2++) {
                    String[] tags = new String[3];
                    if (position >= 1) {
                        tags[position - 1] = t1 < 0 ? null : outcomes[t1];
                    }
                    if (position >= 2) {
                        tags[position - 2] = t2 < 0 ? null : outcomes[t2];
                    }
                    strings.clear();
                    previousTags.createFeatures(strings, words, position, tags);
                    all[(position * n + t1 + 1) * n + t2 + 1] = Params.of(known(strings));
                }
            }
        }
        return all;
    }

    /**
     * {@code BeamSearch}'s extension of the sequence at rank sc of the previous row by outcome p, kept in row i when
     * it is among the {@code beamSize} best so far (best first; a later one ranks after an equal earlier one). The log
     * and the validity are per token, computed once. Returns the row's new size.
     */
    private int extend(String[] words, int i, int sc, double prevScore, int p, double[] scores, double[] logs, byte[] valid,
            int[] outcome, int[] parent, double[] rowScores, int count) {
        if (valid[p] == 0) {
            // the tag dictionary validator reads the word and the outcome only
            boolean ok = validator.validSequence(i, words, NO_TAGS, outcomes[p]);
            valid[p] = ok ? (byte) 1 : (byte) -1;
            logs[p] = StrictMath.log(scores[p]);
        }
        if (valid[p] < 0) {
            return count;
        }
        double score = prevScore + logs[p];
        if (!(score > MIN_SEQUENCE_SCORE)) {
            return count;
        }
        int b = beamSize;
        if (count == b && !(score > rowScores[b - 1])) {
            return count;
        }
        int k = count == b ? b - 1 : count;
        int row = i * b;
        while (k > 0 && rowScores[k - 1] < score) {
            rowScores[k] = rowScores[k - 1];
            outcome[row + k] = outcome[row + k - 1];
            parent[row + k] = parent[row + k - 1];
            k--;
        }
        rowScores[k] = score;
        outcome[row + k] = p;
        parent[row + k] = sc;
        return Math.min(count + 1, b);
    }

    /** The k-th largest value counting repeats: {@code BeamSearch}'s sorted copy at {@code length - k}, without the sort. */
    static double kthLargest(double[] values, int k) {
        return kthLargest(values, k, new double[Math.max(k, 1)]);
    }

    private static double kthLargest(double[] values, int k, double[] top) {
        if (k >= values.length) {
            double min = Double.POSITIVE_INFINITY;
            for (double v : values) {
                min = Math.min(min, v);
            }
            return values.length == 0 ? 0 : min;
        }
        Arrays.fill(top, 0, k, Double.NEGATIVE_INFINITY);
        for (double v : values) {
            if (v > top[k - 1]) {
                int j = k - 1;
                while (j > 0 && top[j - 1] < v) {
                    top[j] = top[j - 1];
                    j--;
                }
                top[j] = v;
            }
        }
        return top[k - 1];
    }
}
