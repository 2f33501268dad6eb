package io.conflicttimeline.ingest.cleaning;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * Removes what is not the article from scraped text (header lines, advertisement markers, teasers, comment forms,
 * images, captions, credits) and keeps every removed span with its offsets into the raw text.
 *
 * <p>Rules look at the shape of a line (length, casing, a leading label, its position), never at known sentences.
 */
@ApplicationScoped
public class ArticleCleaner {

    /** Header lines (headline, byline, outlet) are only looked for among the first few lines of text. */
    private static final int HEADER_LINES = 4;

    private static final Pattern MARKDOWN_LINKED_IMAGE = Pattern.compile("\\[!\\[[^\\]\\n]*\\]\\([^)\\n]*\\)\\]\\([^)\\n]*\\)");
    private static final Pattern MARKDOWN_IMAGE = Pattern.compile("!\\[[^\\]\\n]*\\]\\([^)\\n]*\\)");
    private static final Pattern HTML_FIGURE = Pattern.compile("<figure\\b[^>]*>.*?</figure\\s*>",
            Pattern.CASE_INSENSITIVE | Pattern.DOTALL);
    private static final Pattern HTML_FIGCAPTION = Pattern.compile("<figcaption\\b[^>]*>.*?</figcaption\\s*>",
            Pattern.CASE_INSENSITIVE | Pattern.DOTALL);
    private static final Pattern HTML_IMG = Pattern.compile("<img\\b[^>]*>", Pattern.CASE_INSENSITIVE);

    private static final Pattern ADVERTISEMENT = Pattern.compile(
            "[\\W_]*(advertisements?|advertisment|advertising|advert|ads?|sponsored( content)?|paid content|promoted"
                    + "|story continues below( this)? (advertisement|ad)"
                    + "|continue reading (below|after (the )?(advertisement|ad))|scroll to continue( with content)?)[\\W_]*",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern TEASER = Pattern.compile(
            "(also read|read more|read also|also see|see also|related( articles?| stories| news)?|recommended( stories)?"
                    + "|more on this( story)?|must read|don'?t miss|do not miss|also watch|watch|listen|click here|trending)"
                    + "\\s*(\\s*[:|\\u2013\\u2014-]\\s*\\S.*|:?)",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern COMMENT_FORM = Pattern.compile(
            "(leave a (reply|comment)|post a comment|add a comment|join the (conversation|discussion)|\\d*\\s*comments?"
                    + "|cancel reply|post comment|submit comment)\\s*:?"
                    + "|your email address will not be published\\b.*|required fields are marked\\b.*"
                    + "|save my name,? email,? and website\\b.*|notify me of (follow-up comments|new posts)\\b.*",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern COMMENT_FORM_FIELD = Pattern.compile("(name|e-?mail|website|comment)\\s*\\*?\\s*:?",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern PARENTHESISED_CREDIT = Pattern.compile(
            "[(\\[]\\s*(with\\s+)?(inputs?|agency inputs?|agencies|(additional )?reporting|edited|written|compiled)\\b[^()\\[\\]]*[)\\]]",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern LABELLED_CREDIT = Pattern.compile(
            "(?<label>credited from|credits?|photo credit|sources?|courtesy( of)?)\\s*:\\s*(?<value>.+)"
                    + "|(?<label2>credited from|(additional )?reporting by|edited by|written by|compiled by|(with )?inputs from)"
                    + "\\s+(?<value2>.+)",
            Pattern.CASE_INSENSITIVE);
    private static final Set<String> OUTLET_CREDIT_LABELS = Set.of("credited from", "source", "sources", "courtesy",
            "courtesy of");
    private static final Pattern CAPTION = Pattern.compile(
            "(image caption|caption|image source|photo|photograph|picture|pictured|image|file photo|image credit)"
                    + "\\s*[:,|\\u2013\\u2014-]\\s*\\S.*",
            Pattern.CASE_INSENSITIVE);
    /** Right after an image, a line wrapped in emphasis or brackets, or ending in a photo agency, is its caption. */
    private static final Pattern CAPTION_AFTER_IMAGE = Pattern.compile(
            "([*_].+[*_])|([(\\[].+[)\\]])"
                    + "|.*\\b(getty images|reuters|afp|ap photo|epa|anadolu( agency)?|shutterstock|file photo)[)\\]]?",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern BY_LINE = Pattern.compile("by\\s+\\p{Lu}.*", Pattern.CASE_INSENSITIVE);
    private static final Set<String> ROLE_WORDS = Set.of("correspondent", "correspondents", "reporter", "reporters",
            "editor", "writer", "journalist", "contributor", "columnist", "staff", "bureau", "desk", "analyst",
            "producer", "photographer", "chief");
    private static final Set<String> MEDIA_WORDS = Set.of("news", "times", "post", "herald", "tribune", "journal",
            "gazette", "telegraph", "guardian", "chronicle", "express", "mail", "today", "press", "agency", "wire",
            "network", "tv", "radio", "online", "media", "global", "world", "observer", "independent", "standard",
            "insider", "daily", "newswire", "broadcasting");

    public CleanedArticle clean(String raw) {
        boolean[] masked = new boolean[raw.length()];
        List<RemovedSpan> removed = new ArrayList<>();
        maskInline(raw, MARKDOWN_LINKED_IMAGE, RemovalKind.IMAGE, masked, removed);
        maskInline(raw, MARKDOWN_IMAGE, RemovalKind.IMAGE, masked, removed);
        maskInline(raw, HTML_FIGURE, RemovalKind.IMAGE, masked, removed);
        maskInline(raw, HTML_FIGCAPTION, RemovalKind.CAPTION, masked, removed);
        maskInline(raw, HTML_IMG, RemovalKind.IMAGE, masked, removed);

        List<LineContent> lines = new ArrayList<>();
        for (TextLines.Line line : TextLines.split(raw)) {
            lines.add(LineContent.of(raw, line, masked));
        }

        StringBuilder text = new StringBuilder();
        String title = null;
        String outlet = null;
        boolean inHeader = true;
        int headerLinesSeen = 0;
        boolean previousWasImage = false;
        boolean commentFormSeen = false;
        for (int i = 0; i < lines.size(); i++) {
            LineContent line = lines.get(i);
            if (line.content().isEmpty()) {
                // A line that only held an image makes the next line a caption candidate; a blank line does not.
                previousWasImage = previousWasImage || line.hadInlineRemoval();
                continue;
            }
            RemovalKind kind = bodyLineKind(line.content(), previousWasImage, commentFormSeen);
            if (kind == null && inHeader) {
                kind = headerLineKind(line.content(), title == null, hasContentAfter(lines, i));
                if (kind == null) {
                    inHeader = false;
                }
            }
            if (kind == null && !inHeader && !hasContentAfter(lines, i) && isOutletLine(line.content())) {
                // Scraped pages also sign off with the outlet's name on a line of its own.
                kind = RemovalKind.OUTLET;
            }
            if (++headerLinesSeen >= HEADER_LINES) {
                inHeader = false;
            }
            previousWasImage = false;
            if (kind == null) {
                if (!text.isEmpty()) {
                    text.append('\n');
                }
                text.append(line.content());
                continue;
            }
            removed.add(new RemovedSpan(kind, line.start(), line.end(), raw.substring(line.start(), line.end())));
            switch (kind) {
                case HEADLINE -> title = line.content();
                case OUTLET -> outlet = outlet == null ? KnownOutlets.canonical(line.content()) : outlet;
                case CREDIT -> outlet = outlet == null ? outletFromCredit(line.content()) : outlet;
                case COMMENT_FORM -> commentFormSeen = true;
                default -> {
                }
            }
        }
        removed.sort(Comparator.comparingInt(RemovedSpan::start));
        return new CleanedArticle(text.toString(), removed, title, outlet);
    }

    private static void maskInline(String raw, Pattern pattern, RemovalKind kind, boolean[] masked,
            List<RemovedSpan> removed) {
        Matcher m = pattern.matcher(raw);
        while (m.find()) {
            if (isMasked(masked, m.start(), m.end())) {
                continue;
            }
            for (int i = m.start(); i < m.end(); i++) {
                masked[i] = true;
            }
            removed.add(new RemovedSpan(kind, m.start(), m.end(), m.group()));
        }
    }

    private static boolean isMasked(boolean[] masked, int start, int end) {
        for (int i = start; i < end; i++) {
            if (masked[i]) {
                return true;
            }
        }
        return false;
    }

    private static boolean hasContentAfter(List<LineContent> lines, int index) {
        for (int i = index + 1; i < lines.size(); i++) {
            if (!lines.get(i).content().isEmpty()) {
                return true;
            }
        }
        return false;
    }

    /** Kinds of non-article lines that can appear anywhere in the text. */
    static RemovalKind bodyLineKind(String content, boolean afterImage, boolean afterCommentForm) {
        if (ADVERTISEMENT.matcher(content).matches()) {
            return RemovalKind.ADVERTISEMENT;
        }
        int words = wordCount(content);
        if (words <= 40 && content.length() <= 300 && TEASER.matcher(content).matches()) {
            return RemovalKind.TEASER;
        }
        if (content.length() <= 200 && COMMENT_FORM.matcher(content).matches()) {
            return RemovalKind.COMMENT_FORM;
        }
        if (afterCommentForm && COMMENT_FORM_FIELD.matcher(content).matches()) {
            return RemovalKind.COMMENT_FORM;
        }
        if (content.length() <= 150 && PARENTHESISED_CREDIT.matcher(content).matches()) {
            return RemovalKind.CREDIT;
        }
        if (content.length() <= 120 && isLabelledCredit(content)) {
            return RemovalKind.CREDIT;
        }
        if (content.length() <= 400 && CAPTION.matcher(content).matches()) {
            return RemovalKind.CAPTION;
        }
        if (afterImage && words <= 40 && CAPTION_AFTER_IMAGE.matcher(content).matches()) {
            return RemovalKind.CAPTION;
        }
        return null;
    }

    /** Kinds of lines that only count as non-article at the top of the text. */
    static RemovalKind headerLineKind(String content, boolean headlineStillPossible, boolean bodyFollows) {
        if (isByline(content)) {
            return RemovalKind.BYLINE;
        }
        if (isOutletLine(content)) {
            return RemovalKind.OUTLET;
        }
        if (headlineStillPossible && bodyFollows && isHeadline(content)) {
            return RemovalKind.HEADLINE;
        }
        return null;
    }

    static boolean isLabelledCredit(String content) {
        Matcher m = LABELLED_CREDIT.matcher(content);
        if (!m.matches()) {
            return false;
        }
        String value = m.group("value") != null ? m.group("value") : m.group("value2");
        // A credit names someone; a sentence that happens to start with "Sources" goes on and ends with a period.
        return wordCount(value) <= 8 && !endsWithSentencePunctuation(value);
    }

    static String outletFromCredit(String content) {
        Matcher m = LABELLED_CREDIT.matcher(content);
        if (!m.matches()) {
            return null;
        }
        String label = (m.group("label") != null ? m.group("label") : m.group("label2")).toLowerCase(Locale.ROOT);
        String value = m.group("value") != null ? m.group("value") : m.group("value2");
        return OUTLET_CREDIT_LABELS.contains(label) ? KnownOutlets.canonical(value) : null;
    }

    static boolean isByline(String content) {
        int words = wordCount(content);
        if (words > 8 || content.length() > 80 || endsWithSentencePunctuation(content)
                || !Character.isUpperCase(content.codePointAt(0))) {
            return false;
        }
        if (BY_LINE.matcher(content).matches()) {
            return true;
        }
        return ROLE_WORDS.contains(lastWord(content));
    }

    static boolean isOutletLine(String content) {
        if (wordCount(content) > 5 || content.length() > 40 || content.matches(".*[.!?,:;]$")) {
            return false;
        }
        if (KnownOutlets.isKnown(content)) {
            return true;
        }
        for (String word : content.split("\\s+")) {
            int first = word.codePointAt(0);
            if (!Character.isUpperCase(first) && !Character.isDigit(first)) {
                return false;
            }
        }
        return MEDIA_WORDS.contains(lastWord(content));
    }

    /**
     * A headline is short and either has no closing period or is written in title case ("A Missile Strike on Kyiv
     * has Killed One Person."); a sentence in sentence case with a period is the start of the body.
     */
    static boolean isHeadline(String content) {
        if (wordCount(content) > 25 || content.length() > 200 || content.endsWith(":")) {
            return false;
        }
        return !endsWithSentencePunctuation(content) || isTitleCase(content);
    }

    static boolean isTitleCase(String content) {
        int longWords = 0;
        int capitalised = 0;
        for (String word : content.split("\\s+")) {
            String letters = word.replaceAll("[^\\p{L}]", "");
            if (letters.length() < 4) {
                continue;
            }
            longWords++;
            if (Character.isUpperCase(letters.codePointAt(0))) {
                capitalised++;
            }
        }
        return longWords >= 3 && capitalised * 4 >= longWords * 3;
    }

    private static boolean endsWithSentencePunctuation(String s) {
        String t = s.replaceAll("[\"'\\u201D\\u2019)\\]]+$", "");
        return !t.isEmpty() && ".!?".indexOf(t.charAt(t.length() - 1)) >= 0;
    }

    private static int wordCount(String s) {
        String t = TextLines.strip(s);
        return t.isEmpty() ? 0 : t.split("\\s+").length;
    }

    private static String lastWord(String s) {
        String[] words = TextLines.strip(s).split("\\s+");
        return words[words.length - 1].replaceAll("[^\\p{L}\\p{N}]", "").toLowerCase(Locale.ROOT);
    }

    /** A raw line with inline removals taken out: its stripped content and that content's bounds in the raw text. */
    private record LineContent(String content, int start, int end, boolean hadInlineRemoval) {

        static LineContent of(String raw, TextLines.Line line, boolean[] masked) {
            StringBuilder kept = new StringBuilder();
            int first = -1;
            int last = -1;
            boolean hadMask = false;
            for (int i = line.start(); i < line.end(); i++) {
                if (masked[i]) {
                    hadMask = true;
                    kept.append(' ');
                    continue;
                }
                char c = raw.charAt(i);
                kept.append(c);
                if (!TextLines.isSpace(c)) {
                    if (first < 0) {
                        first = i;
                    }
                    last = i + 1;
                }
            }
            String content = TextLines.strip(kept.toString());
            if (hadMask) {
                content = content.replaceAll("[ \\t]{2,}", " ");
            }
            return first < 0 ? new LineContent("", line.start(), line.start(), hadMask)
                    : new LineContent(content, first, last, hadMask);
        }
    }
}
