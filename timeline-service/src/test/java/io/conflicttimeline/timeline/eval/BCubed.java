package io.conflicttimeline.timeline.eval;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * B-cubed precision, recall and F1 of a clustering against gold classes (Bagga and Baldwin 1998; Amigó et al. 2009):
 * per item, precision is the share of its predicted cluster that shares its gold class and recall the share of its
 * gold class that shares its predicted cluster; both are averaged over the items.
 */
record BCubed(double precision, double recall, int items) {

    /** {@code gold} and {@code predicted} give each item's class and cluster by item index (same length). */
    static BCubed of(List<String> gold, List<String> predicted) {
        if (gold.size() != predicted.size()) {
            throw new IllegalArgumentException("gold and predicted differ in length");
        }
        Map<String, Integer> goldSize = count(gold);
        Map<String, Integer> clusterSize = count(predicted);
        Map<String, Integer> both = new HashMap<>();
        for (int i = 0; i < gold.size(); i++) {
            both.merge(gold.get(i) + "\u0000" + predicted.get(i), 1, Integer::sum);
        }
        double precision = 0;
        double recall = 0;
        for (int i = 0; i < gold.size(); i++) {
            int shared = both.get(gold.get(i) + "\u0000" + predicted.get(i));
            precision += shared / (double) clusterSize.get(predicted.get(i));
            recall += shared / (double) goldSize.get(gold.get(i));
        }
        int n = gold.size();
        return new BCubed(n == 0 ? 0 : precision / n, n == 0 ? 0 : recall / n, n);
    }

    double f1() {
        return precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
    }

    private static Map<String, Integer> count(List<String> labels) {
        Map<String, Integer> counts = new HashMap<>();
        labels.forEach(l -> counts.merge(l, 1, Integer::sum));
        return counts;
    }
}
