package io.conflicttimeline.nlp.text;

import java.util.Arrays;
import java.util.List;
import java.util.PriorityQueue;

import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.postag.POSContextGenerator;
import opennlp.tools.postag.POSModel;
import opennlp.tools.postag.POSTaggerFactory;
import opennlp.tools.util.Sequence;
import opennlp.tools.util.SequenceValidator;

/**
 * The OpenNLP POS tagger's beam search ({@code POSTaggerME} with {@code BeamSearch}), step for step, with one saving:
 * the model is evaluated once per distinct context. The UD model's feature generator caches a token's features by
 * position, so the (up to beam-size) hypotheses extended at one token usually present the very same context, and
 * {@code BeamSearch} evaluated the model - a hash lookup per feature and an exponential per tag - once for each of
 * them: about half of all text-analysis time. Same model, same contexts, same arithmetic, so the same tags.
 * Thread-safe (the context generator, which keeps per-sentence caches, is per thread).
 */
final class PosTagger {

    /** {@code BeamSearch}'s minimum sequence score (log probability). */
    private static final double MIN_SEQUENCE_SCORE = -100000;

    private final MaxentModel model;
    private final int beamSize;
    private final SequenceValidator<String> validator;
    private final String[] outcomes;
    private final ThreadLocal<POSContextGenerator> contexts;

    PosTagger(POSModel posModel) {
        this.model = (MaxentModel) posModel.getArtifact("pos.model");
        String beam = posModel.getManifestProperty("BeamSize");
        this.beamSize = beam == null ? 3 : Integer.parseInt(beam);
        POSTaggerFactory factory = posModel.getFactory();
        this.validator = factory.getSequenceValidator();
        this.outcomes = new String[model.getNumOutcomes()];
        for (int i = 0; i < outcomes.length; i++) {
            outcomes[i] = model.getOutcome(i);
        }
        this.contexts = ThreadLocal.withInitial(() -> factory.getPOSContextGenerator(beamSize));
    }

    /** The model's own (UD) tag of every word of the sentence. */
    String[] tag(String[] words) {
        POSContextGenerator cg = contexts.get();
        PriorityQueue<Sequence> prev = new PriorityQueue<>(beamSize);
        PriorityQueue<Sequence> next = new PriorityQueue<>(beamSize);
        prev.add(new Sequence());
        double[] probs = new double[outcomes.length];
        double[] scores = new double[outcomes.length];
        String[] lastContext = null;
        for (int i = 0; i < words.length; i++) {
            int sz = Math.min(beamSize, prev.size());
            lastContext = null;
            for (int sc = 0; !prev.isEmpty() && sc < sz; sc++) {
                Sequence top = prev.remove();
                String[] tags = top.getOutcomes().toArray(new String[0]);
                String[] context = cg.getContext(i, words, tags, null);
                if (lastContext == null || !Arrays.equals(context, lastContext)) {
                    System.arraycopy(model.eval(context, probs), 0, scores, 0, scores.length);
                    lastContext = context;
                }
                double min = kthLargest(scores, beamSize);
                for (int p = 0; p < scores.length; p++) {
                    if (scores[p] >= min) {
                        extend(next, top, i, words, tags, p, scores[p]);
                    }
                }
                if (next.isEmpty()) {
                    for (int p = 0; p < scores.length; p++) {
                        extend(next, top, i, words, tags, p, scores[p]);
                    }
                }
            }
            prev.clear();
            PriorityQueue<Sequence> tmp = prev;
            prev = next;
            next = tmp;
        }
        if (prev.isEmpty()) {
            return new String[0];
        }
        List<String> best = prev.remove().getOutcomes();
        return best.toArray(new String[0]);
    }

    private void extend(PriorityQueue<Sequence> next, Sequence top, int i, String[] words, String[] tags, int p, double prob) {
        String out = outcomes[p];
        if (validator.validSequence(i, words, tags, out)) {
            Sequence ns = new Sequence(top, out, prob);
            if (ns.getScore() > MIN_SEQUENCE_SCORE) {
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
