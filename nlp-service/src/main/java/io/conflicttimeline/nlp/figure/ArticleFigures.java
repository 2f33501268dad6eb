package io.conflicttimeline.nlp.figure;

import java.util.ArrayList;
import java.util.List;

/** Runs the figure extractor over every sentence of an article and reduces the result to its main incident. */
public final class ArticleFigures {

    private final FigureExtractor extractor;
    private final CasualtyAggregator aggregator;

    public ArticleFigures(FigureExtractor extractor, CasualtyAggregator aggregator) {
        this.extractor = extractor;
        this.aggregator = aggregator;
    }

    public ArticleFigures() {
        this(new FigureExtractor(), new CasualtyAggregator());
    }

    /** All figures of the article, sentence by sentence, with absolute offsets. */
    public List<Figure> figures(String article) {
        List<Integer> starts = CasualtyAggregator.sentenceStarts(article);
        List<Figure> figures = new ArrayList<>();
        for (int s = 0; s < starts.size(); s++) {
            int to = s + 1 < starts.size() ? starts.get(s + 1) : article.length();
            figures.addAll(extractor.extract(article, starts.get(s), to));
        }
        return figures;
    }

    /** Killed and injured counts of the article's main incident. */
    public CasualtyAggregator.Casualties casualties(String article) {
        return aggregator.aggregate(article, figures(article));
    }
}
