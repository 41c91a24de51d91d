package dev.clearance.api.openapi;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.dialect.Dialects;
import dev.clearance.api.classification.ClassifyCommand;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The facts format v1 schemas in the OpenAPI document describe what the codec really reads and writes: the example
 * and every open DSP case validate as {@code FactsInput}, inputs the codec rejects are rejected by the schema too,
 * and what {@code classify} prints validates as {@code ClassificationOutput}.
 */
class FactsFormatSchemaTest {

    private static final String DOCUMENT = "classpath:META-INF/swagger/clearance-0.1.yml#/components/schemas/";
    private static final String US = "{\"name\":\"Us Inc.\",\"kind\":\"ENTITY\",\"organizedIn\":[\"US\"]}";
    private static final String CN = "{\"name\":\"Cn Co.\",\"kind\":\"ENTITY\",\"organizedIn\":[\"CN\"]}";

    private static Schema input;
    private static Schema output;

    @BeforeAll
    static void load() {
        SchemaRegistry registry = SchemaRegistry.withDialect(Dialects.getOpenApi30());
        input = registry.getSchema(SchemaLocation.of(DOCUMENT + "FactsInput"));
        output = registry.getSchema(SchemaLocation.of(DOCUMENT + "ClassificationOutput"));
    }

    private static String facts(String extra) {
        return "{\"date\":\"2025-11-03\",\"usPerson\":" + US + ",\"counterparty\":" + CN
                + ",\"type\":\"VENDOR\",\"data\":[{\"category\":\"PERSONAL_HEALTH\",\"count\":50000}]" + extra + "}";
    }

    static Stream<Arguments> validInputs() throws Exception {
        List<Arguments> out = new ArrayList<>();
        out.add(Arguments.of("docs/examples/three-transactions.json",
                Files.readString(Path.of("..", "docs", "examples", "three-transactions.json"))));
        out.add(Arguments.of("docs/examples/informational-materials.json",
                Files.readString(Path.of("..", "docs", "examples", "informational-materials.json"))));
        try (InputStream in = FactsFormatSchemaTest.class.getResourceAsStream("/dsp-cases/cases.json")) {
            new com.fasterxml.jackson.databind.ObjectMapper().readTree(in)
                    .forEach(c -> out.add(Arguments.of("dsp case " + c.get("name").asText(), c.get("facts").toString())));
        }
        out.add(Arguments.of("a cycle through references", "{\"date\":\"2025-11-03\",\"usPerson\":" + US
                + ",\"counterparty\":{\"id\":\"t\",\"kind\":\"ENTITY\",\"organizedIn\":[\"DE\"],\"owners\":[{\"percent\":"
                + "60,\"owner\":{\"id\":\"h\",\"kind\":\"ENTITY\",\"owners\":[{\"percent\":40,\"owner\":{\"ref\":\"t\"}}]}}]},"
                + "\"type\":\"VENDOR\"}"));
        return out.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("validInputs")
    void inputs_the_codec_accepts_validate_as_facts_input(String name, String json) {
        assertThat(DspLike.classify(json).code()).as("the codec accepts " + name).isZero();
        assertThat(input.validate(json, InputFormat.JSON)).as(name).isEmpty();
    }

    static Stream<Arguments> invalidInputs() {
        return Stream.of(
                Arguments.of("missing date", "{\"usPerson\":" + US + ",\"counterparty\":" + CN + ",\"type\":\"VENDOR\"}"),
                Arguments.of("unknown top-level field", facts(",\"colour\":\"red\"")),
                Arguments.of("unknown type", facts("").replace("\"VENDOR\"", "\"LEASE\"")),
                Arguments.of("negative count", facts("").replace("50000", "-1")),
                Arguments.of("fractional count", facts("").replace("50000", "12.5")),
                Arguments.of("unknown data category", facts("").replace("PERSONAL_HEALTH", "SHOE_SIZE")),
                Arguments.of("unknown party field", facts("").replace("organizedIn\":[\"CN\"]", "organisedIn\":[\"CN\"]")),
                Arguments.of("missing party kind", facts("").replace("\"name\":\"Cn Co.\",\"kind\":\"ENTITY\",",
                        "\"name\":\"Cn Co.\",")),
                Arguments.of("percent above 100", "{\"date\":\"2025-11-03\",\"usPerson\":" + US
                        + ",\"counterparty\":{\"kind\":\"ENTITY\",\"owners\":[{\"percent\":100.5,\"owner\":" + CN
                        + "}]},\"type\":\"VENDOR\"}"),
                Arguments.of("ref with other fields", "{\"date\":\"2025-11-03\",\"usPerson\":" + US
                        + ",\"counterparty\":{\"ref\":\"u\",\"name\":\"x\"},\"type\":\"VENDOR\"}"),
                Arguments.of("bad country code", facts("").replace("[\"CN\"]", "[\"China\"]")),
                Arguments.of("boolean as string", facts(",\"evasion\":\"yes\"")),
                Arguments.of("exemption fact as string", facts(",\"exemptionFacts\":{\"expressive\":\"yes\"}")),
                Arguments.of("unknown exemption fact", facts(",\"exemptionFacts\":{\"published\":true}")),
                Arguments.of("not an object", "42"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("invalidInputs")
    void inputs_the_codec_rejects_are_invalid_facts_input(String name, String json) {
        assertThat(DspLike.classify(json).code()).as("the codec rejects " + name).isEqualTo(2);
        assertThat(input.validate(json, InputFormat.JSON)).as(name).isNotEmpty();
    }

    @Test
    void what_classify_prints_validates_as_classification_output() throws Exception {
        String example = Files.readString(Path.of("..", "docs", "examples", "three-transactions.json"));
        DspLike.Run run = DspLike.classify(example);

        assertThat(run.code()).as(run.err()).isZero();
        List<Error> errors = output.validate(run.out(), InputFormat.JSON);
        assertThat(errors).isEmpty();
        assertThat(output.validate("[{\"outcome\":\"MAYBE\"}]", InputFormat.JSON)).isNotEmpty();
    }

    /** The classify command's own code path, as {@code DspFixtureCasesTest} runs it. */
    static final class DspLike {
        record Run(int code, String out, String err) {
        }

        static Run classify(String json) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ByteArrayOutputStream err = new ByteArrayOutputStream();
            int code = ClassifyCommand.run(List.of("-"), new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)),
                    new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
            return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
        }
    }
}
