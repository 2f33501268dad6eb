package io.conflicttimeline.timeline.e2e;

import com.rabbitmq.client.Channel;
import com.rabbitmq.client.Connection;
import com.rabbitmq.client.ConnectionFactory;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The whole pipeline on the five seeds: the three packaged services, the real broker and database, from raw seed
 * files to the timeline. Runs in its own virtual host and database so that it never meets a running system.
 */
class SeedsPipelineIT {

    private static final String VHOST = "ct-test-e2e";
    private static final String DATABASE = "conflict_timeline_e2e";
    private static final List<String> QUEUES = List.of("nlp.articles", "timeline.annotations", "ingest.status",
            "ingest.submissions");
    private static final Path ROOT = Path.of(System.getProperty("user.dir")).getParent();

    private static final List<PackagedService> services = new ArrayList<>();
    private static PackagedService ingest;
    private static PackagedService timeline;
    private static final Map<String, String> seedIds = new java.util.TreeMap<>();

    @BeforeAll
    static void startPipeline() throws Exception {
        for (String module : List.of("ingest-service", "nlp-service", "timeline-service")) {
            assumeTrue(Files.exists(PackagedService.jarOf(ROOT, module)),
                    "end-to-end test skipped: " + module + " is not packaged (run ./mvnw verify from the root)");
        }
        resetState();
        Map<String, String> env = Map.of("RABBITMQ_VHOST", VHOST, "POSTGRES_DB", DATABASE);
        PackagedService nlp = PackagedService.start(ROOT, "nlp-service", 28082, env);
        services.add(nlp);
        timeline = PackagedService.start(ROOT, "timeline-service", 28080, env);
        services.add(timeline);
        ingest = PackagedService.start(ROOT, "ingest-service", 28081, env);
        services.add(ingest);
        for (PackagedService service : services) {
            service.awaitReady(Duration.ofSeconds(120));
        }
        try (Stream<Path> seeds = Files.list(ROOT.resolve("seeds"))) {
            for (Path seed : seeds.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
                String id = given().baseUri(ingest.baseUrl())
                        .contentType("text/plain; charset=utf-8")
                        .queryParam("filename", seed.getFileName().toString())
                        .body(Files.readString(seed, StandardCharsets.UTF_8))
                        .post("/articles/text")
                        .then().statusCode(202)
                        .extract().path("id");
                seedIds.put(seed.getFileName().toString().substring(0, 3), id);
            }
        }
        for (String id : seedIds.values()) {
            await("article " + id + " placed").atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofMillis(500))
                    .until(() -> given().baseUri(ingest.baseUrl()).get("/articles/" + id).then().extract()
                            .<String> path("status"), status -> {
                                assertThat(status).as("status of " + id).isNotEqualTo("failed");
                                return "placed".equals(status);
                            });
        }
    }

    /** A fresh database and fresh queues, so the assertions see exactly the seeds of this run. */
    private static void resetState() throws Exception {
        try (java.sql.Connection db = DriverManager.getConnection(
                "jdbc:postgresql://127.0.0.1:5432/" + DATABASE, "postgres", "postgres");
                Statement sql = db.createStatement()) {
            sql.execute("DROP SCHEMA IF EXISTS ingest CASCADE");
            sql.execute("DROP SCHEMA IF EXISTS timeline CASCADE");
        }
        ConnectionFactory factory = new ConnectionFactory();
        factory.setHost("127.0.0.1");
        factory.setVirtualHost(VHOST);
        try (Connection connection = factory.newConnection(); Channel channel = connection.createChannel()) {
            for (String queue : QUEUES) {
                channel.queueDelete(queue);
                channel.queueDelete(queue + ".dlq");
            }
        }
    }

    @AfterAll
    static void stopPipeline() throws InterruptedException {
        for (PackagedService service : services) {
            service.close();
        }
    }

    private static JsonPath timelineJson() {
        return given().baseUri(timeline.baseUrl()).queryParam("limit", 500).get("/timeline")
                .then().statusCode(200).extract().jsonPath();
    }

    @Test
    void overnightStrikeOnKyivIsOneEventWithItsSources() {
        List<Map<String, Object>> kyivStrikes = kyivAttacks().stream()
                .filter(e -> String.valueOf(e.get("date")).startsWith("2025-02-12"))
                .toList();
        assertThat(kyivStrikes).as("events on Kyiv dated 2025-02-12").hasSize(1);
        List<String> sources = sourceIds(kyivStrikes.get(0));
        // 000 and its rewrite 001 say only "Wednesday"/"overnight", 002 "Wednesday (Feb 12)", 003 "February 12".
        assertThat(sources).as("sources of the 2025-02-12 strike on Kyiv")
                .containsExactlyInAnyOrder(seedIds.get("000"), seedIds.get("001"), seedIds.get("002"),
                        seedIds.get("003"));
    }

    @Test
    @SuppressWarnings("unchecked")
    void kyivStrikeCarriesReconciledFiguresAndTheRewriteIsFlagged() {
        Map<String, Object> strike = kyivAttacks().stream()
                .filter(e -> String.valueOf(e.get("date")).startsWith("2025-02-12")).findFirst().orElseThrow();
        Map<String, Object> figures = (Map<String, Object>) strike.get("figures");
        assertThat((Map<String, Object>) figures.get("killed")).containsEntry("best", 1);
        assertThat((Map<String, Object>) figures.get("injured")).containsEntry("low", 3).containsEntry("high", 4);
        assertThat((Map<String, Object>) figures.get("missiles")).containsEntry("launched", 7)
                .containsEntry("intercepted", 6);
        assertThat((Map<String, Object>) figures.get("drones")).containsEntry("intercepted", 71);
        // Located in Kyiv itself, with the four districts 000 and 001 name.
        assertThat((Map<String, Object>) strike.get("location")).containsEntry("name", "Kyiv");
        assertThat(((List<Map<String, Object>>) strike.get("places")).stream().map(p -> p.get("name")))
                .containsExactly("Kyiv", "Holosiivskyi", "Podilskyi", "Sviatoshynskyi", "Obolonskyi");
        Map<String, Object> rewrite = ((List<Map<String, Object>>) strike.get("sources")).stream()
                .filter(source -> seedIds.get("001").equals(source.get("articleId"))).findFirst().orElseThrow();
        assertThat(rewrite).containsEntry("rewriteOf", seedIds.get("000"));
    }

    @Test
    @SuppressWarnings("unchecked")
    void sumyStrikesOfTheEleventhAreTheirOwnEvent() {
        List<Map<String, Object>> events = timelineJson().getList("events");
        Map<String, Object> sumy = events.stream()
                .filter(e -> e.get("location") instanceof Map<?, ?> location
                        && String.valueOf(location.get("name")).startsWith("Sumy"))
                .filter(e -> "Explosions/Remote violence".equals(e.get("type")))
                .findFirst().orElseThrow();
        assertThat(sumy.get("date")).isEqualTo("2025-02-11");
        Map<String, Object> figures = (Map<String, Object>) sumy.get("figures");
        assertThat((Map<String, Object>) figures.get("killed")).containsEntry("best", 2);
        assertThat((Map<String, Object>) figures.get("injured")).containsEntry("best", 2);
    }

    @Test
    @SuppressWarnings("unchecked")
    void theGuardianInterviewIsDatedByItsPublicationNotByTheStrike() {
        // 003: Zelensky spoke "in an interview with The Guardian" and "added in the interview published on February
        // 11"; the article's main event, the strike on Kyiv, is of the 12th.
        List<Map<String, Object>> events = timelineJson().getList("events");
        Map<String, Object> interview = events.stream()
                .filter(e -> "Statements".equals(e.get("type")) && sourceIds(e).contains(seedIds.get("003")))
                .filter(e -> ((List<Map<String, Object>>) e.get("quotes")).stream()
                        .anyMatch(q -> String.valueOf(q.get("text")).startsWith("We will exchange one territory")))
                .findFirst().orElseThrow();
        assertThat(((List<Map<String, Object>>) interview.get("actors")).stream().map(a -> a.get("name")))
                .anySatisfy(name -> assertThat(String.valueOf(name)).startsWith("Volodymyr Zelensk"));
        assertThat(interview.get("date")).isEqualTo("2025-02-11");
    }

    @Test
    void seed004BorrowsNoDate() {
        // Seed 004 has no date in its text: its events stay undated rather than taking February's.
        List<Map<String, Object>> events = timelineJson().getList("events");
        assertThat(events.stream().filter(e -> sourceIds(e).equals(List.of(seedIds.get("004")))))
                .isNotEmpty()
                .allSatisfy(e -> assertThat(String.valueOf(e.get("date"))).satisfiesAnyOf(
                        date -> assertThat(date).isEqualTo("null"), date -> assertThat(date).startsWith("XXXX")));
    }

    @Test
    void mayAttackOnKyivIsADifferentEvent() {
        Map<String, Object> february = kyivAttacks().stream()
                .filter(e -> sourceIds(e).contains(seedIds.get("002"))).findFirst().orElseThrow();
        Map<String, Object> may = kyivAttacks().stream()
                .filter(e -> sourceIds(e).contains(seedIds.get("004"))).findFirst().orElseThrow();
        assertThat(may.get("id")).isNotEqualTo(february.get("id"));
        assertThat(sourceIds(february)).doesNotContain(seedIds.get("004"));
    }

    @Test
    void theMeetingWithVanceIsOnTheComingFriday() {
        // 000 and 001: "On Friday he will meet with Vice President JD Vance", in undated reports whose inferred date is
        // Wednesday 12 February: the coming Friday, not the one before. (The annotation names only Zelenskyy as its
        // actor, so the event is found by its type and sources.)
        List<Map<String, Object>> events = timelineJson().getList("events");
        List<Object> dates = events.stream()
                .filter(e -> "Statements".equals(e.get("type")) && "Meeting".equals(e.get("subType")))
                .filter(e -> sourceIds(e).contains(seedIds.get("000")) || sourceIds(e).contains(seedIds.get("001")))
                .map(e -> e.get("date")).toList();
        assertThat(dates).as("dates of the meetings reported by 000 and 001").containsExactly("2025-02-14");
    }

    @Test
    void nothingFromTheTeasersAppears() {
        String everything = given().baseUri(timeline.baseUrl()).queryParam("limit", 500).get("/timeline")
                .then().statusCode(200).extract().asString();
        assertThat(everything).doesNotContainIgnoringCase("Modi")
                .doesNotContainIgnoringCase("Marseille")
                .doesNotContainIgnoringCase("Google")
                .doesNotContainIgnoringCase("Adani")
                .doesNotContainIgnoringCase("Savarkar")
                .doesNotContainIgnoringCase("birthright");
        for (String id : seedIds.values()) {
            String annotation = given().baseUri(timeline.baseUrl()).get("/articles/" + id + "/annotation")
                    .then().statusCode(200).extract().asString();
            assertThat(annotation).doesNotContain("Modi").doesNotContain("Marseille").doesNotContain("Adani");
        }
    }

    private static List<Map<String, Object>> kyivAttacks() {
        List<Map<String, Object>> events = timelineJson().getList("events");
        return events.stream()
                .filter(e -> "Explosions/Remote violence".equals(e.get("type")))
                .filter(e -> e.get("location") instanceof Map<?, ?> location && isInKyiv(location))
                .toList();
    }

    /** Kyiv itself or one of its districts. */
    private static boolean isInKyiv(Map<?, ?> location) {
        return "Kyiv".equals(location.get("name")) || "Kyiv City".equals(location.get("admin1"));
    }

    @SuppressWarnings("unchecked")
    private static List<String> sourceIds(Map<String, Object> event) {
        return ((List<Map<String, Object>>) event.get("sources")).stream()
                .map(s -> String.valueOf(s.get("articleId"))).toList();
    }
}
