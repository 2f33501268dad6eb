package io.conflicttimeline.nlp;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;

import io.conflicttimeline.nlp.annotation.Annotator;
import io.conflicttimeline.nlp.annotation.BoilerplateFilter;
import io.conflicttimeline.nlp.entity.ActorKb;
import io.conflicttimeline.nlp.entity.EntityRecognizer;
import io.conflicttimeline.nlp.event.EventDetector;
import io.conflicttimeline.nlp.figure.FigureExtractor;
import io.conflicttimeline.nlp.messaging.ArticleAnnotated;
import io.conflicttimeline.nlp.messaging.ArticleIngested;
import io.conflicttimeline.nlp.place.Gazetteer;
import io.conflicttimeline.nlp.place.PlaceRecognizer;
import io.conflicttimeline.nlp.quote.QuoteExtractor;
import io.conflicttimeline.nlp.text.TextAnalyzer;
import io.conflicttimeline.nlp.time.PublicationDateInferrer;
import io.conflicttimeline.nlp.time.TimeTagger;

/** The pipeline built without CDI (shipped data or the small fixtures), shared by the unit tests. */
public final class TestPipeline {

    /** Small fixtures in the shipped formats: mechanism tests stay independent of the curated data. */
    public static final String FIXTURE_GAZETTEER = "test-gazetteer/places.tsv";
    public static final String FIXTURE_ACTORS = "test-kb/actors.tsv";
    /** The shipped data: seed-level tests check the real pipeline. */
    public static final String GAZETTEER = "gazetteer/places.tsv";
    public static final String ACTORS = "kb/actors.tsv";

    private static TextAnalyzer analyzer;
    private static Gazetteer gazetteer;
    private static ActorKb kb;
    private static Gazetteer fixtureGazetteer;
    private static ActorKb fixtureKb;

    public static synchronized Gazetteer fixtureGazetteer() {
        if (fixtureGazetteer == null) {
            fixtureGazetteer = Gazetteer.load(FIXTURE_GAZETTEER);
        }
        return fixtureGazetteer;
    }

    public static synchronized ActorKb fixtureKb() {
        if (fixtureKb == null) {
            fixtureKb = ActorKb.load(FIXTURE_ACTORS);
        }
        return fixtureKb;
    }

    private TestPipeline() {
    }

    public static synchronized TextAnalyzer analyzer() {
        if (analyzer == null) {
            analyzer = new TextAnalyzer();
        }
        return analyzer;
    }

    public static synchronized Gazetteer gazetteer() {
        if (gazetteer == null) {
            gazetteer = Gazetteer.load(GAZETTEER);
        }
        return gazetteer;
    }

    public static synchronized ActorKb kb() {
        if (kb == null) {
            kb = ActorKb.load(ACTORS);
        }
        return kb;
    }

    public static Annotator annotator() {
        return new Annotator(analyzer(), new PublicationDateInferrer(), new TimeTagger(), new PlaceRecognizer(gazetteer()),
                new EntityRecognizer(kb(), gazetteer()), new QuoteExtractor(), new EventDetector(new FigureExtractor(), gazetteer(), kb()),
                new ArticleAnnotated.Annotator("nlp-service", "test"), Clock.systemUTC());
    }

    public static Annotator fixtureAnnotator() {
        return new Annotator(analyzer(), new PublicationDateInferrer(), new TimeTagger(), new PlaceRecognizer(fixtureGazetteer()),
                new EntityRecognizer(fixtureKb(), fixtureGazetteer()), new QuoteExtractor(),
                new EventDetector(new FigureExtractor(), fixtureGazetteer(), fixtureKb()),
                new ArticleAnnotated.Annotator("nlp-service", "test"), Clock.systemUTC());
    }

    /** Annotates with the small fixtures (mechanism tests). */
    public static ArticleAnnotated annotateWithFixtures(String text, String publishedAt) {
        return fixtureAnnotator().annotate(new ArticleIngested(1, "test", null, null, null, publishedAt, "en", text, null));
    }

    public static ArticleAnnotated annotate(String text, String publishedAt) {
        return annotator().annotate(new ArticleIngested(1, "test", null, null, null, publishedAt, "en", text, null));
    }

    /** The five seed articles (repo folder seeds/), with boilerplate lines dropped as ingest would. */
    public static List<String> seeds() {
        Path dir = Path.of("..", "seeds");
        try (var files = Files.list(dir)) {
            BoilerplateFilter filter = new BoilerplateFilter();
            return files.filter(p -> p.toString().endsWith(".txt")).sorted().map(p -> {
                try {
                    return filter.clean(Files.readString(p));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
