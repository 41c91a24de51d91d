package dev.clearance.api.input;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.clearance.api.audit.AuditTrailReading;
import dev.clearance.api.support.HttpApiTestSupport;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/**
 * Generated from the OpenAPI document, not hand-picked: every POST/PUT/PATCH with a JSON object body gets a
 * valid-shaped body built from its schema, and then each field in turn is replaced with hostile or wrongly typed
 * values (control characters, unpaired surrogates, text one over the documented maximum, invalid UTF-8, deep
 * nesting; numbers, booleans, arrays and objects where text is expected; dates out of range...). Each answer must be
 * 400 problem+json naming that field by its JSON path, and the audit trail, which every state change writes in the
 * same transaction, must not grow. Whole-body cases (trailing content, duplicate keys, an over-sized body) run per
 * operation. A new write endpoint is covered without touching this test.
 */
@MicronautTest(transactional = false)
class HostileInputOverOpenApiIT extends HttpApiTestSupport {
    private static final ObjectMapper JSON = new ObjectMapper();
    /** The one JSON write operation not covered here: its body is raw facts text, read by FactsJsonReader. */
    private static final String CLASSIFIER = "POST /api/v1/classifications/evaluate";

    @Inject
    AuditTrailReading audit;

    private final HttpClient client = HttpClient.newHttpClient();
    private Map<String, Object> spec;
    private Map<String, Object> schemas;
    private String partyId;
    private String vendorId;

    @BeforeAll
    @SuppressWarnings("unchecked")
    void fixtures() throws Exception {
        try (InputStream in = getClass().getResourceAsStream("/META-INF/swagger/clearance-0.1.yml")) {
            assertThat(in).as("generated OpenAPI document").isNotNull();
            spec = new Yaml().load(in);
        }
        schemas = (Map<String, Object>) ((Map<String, Object>) spec.get("components")).get("schemas");
        partyId = JSON.readTree(http.post("/api/v1/parties", analyst, "{\"kind\":\"ENTITY\",\"name\":\"Hostile Fixture"
                + " GmbH\",\"facts\":{\"validFrom\":\"2020-01-01\",\"organizedIn\":[\"DE\"]}}").body()).get("id").asText();
        vendorId = JSON.readTree(http.post("/api/v1/vendors", analyst,
                "{\"name\":\"Hostile Fixture Vendor\",\"country\":\"DE\"}").body()).get("id").asText();
    }

    /** One field of a body: its JSON path, its schema and how to put a value (raw JSON text) there. */
    record Field(String path, Map<String, Object> schema) {
    }

    record Operation(String method, String path, Map<String, Object> schema) {
        String name() {
            return method + " " + path;
        }
    }

    @Test
    void everyWriteOperationRefusesHostileValuesInEveryFieldAndStoresNothing() throws Exception {
        List<Operation> operations = writeOperations();
        assertThat(operations).extracting(Operation::name)
                .contains("POST /api/v1/vendors", "POST /api/v1/parties", "PUT /api/v1/parties/{id}/facts",
                        "POST /api/v1/parties/{id}/owners", "POST /api/v1/screenings/batch");
        List<String> failures = new ArrayList<>();
        int requests = 0;
        for (Operation op : operations) {
            int auditBefore = audit.all().size();
            String uri = uri(op.path());
            Map<String, Object> base = objectValue(op.schema());
            List<Field> fields = new ArrayList<>();
            collect(op.schema(), "$", fields);
            assertThat(fields).as(op.name() + " fields").isNotEmpty();
            for (Field field : fields) {
                for (Hostile h : hostileValues(field, failures, op)) {
                    byte[] body = withValue(base, field.path(), h.json());
                    HttpResponse<String> r = send(op.method(), uri, body);
                    requests++;
                    String problem = problem(r, 400, field.path());
                    if (problem != null) {
                        failures.add(op.name() + " " + field.path() + " = " + h.label() + ": " + problem);
                    }
                }
            }
            String json = JSON.writeValueAsString(base);
            Map<String, byte[]> whole = new LinkedHashMap<>();
            whole.put("trailing text", (json + " x").getBytes(StandardCharsets.UTF_8));
            whole.put("a second value", (json + "{}").getBytes(StandardCharsets.UTF_8));
            String first = base.keySet().iterator().next();
            whole.put("duplicate key " + first, ("{\"" + first + "\":" + JSON.writeValueAsString(base.get(first))
                    + "," + json.substring(1)).getBytes(StandardCharsets.UTF_8));
            String[] expectedField = {"$", "$", "$." + first};
            int i = 0;
            for (Map.Entry<String, byte[]> e : whole.entrySet()) {
                HttpResponse<String> r = send(op.method(), uri, e.getValue());
                requests++;
                String problem = problem(r, 400, expectedField[i++]);
                if (problem != null) {
                    failures.add(op.name() + " " + e.getKey() + ": " + problem);
                }
            }
            Map<String, Object> padded = new LinkedHashMap<>(base);
            padded.put("padding", "x".repeat(5 * 1024 * 1024));
            HttpResponse<String> big = send(op.method(), uri, JSON.writeValueAsBytes(padded));
            requests++;
            String problem = problem(big, 413, null);
            if (problem != null) {
                failures.add(op.name() + " 5 MB body: " + problem);
            }
            if (audit.all().size() != auditBefore) {
                failures.add(op.name() + ": the audit trail grew from " + auditBefore + " to " + audit.all().size());
            }
        }
        assertThat(failures).as(requests + " hostile requests").isEmpty();
        assertThat(requests).isGreaterThan(300);
    }

    record Hostile(String label, String json) {
    }

    /** Raw JSON texts to put in place of a field's value. Invalid UTF-8 is marked and patched in as bytes. */
    private List<Hostile> hostileValues(Field field, List<String> failures, Operation op) {
        Map<String, Object> s = field.schema();
        String type = String.valueOf(s.get("type"));
        String format = String.valueOf(s.get("format"));
        List<Hostile> out = new ArrayList<>();
        out.add(new Hostile("an object", "{\"a\":1}"));
        out.add(new Hostile("deep nesting", "[".repeat(5000) + "]".repeat(5000)));
        if (type.equals("string") && format.equals("date")) {
            out.add(new Hostile("a number (days since 1970)", "20250601"));
            out.add(new Hostile("year +999999999", "\"+999999999-12-31\""));
            out.add(new Hostile("before 1900", "\"1899-12-31\""));
            out.add(new Hostile("year 10000", "\"10000-01-01\""));
            out.add(new Hostile("30 February", "\"2025-02-30\""));
            out.add(new Hostile("true", "true"));
            out.add(new Hostile("a one-element array", "[\"2025-06-01\"]"));
        } else if (type.equals("string") && format.equals("uuid")) {
            out.add(new Hostile("not a UUID", "\"not-a-uuid\""));
            out.add(new Hostile("a number", "123"));
            out.add(new Hostile("NUL", "\"\\u0000\""));
        } else if (type.equals("string")) {
            out.add(new Hostile("NUL", "\"Acme\\u0000 Ltd\""));
            out.add(new Hostile("ESC", "\"Acme\\u001b[31m\""));
            out.add(new Hostile("DEL", "\"Acme\\u007f\""));
            out.add(new Hostile("C1 control", "\"Acme\\u0085\""));
            out.add(new Hostile("unpaired high surrogate", "\"Acme \\ud800 Ltd\""));
            out.add(new Hostile("unpaired low surrogate", "\"\\udc00\""));
            out.add(new Hostile("invalid UTF-8", "\"Acme " + INVALID_UTF8 + "\""));
            out.add(new Hostile("a number", "123"));
            out.add(new Hostile("true", "true"));
            out.add(new Hostile("a one-element array", "[\"Acme\"]"));
            Object max = s.get("maxLength");
            if (max == null) {
                failures.add(op.name() + " " + field.path() + ": no documented maxLength");
            } else {
                out.add(new Hostile("maxLength + 1", "\"" + "x".repeat(((Number) max).intValue() + 1) + "\""));
            }
        } else if (type.equals("number") || type.equals("integer")) {
            out.add(new Hostile("true", "true"));
            out.add(new Hostile("a one-element array", "[50]"));
            out.add(new Hostile("a numeric string", "\"50\""));
        } else if (type.equals("boolean")) {
            out.add(new Hostile("\"yes\"", "\"yes\""));
            out.add(new Hostile("1", "1"));
            out.add(new Hostile("a one-element array", "[true]"));
        }
        return out;
    }

    private static final String INVALID_UTF8 = "\u0001INVALID-UTF8\u0001";

    // --- the OpenAPI document

    @SuppressWarnings("unchecked")
    private List<Operation> writeOperations() {
        List<Operation> out = new ArrayList<>();
        TreeSet<String> skipped = new TreeSet<>();
        Map<String, Object> paths = (Map<String, Object>) spec.get("paths");
        for (Map.Entry<String, Object> p : paths.entrySet()) {
            for (Map.Entry<String, Object> m : ((Map<String, Object>) p.getValue()).entrySet()) {
                String method = m.getKey().toUpperCase();
                if (!List.of("POST", "PUT", "PATCH").contains(method)) {
                    continue;
                }
                Map<String, Object> op = (Map<String, Object>) m.getValue();
                Map<String, Object> body = (Map<String, Object>) op.get("requestBody");
                if (body == null) {
                    continue;
                }
                Map<String, Object> content = (Map<String, Object>) body.get("content");
                Map<String, Object> json = (Map<String, Object>) content.get("application/json");
                if (json == null) {
                    continue;
                }
                Map<String, Object> schema = resolve((Map<String, Object>) json.get("schema"));
                if (!"object".equals(schema.get("type"))) {
                    skipped.add(method + " " + p.getKey());
                    continue;
                }
                out.add(new Operation(method, p.getKey(), schema));
            }
        }
        assertThat(skipped).as("JSON write operations without an object body").containsExactly(CLASSIFIER);
        return out;
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> resolve(Map<String, Object> schema) {
        Object ref = schema.get("$ref");
        if (ref != null) {
            return resolve((Map<String, Object>) schemas.get(ref.toString().substring("#/components/schemas/".length())));
        }
        Object allOf = schema.get("allOf");
        if (allOf instanceof List<?> parts && parts.size() == 1) {
            return resolve((Map<String, Object>) parts.get(0));
        }
        return schema;
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> properties(Map<String, Object> schema) {
        Object props = resolve(schema).get("properties");
        return props == null ? Map.of() : (Map<String, Object>) props;
    }

    @SuppressWarnings("unchecked")
    private void collect(Map<String, Object> schema, String path, List<Field> out) {
        Map<String, Object> s = resolve(schema);
        String type = String.valueOf(s.get("type"));
        if (type.equals("object")) {
            for (Map.Entry<String, Object> e : properties(s).entrySet()) {
                collect((Map<String, Object>) e.getValue(), path + "." + e.getKey(), out);
            }
        } else if (type.equals("array")) {
            collect((Map<String, Object>) s.get("items"), path + "[0]", out);
        } else {
            out.add(new Field(path, s));
        }
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> objectValue(Map<String, Object> schema) {
        Map<String, Object> out = new LinkedHashMap<>();
        for (Map.Entry<String, Object> e : properties(schema).entrySet()) {
            out.put(e.getKey(), value((Map<String, Object>) e.getValue(), e.getKey()));
        }
        return out;
    }

    /** A value of the right shape; patterns and two-letter codes get a value that matches them. */
    @SuppressWarnings("unchecked")
    private Object value(Map<String, Object> schema, String name) {
        Map<String, Object> s = resolve(schema);
        String type = String.valueOf(s.get("type"));
        switch (type) {
            case "object":
                return objectValue(s);
            case "array":
                return List.of(value((Map<String, Object>) s.get("items"), name));
            case "integer":
            case "number":
                return 50;
            case "boolean":
                return false;
            default:
                break;
        }
        String format = String.valueOf(s.get("format"));
        if (format.equals("date")) {
            return "2025-06-01";
        }
        if (format.equals("uuid")) {
            return partyId;
        }
        String pattern = s.get("pattern") == null ? "" : s.get("pattern").toString();
        if (pattern.matches("\\^?[A-Z_]+(\\|[A-Z_]+)+\\$?")) {
            return pattern.replace("^", "").split("\\|")[0];
        }
        if (pattern.contains("{18}")) {
            return "5493001KJTIIGC8Y1R12";
        }
        if (pattern.startsWith("[0-9]{4}")) {
            return "1970";
        }
        Object max = s.get("maxLength");
        if (max != null && ((Number) max).intValue() == 2) {
            return "DE";
        }
        return "Hostile " + name;
    }

    // --- bodies and requests

    /** The base body as JSON with the value at {@code path} replaced by the raw JSON text {@code raw}. */
    private static byte[] withValue(Map<String, Object> base, String path, String raw) throws IOException {
        String marker = "@@HOSTILE-" + UUID.randomUUID() + "@@";
        Object copy = JSON.readValue(JSON.writeValueAsBytes(base), Object.class);
        put(copy, path.substring(1), marker);
        String json = JSON.writeValueAsString(copy).replace("\"" + marker + "\"", raw);
        int bad = json.indexOf(INVALID_UTF8);
        byte[] bytes = json.replace(INVALID_UTF8, "").getBytes(StandardCharsets.UTF_8);
        if (bad < 0) {
            return bytes;
        }
        int at = json.substring(0, bad).getBytes(StandardCharsets.UTF_8).length;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(bytes, 0, at);
        out.write(new byte[] {(byte) 0xC3, (byte) 0x28, (byte) 0xFF});
        out.write(bytes, at, bytes.length - at);
        return out.toByteArray();
    }

    @SuppressWarnings("unchecked")
    private static void put(Object node, String path, Object value) {
        // path like .facts.organizedIn[0] or .queries[0].name
        String rest = path;
        Object current = node;
        while (true) {
            String key;
            int index = -1;
            if (rest.startsWith(".")) {
                int end = indexOfAny(rest.substring(1)) + 1;
                key = rest.substring(1, end);
                rest = rest.substring(end);
                if (rest.isEmpty()) {
                    ((Map<String, Object>) current).put(key, value);
                    return;
                }
                current = ((Map<String, Object>) current).get(key);
            } else {
                int close = rest.indexOf(']');
                index = Integer.parseInt(rest.substring(1, close));
                rest = rest.substring(close + 1);
                if (rest.isEmpty()) {
                    ((List<Object>) current).set(index, value);
                    return;
                }
                current = ((List<Object>) current).get(index);
            }
        }
    }

    private static int indexOfAny(String s) {
        int dot = s.indexOf('.');
        int bracket = s.indexOf('[');
        int end = s.length();
        if (dot >= 0) {
            end = Math.min(end, dot);
        }
        if (bracket >= 0) {
            end = Math.min(end, bracket);
        }
        return end;
    }

    private String uri(String template) {
        return template.replace("{vendorId}", vendorId).replace("{id}", template.startsWith("/api/v1/parties/")
                ? partyId : UUID.randomUUID().toString()).replace("{hitId}", UUID.randomUUID().toString());
    }

    private HttpResponse<String> send(String method, String path, byte[] body) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", "application/json")
                .header("Authorization", "Bearer " + analyst)
                .method(method, HttpRequest.BodyPublishers.ofByteArray(body)).build();
        return client.send(request, HttpResponse.BodyHandlers.ofString());
    }

    /** Why {@code r} is not the expected problem, or null when it is. */
    private static String problem(HttpResponse<String> r, int status, String field) {
        if (r.statusCode() != status) {
            return "status " + r.statusCode() + " " + abbreviate(r.body());
        }
        if (!r.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json")) {
            return "content type " + r.headers().firstValue("Content-Type").orElse("none");
        }
        if (field == null) {
            return null;
        }
        try {
            JsonNode violations = JSON.readTree(r.body()).get("violations");
            if (violations == null || !violations.findValuesAsText("field").contains(field)) {
                return "no violation for " + field + " in " + abbreviate(r.body());
            }
        } catch (IOException e) {
            return "unreadable body " + abbreviate(r.body());
        }
        return null;
    }

    private static String abbreviate(String s) {
        return s.length() > 300 ? s.substring(0, 300) + "…" : s;
    }
}
