package io.conflicttimeline.ingest.article;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;

import io.conflicttimeline.ingest.cleaning.ArticleCleaner;
import io.conflicttimeline.ingest.cleaning.CleanedArticle;
import io.conflicttimeline.ingest.cleaning.KnownOutlets;

/** Validates a submission, cleans its text and derives its id; the same rules for every way in. */
@ApplicationScoped
public class ArticleIntake {

    /** 1 MiB of UTF-8: far above any news article, low enough to keep one bad request from hurting the service. */
    public static final int MAX_TEXT_BYTES = 1024 * 1024;

    private static final Pattern LANGUAGE = Pattern.compile("[a-zA-Z]{2}");
    private static final int MAX_METADATA_CHARS = 2000;

    private final ArticleCleaner cleaner;

    public ArticleIntake(ArticleCleaner cleaner) {
        this.cleaner = cleaner;
    }

    public PreparedArticle prepare(ArticleSubmission submission) {
        if (submission == null) {
            throw new InvalidArticleException(
                    "The body is empty: send a JSON object with at least a non-empty \"text\" field.");
        }
        String raw = submission.text();
        if (raw == null || raw.isBlank()) {
            throw new InvalidArticleException(
                    "\"text\" is required and must contain the article text; it was " + (raw == null ? "missing." : "blank."));
        }
        int bytes = raw.getBytes(StandardCharsets.UTF_8).length;
        if (bytes > MAX_TEXT_BYTES) {
            throw new ArticleTooLargeException("\"text\" is " + bytes + " bytes of UTF-8; the limit is " + MAX_TEXT_BYTES
                    + " bytes (1 MiB). Send the article alone, without attachments or several articles joined.");
        }
        String publishedAt = publishedAt(submission.publishedAt());
        String language = language(submission.language());
        String url = url(submission.url());
        String title = metadata("title", submission.title());
        String outlet = metadata("outlet", submission.outlet());

        CleanedArticle cleaned = cleaner.clean(raw);
        if (cleaned.text().isBlank()) {
            throw new InvalidArticleException("Nothing is left of \"text\" after removing advertisements, teasers, "
                    + "credits, images and header lines: send the article body itself.");
        }
        return new PreparedArticle(ArticleId.of(cleaned.text()),
                title != null ? title : cleaned.detectedTitle(),
                url,
                outlet != null ? outlet : KnownOutlets.canonical(cleaned.detectedOutlet()),
                publishedAt, language, cleaned.text(), raw, cleaned.removed());
    }

    static String publishedAt(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String trimmed = value.strip();
        try {
            if (trimmed.length() == 10) {
                LocalDate.parse(trimmed);
            } else {
                OffsetDateTime.parse(trimmed);
            }
            return trimmed;
        } catch (DateTimeParseException e) {
            throw new InvalidArticleException("\"publishedAt\" must be an ISO-8601 date such as 2025-02-12 or an "
                    + "offset date-time such as 2025-02-12T18:30:00Z; got \"" + abbreviate(trimmed) + "\".");
        }
    }

    static String language(String value) {
        if (value == null || value.isBlank()) {
            return "en";
        }
        String trimmed = value.strip();
        if (!LANGUAGE.matcher(trimmed).matches()) {
            throw new InvalidArticleException("\"language\" must be a two-letter ISO 639-1 code such as \"en\"; got \""
                    + abbreviate(trimmed) + "\".");
        }
        return trimmed.toLowerCase(Locale.ROOT);
    }

    static String url(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String trimmed = value.strip();
        try {
            URI uri = new URI(trimmed);
            String scheme = uri.getScheme();
            if (scheme != null && (scheme.equalsIgnoreCase("http") || scheme.equalsIgnoreCase("https"))
                    && uri.getHost() != null && trimmed.length() <= MAX_METADATA_CHARS) {
                return trimmed;
            }
        } catch (URISyntaxException e) {
            // reported below with the same message as a URI without scheme or host
        }
        throw new InvalidArticleException("\"url\" must be an absolute http(s) URL such as https://example.org/a; got \""
                + abbreviate(trimmed) + "\".");
    }

    private static String metadata(String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String trimmed = value.strip();
        if (trimmed.length() > MAX_METADATA_CHARS) {
            throw new InvalidArticleException("\"" + field + "\" is " + trimmed.length() + " characters long; the limit is "
                    + MAX_METADATA_CHARS + ".");
        }
        return trimmed;
    }

    private static String abbreviate(String value) {
        return value.length() <= 60 ? value : value.substring(0, 57) + "...";
    }
}
