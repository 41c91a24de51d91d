package dev.clearance.api.input;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.clearance.api.audit.AuditTrailReading;
import dev.clearance.api.support.HttpApiTestSupport;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The lax coercions, leaking messages and gaps the tester found (issue 10, defects 2, 3, 4, 10 and 13), each as the
 * request that used to be stored or answered 500/200, now 400 problem+json naming the field in the API's words.
 */
@MicronautTest(transactional = false)
class StrictInputApiIT extends HttpApiTestSupport {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Inject
    AuditTrailReading audit;

    private String party;
    private String owner;

    @BeforeAll
    void parties() throws Exception {
        party = register("Strict Target GmbH", "DE");
        owner = register("Strict Owner B.V.", "NL");
    }

    private String register(String name, String country) throws Exception {
        HttpResponse<String> r = http.post("/api/v1/parties", analyst, "{\"kind\":\"ENTITY\",\"name\":\"" + name
                + "\",\"facts\":{\"validFrom\":\"2020-01-01\",\"organizedIn\":[\"" + country + "\"]}}");
        assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
        return JSON.readTree(r.body()).get("id").asText();
    }

    static Stream<Arguments> laxBodies() {
        String facts = "{\"validFrom\":\"2020-01-01\",\"organizedIn\":[\"DE\"]}";
        return Stream.of(
                Arguments.of("/api/v1/vendors", "{\"name\":\"Acme\\u0000 Ltd\",\"country\":\"DE\"}", "$.name",
                        "must not contain control characters (U+0000 at position 4)"),
                Arguments.of("/api/v1/vendors", "{\"name\":123,\"country\":\"DE\"}", "$.name", "must be a string"),
                Arguments.of("/api/v1/vendors", "{\"name\":true,\"country\":\"DE\"}", "$.name", "must be a string"),
                Arguments.of("/api/v1/vendors", "{\"name\":[\"Acme\"],\"country\":\"DE\"}", "$.name",
                        "must be a string"),
                Arguments.of("/api/v1/vendors", "{\"name\":\"Acme\",\"country\":\"DE\"} trailing", "$",
                        "must hold one JSON value only; there is content after it"),
                Arguments.of("/api/v1/vendors", "{\"name\":\"Acme\",\"name\":\"Other\",\"country\":\"DE\"}", "$.name",
                        "appears more than once in the object"),
                Arguments.of("/api/v1/parties", "{\"kind\":\"ENTITY\",\"name\":\"Yes GmbH\",\"facts\":{\"validFrom\":"
                        + "\"2020-01-01\",\"organizedIn\":[\"DE\"],\"designatedCoveredPerson\":\"yes\"}}",
                        "$.facts.designatedCoveredPerson", "must be true or false"),
                Arguments.of("/api/v1/parties", "{\"kind\":\"ENTITY\",\"name\":\"Epoch GmbH\",\"facts\":"
                        + "{\"validFrom\":20250601,\"organizedIn\":[\"DE\"]}}", "$.facts.validFrom", InputDates.RULE),
                Arguments.of("/api/v1/parties", "{\"kind\":\"ENTITY\",\"name\":\"Far GmbH\",\"facts\":"
                        + "{\"validFrom\":\"+999999999-12-31\",\"organizedIn\":[\"DE\"]}}", "$.facts.validFrom",
                        InputDates.RULE),
                Arguments.of("/api/v1/parties", "{\"kind\":\"ENTITY\",\"name\":\"" + "x".repeat(301)
                        + "\",\"facts\":" + facts + "}", "$.name", "size must be between 0 and 300"),
                Arguments.of("/api/v1/vendors", "{\"name\":\"" + "x".repeat(10_001) + "\",\"country\":\"DE\"}",
                        "$.name", "must be at most 10000 characters (got 10001)"));
    }

    @ParameterizedTest(name = "{0} {2}")
    @MethodSource("laxBodies")
    void shouldRefuseWhatSerdeWouldCoerceAndStoreNothing(String path, String body, String field, String message)
            throws Exception {
        int before = audit.all().size();
        HttpResponse<String> r = http.post(path, analyst, body);
        assertProblem(r, 400, field, message);
        assertThat(audit.all().size()).isEqualTo(before);
    }

    /** A body without Content-Type is still bound as JSON by the route, so it must meet the same strict check. */
    @ParameterizedTest(name = "no Content-Type: {0} {2}")
    @MethodSource("laxBodies")
    void shouldRefuseTheSameBodiesSentWithoutAContentType(String path, String body, String field, String message)
            throws Exception {
        int before = audit.all().size();
        HttpResponse<String> r = http.postWithoutContentType(path, analyst, body);
        assertProblem(r, 400, field, message);
        assertThat(audit.all().size()).isEqualTo(before);
    }

    @Test
    void shouldRefuseANulInANameSentWithoutAContentType() throws Exception {
        int before = audit.all().size();
        HttpResponse<String> r = http.postWithoutContentType("/api/v1/vendors", analyst,
                "{\"name\":\"A\\u0000B\",\"country\":\"DE\"}");
        assertThat(r.statusCode()).as(r.body()).isEqualTo(400);
        assertThat(r.body()).contains("$.name");
        assertThat(audit.all().size()).isEqualTo(before);
    }

    @Test
    void shouldRefuseAPercentThatIsNotANumber() throws Exception {
        String path = "/api/v1/parties/" + party + "/owners";
        for (String percent : List.of("[50]", "true", "\"50\"")) {
            int before = audit.all().size();
            HttpResponse<String> r = http.post(path, analyst, "{\"ownerPartyId\":\"" + owner + "\",\"percent\":"
                    + percent + ",\"validFrom\":\"2020-01-01\",\"source\":\"register\"}");
            assertProblem(r, 400, "$.percent", "must be a number");
            assertThat(audit.all().size()).isEqualTo(before);
        }
        assertThat(JSON.readTree(http.get(path, analyst).body())).isEmpty();
        HttpResponse<String> ok = http.post(path, analyst, "{\"ownerPartyId\":\"" + owner + "\",\"percent\":50,"
                + "\"validFrom\":\"2020-01-01\",\"source\":\"register\"}");
        assertThat(ok.statusCode()).as(ok.body()).isEqualTo(201);
    }

    @Test
    void shouldNameAnInvalidUuidPathParameterInPlainWords() throws Exception {
        HttpResponse<String> r = http.get("/api/v1/parties/not-a-uuid", analyst);
        assertProblem(r, 400, "id", "must be a UUID");
        assertThat(r.body()).doesNotContain("$./", "Failed to convert", "argument");

        HttpResponse<String> post = http.post("/api/v1/parties/not-a-uuid/owners", analyst, "{}");
        assertProblem(post, 400, "id", "must be a UUID");
    }

    @Test
    void shouldNameQueryParametersInPlainWords() throws Exception {
        assertProblem(http.get("/api/v1/vendors?limit=abc", analyst), 400, "limit", "must be a whole number");
        HttpResponse<String> zero = http.get("/api/v1/vendors?limit=0", analyst);
        assertThat(zero.statusCode()).isEqualTo(400);
        assertThat(JSON.readTree(zero.body()).get("violations").get(0).get("field").asText()).isEqualTo("limit");
    }

    @Test
    void shouldRefuseAnAsOfOutsideTheSupportedRange() throws Exception {
        for (String asOf : List.of("+999999999-12-31", "-999999999-01-01", "1899-12-31", "10000-01-01", "2025-02-30")) {
            assertProblem(http.get("/api/v1/parties/" + party + "/covered-person?asOf=" + asOf, analyst), 400,
                    "asOf", InputDates.RULE);
            assertProblem(http.get("/api/v1/parties/" + party + "/ownership-tree?asOf=" + asOf, analyst), 400,
                    "asOf", InputDates.RULE);
        }
        assertThat(http.get("/api/v1/parties/" + party + "/covered-person?asOf=9999-12-31", analyst).statusCode())
                .isEqualTo(200);
        assertThat(http.get("/api/v1/parties/" + party + "/covered-person?asOf=1900-01-01", analyst).statusCode())
                .isEqualTo(200);
    }

    @Test
    void shouldRefuseCountryZzInScreeningsAsVendorsDo() throws Exception {
        int before = audit.all().size();
        assertProblem(http.post("/api/v1/vendors", analyst, "{\"name\":\"Nowhere Ltd\",\"country\":\"ZZ\"}"), 400,
                "$.country", null);
        assertProblem(http.post("/api/v1/screenings", analyst, "{\"name\":\"Nowhere Ltd\",\"country\":\"ZZ\"}"),
                400, "$.country", "must be an ISO 3166-1 alpha-2 country code such as DE");
        assertProblem(http.post("/api/v1/screenings/batch", analyst,
                "{\"queries\":[{\"name\":\"A\",\"country\":\"DE\"},{\"name\":\"B\",\"country\":\"ZZ\"}]}"), 400,
                "$.queries[1].country", "must be an ISO 3166-1 alpha-2 country code such as DE");
        assertThat(audit.all().size()).isEqualTo(before);
        HttpResponse<String> kosovo = http.post("/api/v1/screenings", analyst, "{\"name\":\"Pristina Ltd\","
                + "\"country\":\"XK\"}");
        assertThat(kosovo.statusCode()).as(kosovo.body()).isEqualTo(201);
    }

    @Test
    void shouldRefuseAnOpenFilterThatIsNeitherTrueNorFalse() throws Exception {
        assertProblem(http.get("/api/v1/screening-alerts?open=maybe", analyst), 400, "open", "must be true or false");
        assertThat(http.get("/api/v1/screening-alerts?open=true", analyst).statusCode()).isEqualTo(200);
        assertThat(http.get("/api/v1/screening-alerts?open=false", analyst).statusCode()).isEqualTo(200);
        assertThat(http.get("/api/v1/screening-alerts", analyst).statusCode()).isEqualTo(200);
    }

    @Test
    void shouldRefuseABadCounterpartyNameInTheClassifierWithItsPath() throws Exception {
        String facts = "{\"date\":\"2025-11-03\",\"usPerson\":{\"name\":\"Us Inc.\",\"kind\":\"ENTITY\","
                + "\"organizedIn\":[\"US\"]},\"counterparty\":{\"name\":NAME,\"kind\":\"ENTITY\",\"organizedIn\":"
                + "[\"CN\"]},\"type\":\"VENDOR\"}";
        String path = "/api/v1/classifications/evaluate";
        assertProblem(http.post(path, analyst, facts.replace("NAME", "\"\"")), 400, "$.counterparty.name",
                "must not be blank");
        assertProblem(http.post(path, analyst, facts.replace("NAME", "\"Cn\\u0000Co\"")), 400,
                "$.counterparty.name", "must not contain control characters (U+0000 at position 2)");
        assertProblem(http.post(path, analyst, facts.replace("NAME", "\"" + "x".repeat(5 * 1024 * 1024) + "\"")),
                400, "$.counterparty.name", "must be at most 300 characters (got 5242880)");
        assertThat(http.post(path, analyst, facts.replace("NAME", "\"Cn Co.\"")).statusCode()).isEqualTo(200);
    }

    private static void assertProblem(HttpResponse<String> r, int status, String field, String message)
            throws Exception {
        assertThat(r.statusCode()).as(r.body()).isEqualTo(status);
        assertThat(r.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        JsonNode violations = JSON.readTree(r.body()).get("violations");
        assertThat(violations).as(r.body()).isNotNull();
        JsonNode match = null;
        for (JsonNode v : violations) {
            if (v.get("field").asText().equals(field)) {
                match = v;
            }
        }
        assertThat(match).as("violation for " + field + " in " + r.body()).isNotNull();
        if (message != null) {
            assertThat(match.get("message").asText()).isEqualTo(message);
        }
    }
}
