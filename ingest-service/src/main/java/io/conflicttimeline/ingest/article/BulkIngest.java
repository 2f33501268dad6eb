package io.conflicttimeline.ingest.article;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.vertx.VertxContextSupport;

/**
 * Reads an NDJSON stream line by line on the calling (worker) thread and writes one result line per article, so that
 * memory stays bounded by one line whatever the size of the body, and a bad line fails alone.
 */
@ApplicationScoped
public class BulkIngest {

    private static final Logger LOG = Logger.getLogger(BulkIngest.class);
    /** A line holds one JSON article: the text limit plus room for JSON escapes and metadata. */
    static final int MAX_LINE_BYTES = 8 * ArticleIntake.MAX_TEXT_BYTES;

    private final ArticleIntake intake;
    private final ArticleService service;
    private final ObjectMapper mapper;

    public BulkIngest(ArticleIntake intake, ArticleService service, ObjectMapper mapper) {
        this.intake = intake;
        this.service = service;
        this.mapper = mapper;
    }

    public void process(InputStream body, OutputStream results) throws IOException {
        InputStream in = new BufferedInputStream(body, 64 * 1024);
        byte[] line = new byte[8 * 1024];
        long lineNumber = 0;
        while (true) {
            int length = 0;
            boolean tooLong = false;
            int b;
            while ((b = in.read()) != -1 && b != '\n') {
                if (length == MAX_LINE_BYTES) {
                    tooLong = true;
                    continue;
                }
                if (length == line.length) {
                    line = Arrays.copyOf(line, Math.min(line.length * 2, MAX_LINE_BYTES));
                }
                line[length++] = (byte) b;
            }
            if (b == -1 && length == 0 && !tooLong) {
                return;
            }
            lineNumber++;
            if (length > 0 && line[length - 1] == '\r') {
                length--;
            }
            Map<String, Object> result = tooLong
                    ? error(lineNumber, "line " + lineNumber + " is over " + MAX_LINE_BYTES
                            + " bytes; an article text may be at most 1 MiB.")
                    : processLine(lineNumber, line, length);
            if (result != null) {
                results.write(mapper.writeValueAsBytes(result));
                results.write('\n');
                results.flush();
            }
            if (b == -1) {
                return;
            }
            if (line.length > 64 * 1024) {
                line = new byte[8 * 1024];
            }
        }
    }

    private Map<String, Object> processLine(long lineNumber, byte[] bytes, int length) {
        try {
            String json = Utf8Text.decode(bytes, length, "line " + lineNumber);
            if (json.isBlank()) {
                return null;
            }
            ArticleSubmission submission = mapper.readValue(json, ArticleSubmission.class);
            PreparedArticle prepared = intake.prepare(submission);
            SubmissionResult result = VertxContextSupport
                    .subscribeAndAwait(() -> service.submit(prepared, IngestSource.BULK, null));
            Map<String, Object> out = new LinkedHashMap<>();
            out.put("line", lineNumber);
            out.put("id", result.id());
            out.put("status", result.status());
            out.put("duplicate", result.duplicate());
            return out;
        } catch (InvalidArticleException e) {
            return error(lineNumber, e.getMessage());
        } catch (JsonProcessingException e) {
            return error(lineNumber, "not a JSON article: " + e.getOriginalMessage());
        } catch (UncheckedIOException e) {
            throw e;
        } catch (Throwable e) {
            LOG.errorf(e, "bulk line %d could not be stored", lineNumber);
            return error(lineNumber, "could not be stored (" + e.getClass().getSimpleName()
                    + "); send the line again later");
        }
    }

    private static Map<String, Object> error(long lineNumber, String reason) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("line", lineNumber);
        out.put("error", reason);
        return out;
    }
}
