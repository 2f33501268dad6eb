package io.conflicttimeline.ingest.seed;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.conflicttimeline.ingest.article.SubmissionResult;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class SeedFolderLoaderTest {

    @Inject
    SeedFolderLoader loader;

    @Test
    void loadsEveryTextFileOnceAndSkipsTheRest(@TempDir Path dir) throws Exception {
        String marker = UUID.randomUUID().toString();
        Files.writeString(dir.resolve("a.txt"), "Rail Bridge Repaired\n\nEngineers reopened the rail bridge on Friday. "
                + marker, StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("b.txt"), "Credited from: TRTGLOBAL\nA convoy reached the town with aid. " + marker,
                StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("empty.txt"), "Advertisement\n", StandardCharsets.UTF_8);
        Files.write(dir.resolve("latin1.txt"), new byte[] { 'c', 'a', 'f', (byte) 0xE9 });
        Files.writeString(dir.resolve("notes.md"), "not a seed " + marker, StandardCharsets.UTF_8);

        List<SubmissionResult> first = loader.load(dir);
        assertThat(first).hasSize(2).noneMatch(SubmissionResult::duplicate);
        List<SubmissionResult> again = loader.load(dir);
        assertThat(again).extracting(SubmissionResult::id)
                .containsExactlyElementsOf(first.stream().map(SubmissionResult::id).toList());
        assertThat(again).allMatch(SubmissionResult::duplicate);

        given().get("/articles/{id}", first.get(0).id()).then().statusCode(200)
                .body("title", equalTo("Rail Bridge Repaired"))
                .body("source", equalTo("seed"))
                .body("sourceName", equalTo("a.txt"));
        given().get("/articles/{id}", first.get(1).id()).then().statusCode(200)
                .body("outlet", equalTo("TRT Global"));
    }

    @Test
    void theProjectSeedsLoadIdempotently() {
        Path seeds = Path.of("..", "seeds");
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.isDirectory(seeds), "seed folder absent");
        List<SubmissionResult> first = loader.load(seeds);
        assertThat(first).hasSize(5);
        assertThat(loader.load(seeds)).allMatch(SubmissionResult::duplicate)
                .extracting(SubmissionResult::id).containsExactlyElementsOf(first.stream().map(SubmissionResult::id).toList());
    }
}
