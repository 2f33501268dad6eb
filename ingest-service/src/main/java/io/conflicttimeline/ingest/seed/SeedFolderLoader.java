package io.conflicttimeline.ingest.seed;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import io.conflicttimeline.ingest.article.ArticleIntake;
import io.conflicttimeline.ingest.article.ArticleService;
import io.conflicttimeline.ingest.article.ArticleSubmission;
import io.conflicttimeline.ingest.article.IngestSource;
import io.conflicttimeline.ingest.article.InvalidArticleException;
import io.conflicttimeline.ingest.article.SubmissionResult;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.vertx.VertxContextSupport;

/**
 * Loads every *.txt of {@code ct.ingest.seed-dir} at startup, like POST /articles/text. Idempotent: ids come from
 * the text, so a restart finds the articles already stored and sends nothing twice.
 */
@ApplicationScoped
public class SeedFolderLoader {

    private static final Logger LOG = Logger.getLogger(SeedFolderLoader.class);

    private final Optional<Path> seedDir;
    private final ArticleIntake intake;
    private final ArticleService service;

    public SeedFolderLoader(@ConfigProperty(name = "ct.ingest.seed-dir") Optional<Path> seedDir, ArticleIntake intake,
            ArticleService service) {
        this.seedDir = seedDir;
        this.intake = intake;
        this.service = service;
    }

    void onStart(@Observes StartupEvent event) {
        seedDir.ifPresent(dir -> {
            // Off the startup thread: the HTTP server and health checks do not wait for the seeds.
            Thread.ofVirtual().name("seed-folder-loader").start(() -> load(dir));
        });
    }

    /** Returns the results in file-name order; a file that cannot be read or is not an article is logged and skipped. */
    public List<SubmissionResult> load(Path dir) {
        if (!Files.isDirectory(dir)) {
            LOG.warnf("ct.ingest.seed-dir %s is not a directory; no seeds loaded", dir);
            return List.of();
        }
        List<Path> files;
        try (Stream<Path> listing = Files.list(dir)) {
            files = listing.filter(p -> p.getFileName().toString().endsWith(".txt") && Files.isRegularFile(p))
                    .sorted().toList();
        } catch (IOException e) {
            LOG.errorf(e, "cannot list seed folder %s", dir);
            return List.of();
        }
        List<SubmissionResult> results = files.stream().map(this::loadFile).flatMap(Optional::stream).toList();
        long fresh = results.stream().filter(r -> !r.duplicate()).count();
        LOG.infof("seed folder %s: %d file(s), %d new article(s), %d already stored", dir, files.size(), fresh,
                results.size() - fresh);
        return results;
    }

    private Optional<SubmissionResult> loadFile(Path file) {
        try {
            String text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .decode(java.nio.ByteBuffer.wrap(Files.readAllBytes(file))).toString();
            var prepared = intake.prepare(ArticleSubmission.ofText(text.startsWith("\uFEFF") ? text.substring(1) : text));
            String name = file.getFileName().toString();
            return Optional.of(VertxContextSupport.subscribeAndAwait(() -> service.submit(prepared, IngestSource.SEED, name)));
        } catch (CharacterCodingException e) {
            LOG.warnf("seed %s skipped: not valid UTF-8", file);
        } catch (InvalidArticleException e) {
            LOG.warnf("seed %s skipped: %s", file, e.getMessage());
        } catch (Throwable e) {
            LOG.errorf(e, "seed %s could not be stored", file);
        }
        return Optional.empty();
    }
}
