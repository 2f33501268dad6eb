package io.conflicttimeline.nlp.annotation;

import java.time.Clock;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.conflicttimeline.nlp.entity.EntityRecognizer;
import io.conflicttimeline.nlp.event.EventDetector;
import io.conflicttimeline.nlp.messaging.ArticleAnnotated;
import io.conflicttimeline.nlp.messaging.ArticleIngested;
import io.conflicttimeline.nlp.place.PlaceRecognizer;
import io.conflicttimeline.nlp.quote.QuoteExtractor;
import io.conflicttimeline.nlp.text.TextAnalyzer;
import io.conflicttimeline.nlp.time.PublicationDateInferrer;
import io.conflicttimeline.nlp.time.TimeTagger;
import io.quarkus.runtime.Startup;

/** Annotates articles; built at startup so that models and tables are loaded before the first message. CPU-bound: call it on a worker thread. */
@ApplicationScoped
@Startup
public class AnnotationService {

    private final Annotator annotator;

    public AnnotationService(TextAnalyzer analyzer, PublicationDateInferrer dateInferrer, TimeTagger timeTagger, PlaceRecognizer places,
            EntityRecognizer entities, QuoteExtractor quotes, EventDetector events,
            @ConfigProperty(name = "ct.nlp.annotator.name") String name, @ConfigProperty(name = "ct.nlp.annotator.version") String version) {
        this.annotator = new Annotator(analyzer, dateInferrer, timeTagger, places, entities, quotes, events,
                new ArticleAnnotated.Annotator(name, version), Clock.systemUTC());
    }

    public ArticleAnnotated annotate(ArticleIngested article) {
        return annotator.annotate(article);
    }
}
