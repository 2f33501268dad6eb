package io.conflicttimeline.ingest.article;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;

/** The REST contract, against the real database and broker; reused by ArticleResourceIT on the packaged app. */
@QuarkusTest
class ArticleResourceTest {

    private static final String PROBLEM = "application/problem+json";

    private static String uniqueText() {
        return "Shelling damaged a power station near the front line, officials said. Report "
                + UUID.randomUUID() + ".";
    }

    private static ValidatableResponse post(Object body) {
        return given().contentType(ContentType.JSON).body(body).when().post("/articles").then();
    }

    private static void assertProblem(ValidatableResponse response, int status, String detailPart) {
        response.statusCode(status)
                .contentType(PROBLEM)
                .body("status", equalTo(status))
                .body("title", notNullValue())
                .body("detail", containsString(detailPart));
    }

    @Test
    void acceptsAnArticleAndShowsItWithItsStatus() {
        String text = uniqueText();
        String id = post(Map.of("text", text, "title", "Power station hit", "url", "https://example.org/p",
                "outlet", "Example News", "publishedAt", "2025-02-12T07:00:00Z", "language", "en"))
                .statusCode(202)
                .header("Location", containsString("/articles/"))
                .body("id", matchesPattern("[0-9a-f]{32}"))
                .body("status", equalTo("received"))
                .body("duplicate", equalTo(false))
                .extract().path("id");
        assertThat(id).isEqualTo(ArticleId.of(text));

        given().when().get("/articles/{id}", id).then()
                .statusCode(200)
                .body("id", equalTo(id))
                .body("title", equalTo("Power station hit"))
                .body("url", equalTo("https://example.org/p"))
                .body("outlet", equalTo("Example News"))
                .body("publishedAt", equalTo("2025-02-12T07:00:00Z"))
                .body("language", equalTo("en"))
                .body("status", equalTo("received"))
                .body("failure", nullValue())
                .body("source", equalTo("rest"))
                .body("text", equalTo(text))
                .body("rawText", equalTo(text))
                .body("removed.size()", equalTo(0));
    }

    @Test
    void sameArticleTwiceIsADuplicateWithTheSameId() {
        String text = uniqueText();
        String first = post(Map.of("text", text)).statusCode(202).body("duplicate", equalTo(false)).extract().path("id");
        // Typographic and spacing differences do not make a new article.
        post(Map.of("text", "  " + text.replace("'", "\u2019") + "\n\n")).statusCode(202)
                .body("id", equalTo(first))
                .body("duplicate", equalTo(true));
    }

    @Test
    void concurrentSubmissionsOfOneArticleStoreItOnce() throws Exception {
        String text = uniqueText();
        List<java.util.concurrent.CompletableFuture<JsonPath>> calls = java.util.stream.IntStream.range(0, 6)
                .mapToObj(i -> java.util.concurrent.CompletableFuture.supplyAsync(() -> post(Map.of("text", text))
                        .statusCode(202).extract().jsonPath()))
                .toList();
        List<JsonPath> results = calls.stream().map(java.util.concurrent.CompletableFuture::join).toList();
        assertThat(results).extracting(r -> r.getString("id")).containsOnly(ArticleId.of(text));
        assertThat(results).filteredOn(r -> !r.getBoolean("duplicate")).hasSize(1);
    }

    @Test
    void keepsWhatCleaningRemovedWithOffsetsIntoTheRawText() {
        String body = uniqueText();
        String raw = "Advertisement\n" + body + "\nRead more: Another story entirely\n(With inputs from agencies)";
        String id = post(Map.of("text", raw)).statusCode(202).extract().path("id");
        JsonPath article = given().get("/articles/{id}", id).then().statusCode(200).extract().jsonPath();
        assertThat(article.getString("text")).isEqualTo(body);
        assertThat(article.getString("rawText")).isEqualTo(raw);
        List<Map<String, Object>> removed = article.getList("removed");
        assertThat(removed).extracting(r -> r.get("kind")).containsExactly("advertisement", "teaser", "credit");
        for (Map<String, Object> span : removed) {
            assertThat(raw.substring((Integer) span.get("start"), (Integer) span.get("end"))).isEqualTo(span.get("text"));
        }
    }

    @Test
    void plainTextFileIsParsedLikeASeed() {
        String marker = UUID.randomUUID().toString();
        String file = "Drone Attack Hits Grain Terminal\nCredited from: TRTGLOBAL\n\n"
                + "Russian drones struck a grain terminal overnight, the regional governor said. Ref " + marker + ".\n\n"
                + "Advertisment\n\nFirefighters put out the blaze by morning.";
        String id = given().contentType("text/plain; charset=UTF-8").queryParam("filename", "terminal.txt")
                .body(file.getBytes(StandardCharsets.UTF_8))
                .when().post("/articles/text").then()
                .statusCode(202)
                .body("duplicate", equalTo(false))
                .extract().path("id");
        given().get("/articles/{id}", id).then().statusCode(200)
                .body("title", equalTo("Drone Attack Hits Grain Terminal"))
                .body("outlet", equalTo("TRT Global"))
                .body("publishedAt", nullValue())
                .body("source", equalTo("text"))
                .body("sourceName", equalTo("terminal.txt"))
                .body("text", equalTo("Russian drones struck a grain terminal overnight, the regional governor said. Ref "
                        + marker + ".\nFirefighters put out the blaze by morning."))
                .body("removed.kind", equalTo(List.of("headline", "credit", "advertisement")));
    }

    @Test
    void seedFileThroughTheTextEndpointIsIdempotent() throws Exception {
        Path seeds = Path.of("..", "seeds");
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.isDirectory(seeds), "seed folder absent");
        Path seed;
        try (var files = Files.list(seeds)) {
            seed = files.filter(p -> p.getFileName().toString().startsWith("001_")).findFirst().orElseThrow();
        }
        byte[] bytes = Files.readAllBytes(seed);
        String id = given().contentType("text/plain").body(bytes).post("/articles/text").then().statusCode(202)
                .extract().path("id");
        given().contentType("text/plain").body(bytes).post("/articles/text").then().statusCode(202)
                .body("id", equalTo(id)).body("duplicate", equalTo(true));
        given().get("/articles/{id}", id).then().statusCode(200)
                .body("title", equalTo("A Ballistic Missile Strike on Kyiv has Killed One Person."));
    }

    @Test
    void bulkGivesOneResultPerLineAndBadLinesFailAlone() {
        String a = uniqueText();
        String b = uniqueText();
        String ndjson = "{\"text\": \"" + a + "\"}\n"
                + "\n"
                + "not json at all\n"
                + "{\"text\": \"" + b + "\", \"publishedAt\": \"12/02/2025\"}\n"
                + "{\"title\": \"no text\"}\r\n"
                + "{\"text\": \"" + b + "\", \"outlet\": \"Example\"}\n"
                + "{\"text\": \"" + a + "\"}";
        String out = given().contentType("application/x-ndjson").body(ndjson.getBytes(StandardCharsets.UTF_8))
                .when().post("/articles/bulk").then()
                .statusCode(200)
                .contentType(containsString("application/x-ndjson"))
                .extract().asString();
        List<JsonPath> lines = out.lines().map(JsonPath::new).toList();
        assertThat(lines).extracting(l -> l.getInt("line")).containsExactly(1, 3, 4, 5, 6, 7);
        assertThat(lines.get(0).getString("id")).isEqualTo(ArticleId.of(a));
        assertThat(lines.get(0).getBoolean("duplicate")).isFalse();
        assertThat(lines.get(0).getString("status")).isEqualTo("received");
        assertThat(lines.get(1).getString("error")).contains("not a JSON article");
        assertThat(lines.get(2).getString("error")).contains("publishedAt");
        assertThat(lines.get(3).getString("error")).contains("\"text\" is required");
        assertThat(lines.get(4).getString("id")).isEqualTo(ArticleId.of(b));
        assertThat(lines.get(4).getBoolean("duplicate")).isFalse();
        assertThat(lines.get(5).getString("id")).isEqualTo(ArticleId.of(a));
        assertThat(lines.get(5).getBoolean("duplicate")).isTrue();
    }

    @Test
    void bulkReportsInvalidUtf8OnItsLine() {
        byte[] good = ("{\"text\": \"" + uniqueText() + "\"}\n").getBytes(StandardCharsets.UTF_8);
        byte[] bad = { '{', '"', 't', 'e', 'x', 't', '"', ':', '"', (byte) 0xC3, (byte) 0x28, '"', '}', '\n' };
        byte[] body = new byte[bad.length + good.length];
        System.arraycopy(bad, 0, body, 0, bad.length);
        System.arraycopy(good, 0, body, bad.length, good.length);
        String out = given().contentType("application/x-ndjson").body(body).post("/articles/bulk").then()
                .statusCode(200).extract().asString();
        List<JsonPath> lines = out.lines().map(JsonPath::new).toList();
        assertThat(lines.get(0).getString("error")).contains("UTF-8");
        assertThat(lines.get(1).getString("id")).matches("[0-9a-f]{32}");
    }

    @Test
    void listsArticlesByStatus() {
        String id = post(Map.of("text", uniqueText(), "title", "Listed")).statusCode(202).extract().path("id");
        given().queryParam("status", "received").queryParam("limit", 1000).when().get("/articles").then()
                .statusCode(200)
                .body("id", hasItem(id))
                .body("status", everyItem(equalTo("received")));
        given().queryParam("status", "placed").get("/articles").then().statusCode(200)
                .body("status", everyItem(equalTo("placed")));
    }

    @Test
    void rejectsMissingEmptyAndBlankText() {
        assertProblem(post(Map.of("title", "only a title")), 400, "\"text\" is required");
        assertProblem(post(Map.of("text", "")), 400, "\"text\" is required");
        assertProblem(post(Map.of("text", " \n\t ")), 400, "blank");
        assertProblem(given().contentType(ContentType.JSON).post("/articles").then(), 400, "body is empty");
        assertProblem(post(Map.of("text", "Advertisement")), 400, "Nothing is left");
    }

    @Test
    void rejectsNonJson() {
        assertProblem(post("this is not json"), 400, "not a valid JSON article");
        assertProblem(post("{\"text\": \"unterminated"), 400, "not a valid JSON article");
        assertProblem(post("[1, 2]"), 400, "not a valid JSON article");
        assertProblem(post("{\"text\": {\"nested\": true}}"), 400, "not a valid JSON article");
    }

    @Test
    void rejectsWrongContentType() {
        assertProblem(given().contentType("application/xml").body("<text>x</text>").post("/articles").then(), 415,
                "application/json");
        assertProblem(given().contentType(ContentType.JSON).body("{\"text\":\"x\"}").post("/articles/text").then(), 415,
                "text/plain");
        assertProblem(given().contentType(ContentType.JSON).body("{\"text\":\"x\"}").post("/articles/bulk").then(), 415,
                "ndjson");
    }

    @Test
    void rejectsInvalidDatesUrlsAndLanguages() {
        assertProblem(post(Map.of("text", uniqueText(), "publishedAt", "12 Feb 2025")), 400, "publishedAt");
        assertProblem(post(Map.of("text", uniqueText(), "publishedAt", "2025-02-30")), 400, "2025-02-30");
        assertProblem(post(Map.of("text", uniqueText(), "url", "not a url")), 400, "\"url\"");
        assertProblem(post(Map.of("text", uniqueText(), "language", "english")), 400, "ISO 639-1");
    }

    @Test
    void rejectsTextOverOneMebibyte() {
        String big = "a".repeat(ArticleIntake.MAX_TEXT_BYTES + 1);
        assertProblem(post(Map.of("text", big)), 413, "1 MiB");
        assertProblem(given().contentType("text/plain").body(big).post("/articles/text").then(), 413, "1 MiB");
        assertProblem(post("{\"text\":\"" + "a".repeat(9 * ArticleIntake.MAX_TEXT_BYTES) + "\"}"), 413, "1 MiB");
    }

    @Test
    void rejectsInvalidUtf8() {
        byte[] json = { '{', '"', 't', 'e', 'x', 't', '"', ':', '"', 'a', (byte) 0xFF, 'b', '"', '}' };
        assertProblem(given().contentType("application/json").body(json).post("/articles").then(), 400, "UTF-8");
        byte[] text = { 'A', 'b', 'c', ' ', (byte) 0xC3, (byte) 0x28, ' ', 'd', 'e', 'f', '.' };
        assertProblem(given().contentType("text/plain").body(text).post("/articles/text").then(), 400, "UTF-8");
    }

    @Test
    void aBadRequestChangesNothingAlreadyAccepted() {
        String text = uniqueText();
        String id = post(Map.of("text", text, "title", "Original")).statusCode(202).extract().path("id");
        assertProblem(post(Map.of("text", text, "publishedAt", "never")), 400, "publishedAt");
        given().get("/articles/{id}", id).then().statusCode(200).body("title", equalTo("Original"))
                .body("publishedAt", nullValue());
    }

    @Test
    void unknownArticleAndBadQueryAreProblems() {
        assertProblem(given().get("/articles/{id}", "0123456789abcdef0123456789abcdef").then(), 404, "No article");
        assertProblem(given().get("/articles/{id}", "not-an-id").then(), 404, "No article");
        assertProblem(given().queryParam("status", "lost").get("/articles").then(), 400, "\"status\"");
        assertProblem(given().queryParam("limit", 0).get("/articles").then(), 400, "\"limit\"");
    }

    @Test
    void healthMetricsAndOpenApiAreServed() {
        given().get("/q/health/ready").then().statusCode(200)
                .body("checks.name", hasItem(containsString("Reactive PostgreSQL")))
                .body("checks.name", hasItem(containsString("Reactive Messaging")));
        post(Map.of("text", uniqueText())).statusCode(202);
        given().get("/q/metrics").then().statusCode(200)
                .body(containsString("ct_articles_received_total"))
                .body(containsString("ct_articles_duplicates_total"))
                .body(containsString("ct_articles_published_total"))
                .body(containsString("ct_articles_dead_lettered_total"));
        given().get("/q/openapi?format=json").then().statusCode(200)
                .body("paths.'/articles'.post", notNullValue())
                .body("paths.'/articles/bulk'.post", notNullValue())
                .body("paths.'/articles/text'.post", notNullValue())
                .body("paths.'/articles/{id}'.get", notNullValue());
    }
}
