package dev.clearance.api.openapi;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clearance.domain.classification.DutyCode;
import dev.clearance.domain.classification.Outcome;
import dev.clearance.domain.party.PartyKind;
import dev.clearance.domain.party.Relationship;
import dev.clearance.domain.party.UsStatus;
import dev.clearance.domain.transaction.DataCategory;
import dev.clearance.domain.transaction.DataExclusion;
import dev.clearance.domain.transaction.ExemptionClaim;
import dev.clearance.domain.transaction.IdentifierType;
import dev.clearance.domain.transaction.InvestmentInstrument;
import dev.clearance.domain.transaction.LicenseKind;
import dev.clearance.domain.transaction.SecurityRequirementsStatus;
import dev.clearance.domain.transaction.TransactionType;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The generated OpenAPI document is valid OpenAPI, types every JSON body with a real schema, and declares the
 * problem+json error responses each operation can give. {@link OpenApiDriftTest} keeps the committed copy equal.
 */
class OpenApiDocumentTest {

    /** Reviewed allowlist, as in {@code ArchitectureTest}: operations open to anonymous callers. */
    private static final Set<String> ANONYMOUS = Set.of("GET /api/v1/ui-config");
    private static final String PROBLEM_JSON = "application/problem+json";

    private static OpenAPI api;
    private static List<String> parserMessages;

    @BeforeAll
    static void parse() throws Exception {
        String yaml;
        try (InputStream in = OpenApiDocumentTest.class.getResourceAsStream("/META-INF/swagger/clearance-0.1.yml")) {
            assertThat(in).as("generated OpenAPI document on the classpath").isNotNull();
            yaml = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        ParseOptions options = new ParseOptions();
        options.setResolve(true);
        SwaggerParseResult result = new OpenAPIV3Parser().readContents(yaml, null, options);
        api = result.getOpenAPI();
        parserMessages = result.getMessages() == null ? List.of() : result.getMessages();
    }

    record Op(String method, String path, Operation operation) {
        @Override
        public String toString() {
            return method + " " + path;
        }
    }

    static Stream<Op> operations() {
        List<Op> ops = new ArrayList<>();
        api.getPaths().forEach((path, item) -> item.readOperationsMap()
                .forEach((method, op) -> ops.add(new Op(method.name(), path, op))));
        return ops.stream();
    }

    @Test
    void is_valid_openapi_according_to_the_swagger_parser() {
        assertThat(api).as("parsed document").isNotNull();
        assertThat(parserMessages).as("parser messages").isEmpty();
        assertThat(api.getPaths()).hasSizeGreaterThan(20);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("operations")
    void every_json_body_has_a_real_schema(Op op) {
        if (op.operation().getRequestBody() != null) {
            assertTyped(op + " request body", op.operation().getRequestBody().getContent());
        }
        op.operation().getResponses().forEach((code, response) ->
                assertTyped(op + " response " + code, resolve(response).getContent()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("operations")
    void every_operation_documents_the_problem_responses_it_can_give(Op op) {
        List<String> expected = new ArrayList<>();
        Operation o = op.operation();
        boolean hasInput = o.getRequestBody() != null || (o.getParameters() != null && !o.getParameters().isEmpty());
        if (hasInput) {
            expected.add("400");
        }
        if (!ANONYMOUS.contains(op.toString())) {
            expected.addAll(List.of("401", "403"));
            assertThat(o.getSecurity()).as(op + " security requirement").isNotEmpty();
        }
        if (op.path().contains("{")) {
            expected.add("404");
        }
        assertThat(o.getResponses().keySet()).as(op + " responses").containsAll(expected);
        for (String code : expected) {
            Content content = resolve(o.getResponses().get(code)).getContent();
            assertThat(content).as(op + " " + code + " content").containsOnlyKeys(PROBLEM_JSON);
            assertThat(content.get(PROBLEM_JSON).getSchema().get$ref()).as(op + " " + code + " schema")
                    .isEqualTo("#/components/schemas/Problem");
        }
    }

    @Test
    void the_problem_schema_carries_the_violations_with_field_and_message() {
        Schema<?> problem = schema("Problem");
        assertThat(problem.getProperties()).containsKeys("type", "title", "status", "detail", "instance", "violations");
        Schema<?> violations = problem.getProperties().get("violations");
        assertThat(violations.getType()).isEqualTo("array");
        Schema<?> violation = resolve(violations.getItems());
        assertThat(violation.getProperties()).containsOnlyKeys("field", "message");
        assertThat(violation.getRequired()).containsExactlyInAnyOrder("field", "message");
    }

    @Test
    void evaluate_takes_facts_format_v1_objects_or_arrays_and_returns_classifications() {
        Operation evaluate = api.getPaths().get("/api/v1/classifications/evaluate").getPost();
        Schema<?> input = resolve(evaluate.getRequestBody().getContent().get("application/json").getSchema());
        Schema<?> output = resolve(evaluate.getResponses().get("200").getContent().get("application/json").getSchema());

        assertThat(oneOfRefs(input)).containsExactly("#/components/schemas/Facts", "array of #/components/schemas/Facts");
        assertThat(oneOfRefs(output)).containsExactly("#/components/schemas/Classification",
                "array of #/components/schemas/Classification");
        Schema<?> facts = schema("Facts");
        assertThat(facts.getRequired()).containsExactlyInAnyOrder("date", "usPerson", "counterparty", "type");
        assertThat(facts.getAdditionalProperties()).as("unknown fields are an error").isEqualTo(false);
        assertThat(facts.getProperties()).containsKeys("id", "date", "usPerson", "counterparty", "type",
                "cloudComputing", "counterpartyAccess", "investment", "data", "priorTransactions", "governmentRelated",
                "exemptions", "onwardTransferClause", "securityRequirements", "license", "evasion",
                "directedForeignTransaction");
        assertThat(schema("Classification").getProperties()).containsKeys("id", "outcome", "citations",
                "counterparty", "governmentRelated", "bulk", "requirements", "duties", "reasons", "warnings",
                "ruleSetVersion");
    }

    static Stream<Arguments> enums() {
        return Stream.of(
                Arguments.of("Facts", "type", TransactionType.class),
                Arguments.of("Facts", "exemptions", ExemptionClaim.class),
                Arguments.of("Facts", "securityRequirements", SecurityRequirementsStatus.class),
                Arguments.of("FactsParty", "kind", PartyKind.class),
                Arguments.of("FactsParty", "relationship", Relationship.class),
                Arguments.of("FactsParty", "usStatus", UsStatus.class),
                Arguments.of("FactsDataset", "category", DataCategory.class),
                Arguments.of("FactsDataset", "identifiers", IdentifierType.class),
                Arguments.of("FactsDataset", "excluded", DataExclusion.class),
                Arguments.of("FactsInvestment", "instrument", InvestmentInstrument.class),
                Arguments.of("FactsLicense", "kind", LicenseKind.class),
                Arguments.of("Classification", "outcome", Outcome.class),
                Arguments.of("ClassificationBulk", "category", DataCategory.class),
                Arguments.of("ClassificationDuty", "code", DutyCode.class));
    }

    @ParameterizedTest(name = "{0}.{1} = {2}")
    @MethodSource("enums")
    void facts_format_enums_equal_the_java_enums(String schema, String property, Class<? extends Enum<?>> type) {
        Schema<?> p = schema(schema).getProperties().get(property);
        Schema<?> values = "array".equals(p.getType()) ? p.getItems() : p;

        assertThat(values.getEnum()).map(String::valueOf)
                .containsExactlyElementsOf(Arrays.stream(type.getEnumConstants()).map(Enum::name).toList());
    }

    @Test
    void no_schema_is_a_free_form_object() {
        api.getComponents().getSchemas().forEach((name, s) -> assertNotFreeForm(name, s));
    }

    private static void assertNotFreeForm(String where, Schema<?> s) {
        if (s == null || s.get$ref() != null) {
            return;
        }
        if ("object".equals(s.getType())) {
            assertThat(s.getProperties() != null || s.getAdditionalProperties() instanceof Schema)
                    .as(where + " is an object without properties").isTrue();
        }
        if (s.getProperties() != null) {
            s.getProperties().forEach((k, v) -> assertNotFreeForm(where + "." + k, v));
        }
        if (s.getItems() != null) {
            assertNotFreeForm(where + "[]", s.getItems());
        }
        if (s.getOneOf() != null) {
            s.getOneOf().forEach(o -> assertNotFreeForm(where + " oneOf", o));
        }
    }

    private static void assertTyped(String where, Content content) {
        if (content == null) {
            return;
        }
        for (Map.Entry<String, MediaType> e : content.entrySet()) {
            if (!e.getKey().contains("json")) {
                continue;
            }
            Schema<?> s = e.getValue().getSchema();
            assertThat(s).as(where + " " + e.getKey() + " schema").isNotNull();
            Schema<?> resolved = resolve(s);
            assertThat(resolved.getType()).as(where + " " + e.getKey() + " must not be a bare string")
                    .isNotEqualTo("string");
            boolean typed = resolved.getProperties() != null || resolved.getOneOf() != null
                    || ("array".equals(resolved.getType()) && resolve(resolved.getItems()).getType() != null
                    && !"string".equals(resolve(resolved.getItems()).getType()));
            assertThat(typed).as(where + " " + e.getKey() + " has a real schema").isTrue();
        }
    }

    private static List<String> oneOfRefs(Schema<?> s) {
        assertThat(s.getOneOf()).isNotNull();
        return s.getOneOf().stream()
                .map(o -> o.get$ref() != null ? o.get$ref() : o.getType() + " of " + o.getItems().get$ref())
                .toList();
    }

    private static Schema<?> schema(String name) {
        Schema<?> s = api.getComponents().getSchemas().get(name);
        assertThat(s).as("schema " + name).isNotNull();
        return s;
    }

    private static Schema<?> resolve(Schema<?> s) {
        if (s != null && s.get$ref() != null) {
            return schema(s.get$ref().substring("#/components/schemas/".length()));
        }
        return s;
    }

    private static ApiResponse resolve(ApiResponse r) {
        if (r.get$ref() != null) {
            return api.getComponents().getResponses().get(r.get$ref().substring("#/components/responses/".length()));
        }
        return r;
    }
}
