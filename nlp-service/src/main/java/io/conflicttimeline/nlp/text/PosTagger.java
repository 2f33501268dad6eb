package io.conflicttimeline.nlp.text;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
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
 */
final class PosTagger {

    /** {@code BeamSearch}'s minimum sequence score (log probability). */
    private static final double MIN_SEQUENCE_SCORE = -100000;
    private static final int WINDOW = 2;
    private static final int MAX_REMEMBERED_WORDS = 50_000;
    private static final Context[] NONE = new Context[0];
    private static final String[] NO_TAGS = new String[0];

    /**
     * A hypothesis: its tag and the hypothesis it extends. Score and order as {@code Sequence}'s (the parent's score plus
     * {@code StrictMath.log(prob)}; higher first), so the search is step for step the same, without copying the tag list
     * of every hypothesis at every token: the search reads only the last two tags (the tag features), the tag
     * dictionary validator reads none.
     */
    private static final class Hypothesis implements Comparable<Hypothesis> {
        final Hypothesis parent;
        final int outcome;
        final String tag;
        final double score;
        final int size;

        Hypothesis() {
            this.parent = null;
            this.outcome = -1;
            this.tag = null;
            this.score = 0;
            this.size = 0;
        }

        Hypothesis(Hypothesis parent, int outcome, String tag, double logProb) {
            this.parent = parent;
            this.outcome = outcome;
            this.tag = tag;
            this.score = parent.score + logProb;
            this.size = parent.size + 1;
        }

        String[] tags() {
            String[] tags = new String[size];
            Hypothesis h = this;
            for (int i = size - 1; i >= 0; i--) {
                tags[i] = h.tag;
                h = h.parent;
            }
            return tags;
        }

        @Override
        public int compareTo(Hypothesis other) {
            return Double.compare(other.score, score);
        }
    }

    /**
     * The model parameters of one word's own features, and of its token feature at each window position; {@code sums}
     * is the start of {@code GISModel.eval}'s sums for a token that is this word: the log prior plus the outcome prior,
     * affix and token features, which come first in the model's order and depend on the word alone (the same additions
     * in the same order, so the same doubles).
     */
    private record WordFeatures(Context[] affixes, Context[][] token, Context[] tokenClass, double[] sums) {
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
    private final Context[][] tagFeatures;
    /** "S=begin" seen from the first token and from its two successors. */
    private final Context[][] begin = new Context[WINDOW + 1][];

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
            begin[i] = known(seen);
        }
    }

    /** The model's own (UD) tag of every word of the sentence. */
    String[] tag(String[] sentence) {
        PriorityQueue<Hypothesis> prev = new PriorityQueue<>(beamSize);
        PriorityQueue<Hypothesis> next = new PriorityQueue<>(beamSize);
        prev.add(new Hypothesis());
        WordFeatures[] features = new WordFeatures[sentence.length];
        for (int i = 0; i < sentence.length; i++) {
            features[i] = featuresOf(sentence[i]);
        }
        double[] scores = new double[outcomes.length];
        // per token, what BeamSearch recomputes for every hypothesis although it depends on the token only (the model's
        // feature cache gives every hypothesis the first one's scores; the validator reads the word and the outcome)
        double[] logs = new double[outcomes.length];
        byte[] valid = new byte[outcomes.length];
        for (int i = 0; i < sentence.length; i++) {
            int sz = Math.min(beamSize, prev.size());
            double min = 0;
            for (int sc = 0; !prev.isEmpty() && sc < sz; sc++) {
                Hypothesis top = prev.remove();
                if (sc == 0) {
                    // the model's cached features at this token are those made with the first hypothesis' tags
                    eval(sentence, features, i, top, scores);
                    min = kthLargest(scores, beamSize);
                    Arrays.fill(valid, (byte) 0);
                }
                for (int p = 0; p < scores.length; p++) {
                    if (scores[p] >= min) {
                        extend(next, top, i, sentence, p, scores, logs, valid);
                    }
                }
                if (next.isEmpty()) {
                    for (int p = 0; p < scores.length; p++) {
                        extend(next, top, i, sentence, p, scores, logs, valid);
                    }
                }
            }
            prev.clear();
            PriorityQueue<Hypothesis> tmp = prev;
            prev = next;
            next = tmp;
        }
        if (prev.isEmpty()) {
            return new String[0];
        }
        return prev.remove().tags();
    }

    /**
     * {@code GISModel.eval} of token i's context: the word's own sums, then the parameters of the remaining features in
     * the order of the model's feature generators (lower-cased token in a window of 2: previous, next; sentence begin in
     * that window; token class; previous tags), exponentials, normalization. Unknown features contribute nothing.
     */
    private void eval(String[] sentence, WordFeatures[] features, int i, Hypothesis top, double[] probs) {
        WordFeatures w = features[i];
        System.arraycopy(w.sums(), 0, probs, 0, probs.length);
        for (int k = 1; k <= WINDOW; k++) {
            if (i - k >= 0) {
                sum(features[i - k].token()[k], probs);
            }
        }
        for (int k = 1; k <= WINDOW; k++) {
            if (i + k < sentence.length) {
                sum(features[i + k].token()[WINDOW + k], probs);
            }
        }
        if (i <= WINDOW) {
            // "S=begin" of the first token, seen from it or from its two successors
            sum(begin[i], probs);
        }
        sum(w.tokenClass(), probs);
        sum(tagFeatures(i, top), probs);
        double total = 0;
        for (int o = 0; o < probs.length; o++) {
            probs[o] = StrictMath.exp(probs[o]);
            total += probs[o];
        }
        for (int o = 0; o < probs.length; o++) {
            probs[o] /= total;
        }
    }

    /** {@code ArrayMath.sumFeatures} without feature values (a value of 1 multiplies exactly). */
    private static void sum(Context[] cs, double[] probs) {
        for (Context c : cs) {
            sum(c, probs);
        }
    }

    private static void sum(Context c, double[] probs) {
        if (c == null) {
            return;
        }
        int[] outcomes = c.getOutcomes();
        double[] params = c.getParameters();
        for (int j = 0; j < outcomes.length; j++) {
            probs[outcomes[j]] += params[j];
        }
    }

    private WordFeatures featuresOf(String word) {
        WordFeatures f = words.get(word);
        if (f == null) {
            String[] alone = { word };
            List<String> strings = new ArrayList<>();
            suffixes.createFeatures(strings, alone, 0, null);
            prefixes.createFeatures(strings, alone, 0, null);
            Context[] affixes = known(strings);
            strings.clear();
            token.createFeatures(strings, alone, 0, null);
            Context[][] window = new Context[1 + 2 * WINDOW][];
            window[0] = known(strings);
            for (int k = 1; k <= WINDOW; k++) {
                window[k] = known(strings, WindowFeatureGenerator.PREV_PREFIX + k);
                window[WINDOW + k] = known(strings, WindowFeatureGenerator.NEXT_PREFIX + k);
            }
            strings.clear();
            tokenClass.createFeatures(strings, alone, 0, null);
            double[] sums = new double[outcomes.length];
            prior.logPrior(sums, NONE, null);
            sum(outcomePrior, sums);
            sum(affixes, sums);
            sum(window[0], sums);
            f = new WordFeatures(affixes, window, known(strings), sums);
            if (words.size() >= MAX_REMEMBERED_WORDS) {
                words.clear();
            }
            words.put(word, f);
        }
        return f;
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

    /** Features of the two previous tags ("t=NOUN", "t2=DET,NOUN") of the hypothesis, made once per tag pair. */
    private Context[] tagFeatures(int i, Hypothesis top) {
        int position = Math.min(i, 2);
        int t1 = position >= 1 ? top.outcome : -1;
        int t2 = position >= 2 ? top.parent.outcome : -1;
        return tagFeatures[(position * (outcomes.length + 1) + t1 + 1) * (outcomes.length + 1) + t2 + 1];
    }

    private Context[][] allTagFeatures() {
        int n = outcomes.length + 1;
        Context[][] all = new Context[3 * n * n][];
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
                    all[(position * n + t1 + 1) * n + t2 + 1] = known(strings);
                }
            }
        }
        return all;
    }

    /** {@code BeamSearch}'s extension of a hypothesis by outcome p; the log and the validity are per token, computed once. */
    private void extend(PriorityQueue<Hypothesis> next, Hypothesis top, int i, String[] words, int p, double[] scores, double[] logs,
            byte[] valid) {
        if (valid[p] == 0) {
            // the tag dictionary validator reads the word and the outcome only
            boolean ok = validator.validSequence(i, words, NO_TAGS, outcomes[p]);
            valid[p] = ok ? (byte) 1 : (byte) -1;
            logs[p] = StrictMath.log(scores[p]);
        }
        if (valid[p] > 0) {
            Hypothesis ns = new Hypothesis(top, p, outcomes[p], logs[p]);
            if (ns.score > MIN_SEQUENCE_SCORE) {
                next.add(ns);
            }
        }
    }

    /** The k-th largest value counting repeats: {@code BeamSearch}'s sorted copy at {@code length - k}, without the sort. */
    static double kthLargest(double[] values, int k) {
        if (k >= values.length) {
            double min = Double.POSITIVE_INFINITY;
            for (double v : values) {
                min = Math.min(min, v);
            }
            return values.length == 0 ? 0 : min;
        }
        double[] top = new double[k];
        Arrays.fill(top, Double.NEGATIVE_INFINITY);
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
