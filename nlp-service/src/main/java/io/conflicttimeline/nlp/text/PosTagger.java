package io.conflicttimeline.nlp.text;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.concurrent.ConcurrentHashMap;

import opennlp.tools.ml.ArrayMath;
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

    /**
     * A hypothesis: its tag and the hypothesis it extends. Score and order as {@code Sequence}'s (the parent's score plus
     * {@code StrictMath.log(prob)}; higher first), so the search is step for step the same, without copying the tag list
     * of every hypothesis at every token.
     */
    private static final class Hypothesis implements Comparable<Hypothesis> {
        final Hypothesis parent;
        final String tag;
        final double score;
        final int size;

        Hypothesis() {
            this.parent = null;
            this.tag = null;
            this.score = 0;
            this.size = 0;
        }

        Hypothesis(Hypothesis parent, String tag, double prob) {
            this.parent = parent;
            this.tag = tag;
            this.score = parent.score + StrictMath.log(prob);
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

    /** The model parameters of one word's own features, and of its token feature at each window position. */
    private record WordFeatures(Context[] affixes, Context[][] token, Context[] tokenClass) {
    }

    private final AbstractModel model;
    private final Map<String, Context> parameters;
    private final int beamSize;
    private final SequenceValidator<String> validator;
    private final String[] outcomes;
    private final UniformPrior prior = new UniformPrior();
    private final Context outcomePrior;
    private final Map<String, WordFeatures> words = new ConcurrentHashMap<>();
    private final Map<String, Context[]> tagFeatures = new ConcurrentHashMap<>();

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
        List<Context> context = new ArrayList<>(48);
        double[] scores = new double[outcomes.length];
        for (int i = 0; i < sentence.length; i++) {
            int sz = Math.min(beamSize, prev.size());
            for (int sc = 0; !prev.isEmpty() && sc < sz; sc++) {
                Hypothesis top = prev.remove();
                String[] tags = top.tags();
                if (sc == 0) {
                    // the model's cached features at this token are those made with the first hypothesis' tags
                    context(context, sentence, features, i, tags);
                    eval(context, scores);
                }
                double min = kthLargest(scores, beamSize);
                for (int p = 0; p < scores.length; p++) {
                    if (scores[p] >= min) {
                        extend(next, top, i, sentence, tags, p, scores[p]);
                    }
                }
                if (next.isEmpty()) {
                    for (int p = 0; p < scores.length; p++) {
                        extend(next, top, i, sentence, tags, p, scores[p]);
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
     * The parameters of the features of token i, in the order of the model's feature generators: outcome prior,
     * suffixes, prefixes, lower-cased token in a window of 2 (current, previous, next), sentence begin in that
     * window, token class, previous tags. Unknown features contribute nothing and are left out.
     */
    private void context(List<Context> out, String[] sentence, WordFeatures[] features, int i, String[] tags) {
        out.clear();
        if (outcomePrior != null) {
            out.add(outcomePrior);
        }
        WordFeatures w = features[i];
        add(out, w.affixes());
        add(out, w.token()[0]);
        for (int k = 1; k <= WINDOW; k++) {
            if (i - k >= 0) {
                add(out, features[i - k].token()[k]);
            }
        }
        for (int k = 1; k <= WINDOW; k++) {
            if (i + k < sentence.length) {
                add(out, features[i + k].token()[WINDOW + k]);
            }
        }
        if (i <= WINDOW) {
            // "S=begin" of the first token, seen from it or from its two successors
            List<String> begin = new ArrayList<>(1);
            sentenceBegin.createFeatures(begin, sentence, 0, null);
            for (String f : begin) {
                add(out, parameters.get(i == 0 ? f : WindowFeatureGenerator.PREV_PREFIX + i + f));
            }
        }
        add(out, w.tokenClass());
        add(out, tagFeatures(sentence, i, tags));
    }

    private static void add(List<Context> out, Context c) {
        if (c != null) {
            out.add(c);
        }
    }

    private static void add(List<Context> out, Context[] cs) {
        for (Context c : cs) {
            out.add(c);
        }
    }

    /** {@code GISModel.eval}: uniform log prior, feature sums in order, exponentials, normalization. */
    private void eval(List<Context> context, double[] probs) {
        Context[] cs = context.toArray(NONE);
        prior.logPrior(probs, cs, null);
        ArrayMath.sumFeatures(cs, null, probs);
        double sum = 0;
        for (int o = 0; o < probs.length; o++) {
            probs[o] = StrictMath.exp(probs[o]);
            sum += probs[o];
        }
        for (int o = 0; o < probs.length; o++) {
            probs[o] /= sum;
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
            f = new WordFeatures(affixes, window, known(strings));
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
            add(cs, parameters.get(s));
        }
        return cs.toArray(NONE);
    }

    /** Features of the two previous tags ("t=NOUN", "t2=DET,NOUN"), remembered per tag pair. */
    private Context[] tagFeatures(String[] sentence, int i, String[] tags) {
        String t1 = i >= 1 ? tags[i - 1] : null;
        String t2 = i >= 2 ? tags[i - 2] : null;
        String key = Math.min(i, 2) + "\u0000" + t1 + "\u0000" + t2;
        Context[] cs = tagFeatures.get(key);
        if (cs == null) {
            List<String> strings = new ArrayList<>(2);
            previousTags.createFeatures(strings, sentence, i, tags);
            cs = known(strings);
            tagFeatures.put(key, cs);
        }
        return cs;
    }

    private void extend(PriorityQueue<Hypothesis> next, Hypothesis top, int i, String[] words, String[] tags, int p, double prob) {
        String out = outcomes[p];
        if (validator.validSequence(i, words, tags, out)) {
            Hypothesis ns = new Hypothesis(top, out, prob);
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
