package io.conflicttimeline.timeline.event;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;

import com.fasterxml.jackson.databind.JsonNode;
import io.conflicttimeline.timeline.problem.Problem;
import io.conflicttimeline.timeline.support.Fixtures;
import io.conflicttimeline.timeline.support.SeedAnnotations;
import io.quarkus.test.junit.QuarkusTest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** GET /timeline.csv, /timeline.geojson, /timeline.jsonl on the seeds. */
@QuarkusTest
class ExportTest {

    private final SeedAnnotations seeds = new SeedAnnotations();

    @BeforeEach
    void placeSeeds() {
        seeds.placeInOrder(List.of("000", "001", "002", "003", "004"));
    }

    private static int timelineSize() {
        return given().queryParam("limit", 500).get("/timeline").then().statusCode(200).extract().jsonPath()
                .getList("events").size();
    }

    /** A strict RFC 4180 reader: CRLF records, quoted fields with doubled quotes. */
    static List<List<String>> parseCsv(String text) {
        List<List<String>> rows = new ArrayList<>();
        List<String> row = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"') {
                assertThat(field).as("a quote opens a field").isEmpty();
                quoted = true;
            } else if (c == ',') {
                row.add(field.toString());
                field.setLength(0);
            } else if (c == '\r') {
                assertThat(text.charAt(i + 1)).as("CR is followed by LF").isEqualTo('\n');
                row.add(field.toString());
                field.setLength(0);
                rows.add(row);
                row = new ArrayList<>();
                i++;
            } else {
                assertThat(c).as("bare LF outside quotes").isNotEqualTo('\n');
                field.append(c);
            }
        }
        assertThat(row).as("the last record ends with CRLF").isEmpty();
        return rows;
    }

    @Test
    void csvHasTheAcledLikeColumnsAndOneRowPerEvent() {
        String body = given().get("/timeline.csv").then().statusCode(200)
                .contentType(containsString("text/csv")).extract().asString();
        List<List<String>> rows = parseCsv(body);
        assertThat(rows.getFirst()).containsExactlyElementsOf(TimelineExport.CSV_COLUMNS)
                .contains("event_id", "event_date", "time_precision", "event_type", "sub_event_type", "actor1",
                        "actor2", "admin1", "admin2", "location", "latitude", "longitude", "geo_precision", "source",
                        "notes", "fatalities", "injured");
        assertThat(rows).hasSize(timelineSize() + 1);
        assertThat(rows).allSatisfy(r -> assertThat(r).hasSize(TimelineExport.CSV_COLUMNS.size()));
        int location = TimelineExport.CSV_COLUMNS.indexOf("location");
        int fatalities = TimelineExport.CSV_COLUMNS.indexOf("fatalities");
        int date = TimelineExport.CSV_COLUMNS.indexOf("event_date");
        int notes = TimelineExport.CSV_COLUMNS.indexOf("notes");
        List<String> sumy = rows.stream().filter(r -> "Sumy Oblast".equals(r.get(location))).findFirst()
                .orElseThrow();
        assertThat(sumy.get(fatalities)).isEqualTo("2");
        assertThat(sumy.get(date)).isEqualTo("2025-02-11");
        // Summaries contain commas ("Kyiv, Kyiv City, Ukraine"): quoted and read back whole.
        assertThat(rows).anySatisfy(r -> assertThat(r.get(notes)).contains("Kyiv, Kyiv City, Ukraine"));
    }

    @Test
    void csvTakesTheTimelineFilters() {
        List<List<String>> rows = parseCsv(given().queryParam("subType", "Rejection").get("/timeline.csv")
                .then().statusCode(200).extract().asString());
        int subType = TimelineExport.CSV_COLUMNS.indexOf("sub_event_type");
        assertThat(rows.subList(1, rows.size())).isNotEmpty()
                .allSatisfy(r -> assertThat(r.get(subType)).isEqualTo("Rejection"));
    }

    @Test
    void geoJsonIsAFeatureCollectionWithLonLatPoints() throws Exception {
        String body = given().get("/timeline.geojson").then().statusCode(200)
                .contentType(containsString("application/geo+json")).extract().asString();
        JsonNode collection = Fixtures.MAPPER.readTree(body);
        assertThat(collection.get("type").asText()).isEqualTo("FeatureCollection");
        assertThat(collection.get("features")).hasSize(timelineSize());
        boolean kyivSeen = false;
        for (JsonNode feature : collection.get("features")) {
            assertThat(feature.get("type").asText()).isEqualTo("Feature");
            assertThat(feature.has("properties")).isTrue();
            JsonNode geometry = feature.get("geometry");
            assertThat(geometry).isNotNull();
            if (!geometry.isNull()) {
                assertThat(geometry.get("type").asText()).isEqualTo("Point");
                double lon = geometry.get("coordinates").get(0).asDouble();
                double lat = geometry.get("coordinates").get(1).asDouble();
                assertThat(lon).isBetween(-180.0, 180.0);
                assertThat(lat).isBetween(-90.0, 90.0);
                if ("Kyiv".equals(feature.get("properties").get("place").asText())) {
                    kyivSeen = true;
                    assertThat(lon).as("Kyiv's longitude comes first").isBetween(30.0, 31.0);
                    assertThat(lat).isBetween(50.0, 51.0);
                }
            }
        }
        assertThat(kyivSeen).isTrue();
    }

    @Test
    void jsonLinesHasOneEventPerLine() throws Exception {
        String body = given().get("/timeline.jsonl").then().statusCode(200)
                .contentType(containsString("application/x-ndjson")).extract().asString();
        List<String> lines = body.lines().toList();
        assertThat(lines).hasSize(timelineSize());
        for (String line : lines) {
            @SuppressWarnings("unchecked")
            Map<String, Object> event = Fixtures.MAPPER.readValue(line, Map.class);
            assertThat(event.get("id")).isNotNull();
            assertThat(event).containsKeys("date", "sources", "figures", "summary");
        }
    }

    @Test
    @SuppressWarnings("unchecked")
    void theKyivStrikeCarriesTheDistrictsItsReportsNameInEveryRepresentation() throws Exception {
        // 000 and 001 name four districts of Kyiv that the strike hit; the event stays located in Kyiv.
        List<String> expected = List.of("Kyiv", "Holosiivskyi", "Podilskyi", "Sviatoshynskyi", "Obolonskyi");
        List<Map<String, Object>> events = given().queryParam("limit", 500).get("/timeline").then().statusCode(200)
                .extract().jsonPath().getList("events");
        Map<String, Object> strike = events.stream()
                .filter(e -> "Explosions/Remote violence".equals(e.get("type")))
                .filter(e -> ((List<Map<String, Object>>) e.get("sources")).stream()
                        .anyMatch(s -> seeds.articleId("000").equals(s.get("articleId"))))
                .filter(e -> "Kyiv".equals(((Map<String, Object>) e.get("location")).get("name")))
                .findFirst().orElseThrow();
        List<String> places = ((List<Map<String, Object>>) strike.get("places")).stream()
                .map(p -> String.valueOf(p.get("name"))).toList();
        assertThat(places).containsExactlyElementsOf(expected);
        String id = String.valueOf(strike.get("id"));
        List<String> one = given().get("/events/" + id).then().statusCode(200).extract().jsonPath()
                .getList("places.name");
        assertThat(one).containsExactlyElementsOf(expected);

        List<List<String>> rows = parseCsv(given().get("/timeline.csv").then().statusCode(200).extract().asString());
        List<String> row = rows.stream().filter(r -> id.equals(r.get(0))).findFirst().orElseThrow();
        assertThat(row.get(TimelineExport.CSV_COLUMNS.indexOf("location"))).isEqualTo("Kyiv");
        assertThat(row.get(TimelineExport.CSV_COLUMNS.indexOf("admin2")))
                .isEqualTo("Holosiivskyi; Podilskyi; Sviatoshynskyi; Obolonskyi");

        JsonNode collection = Fixtures.MAPPER.readTree(given().get("/timeline.geojson").then().statusCode(200)
                .extract().asString());
        JsonNode feature = null;
        for (JsonNode f : collection.get("features")) {
            if (id.equals(f.get("id").asText())) {
                feature = f;
            }
        }
        assertThat(feature).isNotNull();
        List<String> featurePlaces = new ArrayList<>();
        feature.get("properties").get("places").forEach(p -> featurePlaces.add(p.asText()));
        assertThat(featurePlaces).containsExactlyElementsOf(expected);
        assertThat(feature.get("properties").get("admin2").asText())
                .isEqualTo("Holosiivskyi; Podilskyi; Sviatoshynskyi; Obolonskyi");
    }

    @ParameterizedTest
    @ValueSource(strings = {"/timeline.csv", "/timeline.geojson", "/timeline.jsonl"})
    void badFiltersAreProblems(String path) {
        given().queryParam("from", "yesterday").get(path).then().statusCode(400).contentType(Problem.MEDIA_TYPE)
                .body("detail", containsString("from"));
        given().queryParam("bbox", "1,2").get(path).then().statusCode(400).contentType(Problem.MEDIA_TYPE)
                .body("detail", containsString("bbox"));
    }
}
