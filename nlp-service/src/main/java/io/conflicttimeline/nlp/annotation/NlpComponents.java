package io.conflicttimeline.nlp.annotation;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.conflicttimeline.nlp.entity.ActorKb;
import io.conflicttimeline.nlp.entity.EntityRecognizer;
import io.conflicttimeline.nlp.event.EventDetector;
import io.conflicttimeline.nlp.figure.FigureExtractor;
import io.conflicttimeline.nlp.place.Gazetteer;
import io.conflicttimeline.nlp.place.PlaceRecognizer;
import io.conflicttimeline.nlp.quote.QuoteExtractor;
import io.conflicttimeline.nlp.text.TextAnalyzer;
import io.conflicttimeline.nlp.time.PublicationDateInferrer;
import io.conflicttimeline.nlp.time.TimeTagger;

/** CDI wiring of the plain-Java pipeline components (they stay framework-free so that unit tests build them directly). */
public class NlpComponents {

    @Produces
    @Singleton
    TextAnalyzer textAnalyzer() {
        return new TextAnalyzer();
    }

    @Produces
    @Singleton
    Gazetteer gazetteer(@ConfigProperty(name = "ct.nlp.gazetteer") String resource) {
        return Gazetteer.load(resource);
    }

    @Produces
    @Singleton
    ActorKb actorKb(@ConfigProperty(name = "ct.nlp.actors") String resource) {
        return ActorKb.load(resource);
    }

    @Produces
    @Singleton
    PlaceRecognizer placeRecognizer(Gazetteer gazetteer) {
        return new PlaceRecognizer(gazetteer);
    }

    @Produces
    @Singleton
    EntityRecognizer entityRecognizer(ActorKb kb, Gazetteer gazetteer) {
        return new EntityRecognizer(kb, gazetteer);
    }

    @Produces
    @Singleton
    QuoteExtractor quoteExtractor() {
        return new QuoteExtractor();
    }

    @Produces
    @Singleton
    FigureExtractor figureExtractor() {
        return new FigureExtractor();
    }

    @Produces
    @Singleton
    EventDetector eventDetector(FigureExtractor figures, Gazetteer gazetteer, ActorKb kb) {
        return new EventDetector(figures, gazetteer, kb);
    }

    @Produces
    @Singleton
    TimeTagger timeTagger() {
        return new TimeTagger();
    }

    @Produces
    @Singleton
    PublicationDateInferrer publicationDateInferrer() {
        return new PublicationDateInferrer();
    }
}
