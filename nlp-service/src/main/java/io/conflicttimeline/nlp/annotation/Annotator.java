package io.conflicttimeline.nlp.annotation;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import io.conflicttimeline.nlp.entity.EntityMention;
import io.conflicttimeline.nlp.entity.EntityRecognizer;
import io.conflicttimeline.nlp.event.DetectedEvents;
import io.conflicttimeline.nlp.event.EventActor;
import io.conflicttimeline.nlp.event.EventDetector;
import io.conflicttimeline.nlp.event.EventMention;
import io.conflicttimeline.nlp.event.EventPlaces;
import io.conflicttimeline.nlp.figure.Figure;
import io.conflicttimeline.nlp.figure.FigureKind;
import io.conflicttimeline.nlp.messaging.ArticleAnnotated;
import io.conflicttimeline.nlp.messaging.ArticleIngested;
import io.conflicttimeline.nlp.messaging.Channels;
import io.conflicttimeline.nlp.place.GazetteerEntry;
import io.conflicttimeline.nlp.place.PlaceMention;
import io.conflicttimeline.nlp.place.PlaceRecognizer;
import io.conflicttimeline.nlp.quote.QuoteExtractor;
import io.conflicttimeline.nlp.quote.QuoteMention;
import io.conflicttimeline.nlp.text.AnalyzedText;
import io.conflicttimeline.nlp.text.Sentence;
import io.conflicttimeline.nlp.text.TextAnalyzer;
import io.conflicttimeline.nlp.time.DocumentDate;
import io.conflicttimeline.nlp.time.PublicationDateInferrer;
import io.conflicttimeline.nlp.time.TimeExpression;
import io.conflicttimeline.nlp.time.TimeTagger;

/**
 * The annotation pipeline as plain Java (sentences and tokens, document date, time, places, entities, quotes, events
 * with figures), assembling the ArticleAnnotated record. Deterministic: the same input gives the same annotation
 * apart from {@code annotatedAt}. Thread-safe when its components are.
 */
public final class Annotator {

    private final TextAnalyzer analyzer;
    private final PublicationDateInferrer dateInferrer;
    private final TimeTagger timeTagger;
    private final PlaceRecognizer places;
    private final EntityRecognizer entities;
    private final QuoteExtractor quotes;
    private final EventDetector events;
    private final ArticleAnnotated.Annotator annotator;
    private final Clock clock;

    public Annotator(TextAnalyzer analyzer, PublicationDateInferrer dateInferrer, TimeTagger timeTagger, PlaceRecognizer places,
            EntityRecognizer entities, QuoteExtractor quotes, EventDetector events, ArticleAnnotated.Annotator annotator, Clock clock) {
        this.analyzer = analyzer;
        this.dateInferrer = dateInferrer;
        this.timeTagger = timeTagger;
        this.places = places;
        this.entities = entities;
        this.quotes = quotes;
        this.events = events;
        this.annotator = annotator;
        this.clock = clock;
    }

    public ArticleAnnotated annotate(ArticleIngested article) {
        String text = article.text();
        DocumentDate dct = dateInferrer.infer(text, article.publishedAt());
        if (dct == null) {
            dct = DocumentDate.unknown();
        }
        AnalyzedText at = analyzer.analyze(text);
        List<TimeExpression> timexes = new ArrayList<>(timeTagger.tag(text, dct));
        timexes.sort(Comparator.comparingInt(TimeExpression::start).thenComparingInt(TimeExpression::end));
        List<PlaceMention> placeMentions = new ArrayList<>(places.recognize(at));
        List<EntityMention> entityMentions = entities.recognize(at, placeMentions);
        // A country that acts ("Russia rejected", "launched by Russia") is an organization, not a place.
        placeMentions.removeIf(p -> entityMentions.stream().anyMatch(e -> e.start() <= p.start() && e.end() >= p.end()));
        List<QuoteMention> quoteMentions = quotes.extract(at, entityMentions);
        DetectedEvents detected = events.detect(at, dct, timexes, placeMentions, entityMentions, quoteMentions);

        List<ArticleAnnotated.SentenceSpan> sentences = at.sentences().stream()
                .map(s -> new ArticleAnnotated.SentenceSpan(s.start(), s.end())).toList();
        List<ArticleAnnotated.Timex> timexOut = new ArrayList<>();
        for (int i = 0; i < timexes.size(); i++) {
            TimeExpression t = timexes.get(i);
            timexOut.add(new ArticleAnnotated.Timex("t" + (i + 1), t.start(), t.end(), t.text(), t.type(), t.value(), t.precision(), t.anchor(),
                    t.direction()));
        }
        List<ArticleAnnotated.Place> placeOut = new ArrayList<>();
        for (int i = 0; i < placeMentions.size(); i++) {
            PlaceMention p = placeMentions.get(i);
            GazetteerEntry g = p.entry();
            placeOut.add(new ArticleAnnotated.Place("p" + (i + 1), p.start(), p.end(), p.text(), g.name(), g.kind(), g.country(),
                    g.admin1(), g.admin2(), g.lat(), g.lon(), g.gazetteerId(), g.geonameId(), g.precision()));
        }
        List<ArticleAnnotated.Entity> entityOut = new ArrayList<>();
        for (int i = 0; i < entityMentions.size(); i++) {
            EntityMention e = entityMentions.get(i);
            entityOut.add(new ArticleAnnotated.Entity("n" + (i + 1), e.start(), e.end(), e.text(), e.actor().kind(), e.actor().name(),
                    e.actor().entityId(), e.role(), e.actor().country()));
        }
        List<ArticleAnnotated.Event> eventOut = new ArrayList<>();
        for (int i = 0; i < detected.events().size(); i++) {
            EventMention e = detected.events().get(i);
            List<String> placeIds = EventPlaces.of(e, at, placeMentions, quoteMentions).stream().map(p -> "p" + (p + 1)).toList();
            eventOut.add(event("ev" + (i + 1), e, placeIds));
        }
        List<ArticleAnnotated.Quote> quoteOut = new ArrayList<>();
        for (int i = 0; i < quoteMentions.size(); i++) {
            QuoteMention q = quoteMentions.get(i);
            int si = at.sentenceAt(q.start());
            int ev = detected.eventForSentence(si, sameParagraph(at, si));
            quoteOut.add(new ArticleAnnotated.Quote("q" + (i + 1), q.start(), q.end(), q.text(),
                    q.speaker() == null ? null : q.speaker().name(), q.speaker() == null ? null : q.speaker().entityId(), q.verb(),
                    q.channel(), ev < 0 ? null : "ev" + (ev + 1)));
        }
        return new ArticleAnnotated(Channels.SCHEMA_VERSION, article.articleId(), article.title(), article.url(), article.outlet(),
                article.language() == null ? "en" : article.language(), article.publishedAt(),
                new ArticleAnnotated.DocumentDateValue(dct.value() == null ? null : dct.value().toString(), dct.precision(), dct.source(),
                        dct.method(), dct.confidence()),
                text, sentences, timexOut, placeOut, entityOut, eventOut, quoteOut,
                detected.mainIndex() < 0 ? null : "ev" + (detected.mainIndex() + 1), annotator,
                Instant.now(clock).truncatedTo(ChronoUnit.SECONDS).toString());
    }

    /** True when the sentence and the one before it are in the same paragraph (no line break between them). */
    private static boolean sameParagraph(AnalyzedText at, int si) {
        if (si == 0) {
            return false;
        }
        Sentence prev = at.sentences().get(si - 1);
        Sentence cur = at.sentences().get(si);
        return at.text().substring(prev.end(), cur.start()).indexOf('\n') < 0;
    }

    private static ArticleAnnotated.Event event(String id, EventMention e, List<String> placeIds) {
        List<ArticleAnnotated.Actor> actors = new ArrayList<>();
        for (EventActor a : e.actors()) {
            actors.add(new ArticleAnnotated.Actor(a.entityId(), a.name(), a.role()));
        }
        var f = e.figures();
        ArticleAnnotated.Figures figures = new ArticleAnnotated.Figures(count(f.get(FigureKind.KILLED)), count(f.get(FigureKind.INJURED)),
                new ArticleAnnotated.Weapons(count(f.get(FigureKind.MISSILES_LAUNCHED)), count(f.get(FigureKind.MISSILES_INTERCEPTED))),
                new ArticleAnnotated.Weapons(count(f.get(FigureKind.DRONES_LAUNCHED)), count(f.get(FigureKind.DRONES_INTERCEPTED))),
                new ArticleAnnotated.Prisoners(count(f.get(FigureKind.PRISONERS_EXCHANGED))));
        return new ArticleAnnotated.Event(id, e.start(), e.end(), e.trigger(), e.sentenceIndex(), e.type().type(), e.type().subType(),
                new ArticleAnnotated.EventDate(e.dateValue(), e.datePrecision() == null ? "unknown" : e.datePrecision(),
                        e.timexIndex() < 0 ? null : "t" + (e.timexIndex() + 1)),
                e.placeIndex() < 0 ? null : "p" + (e.placeIndex() + 1), placeIds, actors, figures, e.civilianTargeting(), e.background());
    }

    private static ArticleAnnotated.Count count(Figure f) {
        return f == null ? null : new ArticleAnnotated.Count(f.value(), f.qualifier(), f.start(), f.end(), f.text());
    }
}
