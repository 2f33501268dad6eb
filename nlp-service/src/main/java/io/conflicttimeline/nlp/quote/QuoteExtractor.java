package io.conflicttimeline.nlp.quote;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.conflicttimeline.nlp.entity.Actor;
import io.conflicttimeline.nlp.entity.EntityMention;
import io.conflicttimeline.nlp.text.AnalyzedText;
import io.conflicttimeline.nlp.text.Sentence;
import io.conflicttimeline.nlp.text.Token;

/**
 * Direct quotes in curly or straight marks. A curly quote left open at the end of a paragraph continues into the
 * next one (the news convention), and such a chain shares one attribution. The speaker is the entity next to the
 * reporting verb around the quote; "he"/"she" resolve to the most recent person who was a sentence subject or speaker.
 */
public final class QuoteExtractor {

    private static final Set<String> VERBS = Set.of("said", "says", "told", "wrote", "writes", "added", "adds", "stated",
            "remarked", "asserted", "conveyed", "warned", "declared", "announced", "insisted", "noted", "explained", "claimed",
            "admitted", "dismissed", "posted", "tweeted", "replied", "argued", "stressed", "emphasised", "emphasized", "continued");
    private static final Set<String> PRONOUNS = Set.of("he", "she", "He", "She");
    private static final Pattern CHANNEL = Pattern.compile(
            "\\b(?:on|via)\\s+(Telegram|Twitter|X|Facebook|Instagram|YouTube|social media|national television|television|TV)\\b"
                    + "|\\binterview with\\s+((?:[Tt]he\\s+)?[A-Z][\\w.]*(?:\\s+[A-Z][\\w.]*)*)"
                    + "|\\bin an?\\s+((?:[A-Z][\\w.]*\\s+){1,3})interview\\b"
                    + "|\\b(?:told|to)\\s+((?:[Tt]he\\s+)?(?:Guardian|New York Times|Washington Post|BBC|CNN|Fox News|Reuters|AP|AFP|"
                    + "Associated Press|Financial Times|Wall Street Journal|Times|Economist|Bild|Le Monde|Axios|Politico|NBC|CBS|ABC|Sky News)"
                    + "(?:\\s+News)?)\\b");

    private record Span(int open, int close, int start, int end, boolean continues) {
    }

    private record Attribution(Actor speaker, String verb, String channel) {
    }

    public List<QuoteMention> extract(AnalyzedText at, List<EntityMention> entities) {
        List<Span> spans = findSpans(at.text());
        // People named inside quotes ("[Russian President Vladimir] Putin wants…") are never the speaker.
        entities = entities.stream().filter(e -> spans.stream().noneMatch(s -> e.start() >= s.open() && e.end() <= s.close())).toList();
        List<QuoteMention> out = new ArrayList<>();
        int i = 0;
        while (i < spans.size()) {
            // A chain: quotes left open at a paragraph end, plus the quote that finally closes.
            int j = i;
            while (j < spans.size() - 1 && spans.get(j).continues()) {
                j++;
            }
            Attribution attribution = null;
            for (int k = j; k >= i && attribution == null; k--) {
                attribution = attribute(at, spans.get(k), entities, out);
            }
            if (attribution == null && !out.isEmpty()) {
                // an unattributed quote right after another in the same paragraph continues that speaker
                QuoteMention prev = out.get(out.size() - 1);
                if (prev.speaker() != null && at.text().substring(prev.end(), spans.get(i).open()).indexOf('\n') < 0) {
                    attribution = new Attribution(prev.speaker(), prev.verb(), prev.channel());
                }
            }
            for (int k = i; k <= j; k++) {
                Span s = spans.get(k);
                if (s.end() > s.start()) {
                    out.add(new QuoteMention(s.start(), s.end(), at.text().substring(s.start(), s.end()),
                            attribution == null ? null : attribution.speaker(), attribution == null ? null : attribution.verb(),
                            attribution == null ? null : attribution.channel()));
                }
            }
            i = j + 1;
        }
        return out;
    }

    static List<Span> findSpans(String text) {
        List<Span> spans = new ArrayList<>();
        int n = text.length();
        int i = 0;
        while (i < n) {
            char c = text.charAt(i);
            if (c == '\u201c' || c == '"' && opensQuote(text, i)) {
                char closer = c == '"' ? '"' : '\u201d';
                int paraEnd = text.indexOf('\n', i);
                if (paraEnd < 0) {
                    paraEnd = n;
                }
                int close = text.indexOf(closer, i + 1);
                int stop = paraEnd;
                if (c == '\u201c') {
                    int nextOpen = text.indexOf('\u201c', i + 1);
                    if (nextOpen >= 0 && nextOpen < paraEnd && (close < 0 || nextOpen < close)) {
                        // reopened before closing: the quote goes on in the next marks and shares their attribution
                        close = -1;
                        stop = nextOpen;
                    }
                }
                boolean continues = close < 0 || close > paraEnd;
                if (continues && c == '"') {
                    i++;
                    continue;
                }
                int contentEnd = continues ? stop : close;
                int s = i + 1;
                int e = contentEnd;
                while (s < e && Character.isWhitespace(text.charAt(s))) {
                    s++;
                }
                while (e > s && (Character.isWhitespace(text.charAt(e - 1)) || ",;:".indexOf(text.charAt(e - 1)) >= 0)) {
                    e--;
                }
                spans.add(new Span(i, continues ? stop : close, s, e, continues && (stop < paraEnd || paraEnd < n)));
                i = continues && stop < paraEnd ? stop : (continues ? paraEnd : close) + 1;
            } else {
                i++;
            }
        }
        return spans;
    }

    private static boolean opensQuote(String text, int i) {
        return i == 0 || Character.isWhitespace(text.charAt(i - 1)) || "([\u2014-".indexOf(text.charAt(i - 1)) >= 0;
    }

    /** Reporting verb and speaker in the sentence before the opening mark or after the closing one. */
    private Attribution attribute(AnalyzedText at, Span q, List<EntityMention> entities, List<QuoteMention> earlier) {
        List<Token> tokens = at.tokens();
        Sentence after = at.sentences().get(at.sentenceAt(Math.min(q.close(), at.text().length() - 1)));
        Sentence before = at.sentences().get(at.sentenceAt(q.open()));
        // After the quote: ", Zelensky said" / ", said Andriy Yermak" / ", he wrote on Telegram".
        if (!q.continues() && q.close() + 1 < after.end()) {
            int from = at.tokenAtOrAfter(q.close() + 1);
            for (int k = from; k < after.endToken() && k < from + 12; k++) {
                Token t = tokens.get(k);
                if (t.text().equals("\u201c") || t.text().equals("\"")) {
                    break;
                }
                if (VERBS.contains(t.text().toLowerCase(Locale.ROOT))) {
                    Actor speaker = speakerNear(at, entities, earlier, from, k, after.endToken());
                    return new Attribution(speaker, t.text().toLowerCase(Locale.ROOT),
                            channel(at.text().substring(tokens.get(from).start(), after.end())));
                }
            }
        }
        // Before the quote: "Zelensky said Russian president Vladimir Putin was “...”".
        int openTok = at.tokenAtOrAfter(q.open());
        for (int k = openTok - 1; k >= before.firstToken(); k--) {
            Token t = tokens.get(k);
            if (t.end() > q.open()) {
                continue;
            }
            if (t.text().equals("\u201d") || t.text().equals("\"")) {
                break;
            }
            if (VERBS.contains(t.text().toLowerCase(Locale.ROOT))) {
                Actor speaker = speakerNear(at, entities, earlier, before.firstToken(), k, openTok);
                return new Attribution(speaker, t.text().toLowerCase(Locale.ROOT),
                        channel(at.text().substring(before.start(), Math.max(before.start(), q.open()))));
            }
        }
        return null;
    }

    /** The subject before the verb (nearest entity or pronoun), else the entity right after it ("said X"). */
    private Actor speakerNear(AnalyzedText at, List<EntityMention> entities, List<QuoteMention> earlier, int from, int verb, int to) {
        List<Token> tokens = at.tokens();
        Token v = tokens.get(verb);
        EntityMention beforeVerb = null;
        for (EntityMention m : entities) {
            if (m.end() <= v.start() && m.start() >= tokens.get(from).start() && (beforeVerb == null || m.start() > beforeVerb.start())) {
                beforeVerb = m;
            }
        }
        if (verb > from && PRONOUNS.contains(tokens.get(verb - 1).text())) {
            return lastSubject(at, entities, earlier, tokens.get(verb - 1).start());
        }
        if (beforeVerb != null && at.tokenAtOrAfter(beforeVerb.end()) >= verb - 1
                && at.text().substring(beforeVerb.end(), v.start()).indexOf(',') < 0) {
            return beforeVerb.actor();
        }
        if (beforeVerb != null && at.text().substring(beforeVerb.end(), v.start()).indexOf(',') >= 0) {
            // "Dmitry Medvedev, deputy chairman of Russia's Security Council, dismissed": the subject precedes the apposition
            for (EntityMention m : entities) {
                if (m.isPerson() && m.start() >= tokens.get(from).start() && m.end() <= v.start()) {
                    return m.actor();
                }
            }
        }
        for (EntityMention m : entities) {
            if (m.start() >= v.end() && m.start() <= v.end() + 2 && m.isPerson()) {
                return m.actor();
            }
        }
        if (beforeVerb != null) {
            return beforeVerb.actor();
        }
        if (verb + 1 < to && PRONOUNS.contains(tokens.get(verb + 1).text())) {
            return lastSubject(at, entities, earlier, tokens.get(verb + 1).start());
        }
        return null;
    }

    /** Most recent person before the offset that was a speaker or opened its sentence as subject. */
    private static Actor lastSubject(AnalyzedText at, List<EntityMention> entities, List<QuoteMention> earlier, int offset) {
        Actor best = null;
        int bestPos = -1;
        for (QuoteMention q : earlier) {
            if (q.speaker() != null && q.speaker().isPerson() && q.start() < offset && q.start() > bestPos) {
                best = q.speaker();
                bestPos = q.start();
            }
        }
        for (Sentence s : at.sentences()) {
            if (s.start() >= offset) {
                break;
            }
            EntityMention subject = sentenceSubject(at, s, entities);
            if (subject != null && subject.start() > bestPos && subject.start() < offset) {
                best = subject.actor();
                bestPos = subject.start();
            }
        }
        return best;
    }

    /** The person the sentence is about: the last one next to a reporting verb, else the first before any verb. */
    private static EntityMention sentenceSubject(AnalyzedText at, Sentence s, List<EntityMention> entities) {
        EntityMention reporter = null;
        for (EntityMention m : entities) {
            if (m.start() < s.start() || m.end() > s.end() || !m.isPerson()) {
                continue;
            }
            int after = at.tokenAtOrAfter(m.end());
            int before = at.tokenAtOrAfter(m.start()) - 1;
            boolean reports = after < s.endToken() && VERBS.contains(at.tokens().get(after).text())
                    || before >= s.firstToken() && VERBS.contains(at.tokens().get(before).text());
            if (reports) {
                reporter = m;
            }
        }
        if (reporter != null) {
            return reporter;
        }
        int firstVerb = s.end();
        for (Token t : at.tokensOf(s)) {
            if (t.pos().startsWith("VB") && !t.pos().equals("VBG")) {
                firstVerb = t.start();
                break;
            }
        }
        for (EntityMention m : entities) {
            if (m.start() >= s.start() && m.start() < firstVerb && m.isPerson()) {
                return m;
            }
        }
        return null;
    }

    static String channel(String window) {
        Matcher m = CHANNEL.matcher(window);
        if (!m.find()) {
            return null;
        }
        for (int g = 1; g <= m.groupCount(); g++) {
            if (m.group(g) != null) {
                String c = m.group(g).trim();
                while (c.endsWith(".") && !c.endsWith("S.")) {
                    c = c.substring(0, c.length() - 1);
                }
                return c.startsWith("the ") ? "The " + c.substring(4) : c;
            }
        }
        return null;
    }
}
