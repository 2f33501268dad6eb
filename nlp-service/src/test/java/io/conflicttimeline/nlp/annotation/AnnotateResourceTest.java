package io.conflicttimeline.nlp.annotation;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;

@QuarkusTest
class AnnotateResourceTest {

    static final String TEXT = "Russia on Wednesday rejected swapping occupied territory with Kyiv in any peace deal. "
            + "\"This is impossible,\" Kremlin spokesman Dmitry Peskov told reporters.";

    @Test
    void annotatesTextWithOffsetsIntoTheTextAsSent() {
        JsonPath json = given().contentType(ContentType.JSON)
                .body(Map.of("text", TEXT, "publishedAt", "2025-02-12T18:30:00Z", "title", "Russia rejects swapping"))
                .when().post("/annotate")
                .then().statusCode(200).contentType(ContentType.JSON)
                .body("schemaVersion", equalTo(1))
                .body("articleId", notNullValue())
                .body("title", equalTo("Russia rejects swapping"))
                .body("documentDate.value", equalTo("2025-02-12"))
                .body("documentDate.source", equalTo("given"))
                .body("sentences.size()", equalTo(2))
                .body("quotes[0].text", equalTo("This is impossible"))
                .body("quotes[0].speaker", equalTo("Dmitry Peskov"))
                .body("events.subType", hasItem("Rejection"))
                .body("annotator.name", equalTo("nlp-service"))
                .extract().jsonPath();
        String text = json.getString("text");
        assertThat(text).isEqualTo(TEXT);
        List<Map<String, Object>> spans = json.getList("quotes");
        spans.addAll(json.getList("places"));
        spans.addAll(json.getList("entities"));
        for (Map<String, Object> s : spans) {
            assertThat(text.substring((Integer) s.get("start"), (Integer) s.get("end"))).isEqualTo(s.get("text"));
        }
    }

    @Test
    void cleanDropsBoilerplateLinesAndOffsetsReferToTheReturnedText() {
        String raw = "Advertisement\nA missile attack hit Kyiv overnight, killing two people.\n\nAlso read: Other news\n";
        JsonPath json = given().contentType(ContentType.JSON).body(Map.of("text", raw, "clean", true))
                .when().post("/annotate")
                .then().statusCode(200)
                .body("text", equalTo("A missile attack hit Kyiv overnight, killing two people."))
                .body("documentDate.source", equalTo("unknown"))
                .body("events[0].trigger", equalTo("missile attack"))
                .extract().jsonPath();
        assertThat(json.getString("text").substring(json.getInt("events[0].start"), json.getInt("events[0].end"))).isEqualTo("missile attack");
    }

    @Test
    void missingTextIsAProblem() {
        given().contentType(ContentType.JSON).body(Map.of("title", "no text"))
                .when().post("/annotate")
                .then().statusCode(400).contentType("application/problem+json")
                .body("status", equalTo(400)).body("detail", containsString("text is required"));
    }

    @Test
    void blankTextIsAProblem() {
        given().contentType(ContentType.JSON).body(Map.of("text", "  \n "))
                .when().post("/annotate")
                .then().statusCode(400).contentType("application/problem+json").body("detail", containsString("blank"));
    }

    @Test
    void emptyBodyIsAProblem() {
        given().contentType(ContentType.JSON)
                .when().post("/annotate")
                .then().statusCode(400).contentType("application/problem+json").body("detail", containsString("body is required"));
    }

    @Test
    void nonJsonIsAProblem() {
        given().contentType(ContentType.JSON).body("{\"text\": \"unterminated")
                .when().post("/annotate")
                .then().statusCode(400).contentType("application/problem+json").body("detail", containsString("not valid JSON"));
    }

    @Test
    void wrongContentTypeIsAProblem() {
        given().contentType(ContentType.TEXT).body("Kyiv was attacked.")
                .when().post("/annotate")
                .then().statusCode(415).contentType("application/problem+json").body("detail", containsString("application/json"));
    }

    @Test
    void badPublishedAtIsAProblem() {
        given().contentType(ContentType.JSON).body(Map.of("text", "Kyiv was attacked.", "publishedAt", "12/02/2025"))
                .when().post("/annotate")
                .then().statusCode(400).contentType("application/problem+json").body("detail", containsString("publishedAt"));
    }

    @Test
    void textOverOneMebibyteIsTooLarge() {
        String big = "Kyiv was attacked. ".repeat(60_000);
        given().contentType(ContentType.JSON).body(Map.of("text", big))
                .when().post("/annotate")
                .then().statusCode(413).contentType("application/problem+json").body("detail", containsString("1 MiB"));
    }

    @Test
    void documentedHealthyAndMeasured() {
        given().when().get("/q/openapi?format=json").then().statusCode(200).body("paths", org.hamcrest.Matchers.hasKey("/annotate"));
        given().when().get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"))
                .body(not(containsString("\"DOWN\"")));
        given().when().get("/q/metrics").then().statusCode(200)
                .body(containsString("ct_articles_received_total"))
                .body(containsString("ct_articles_annotated_total"))
                .body(containsString("ct_articles_failed_total"))
                .body(containsString("ct_articles_dead_lettered_total"));
    }
}
