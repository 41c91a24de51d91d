package dev.clearance.api.classification;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The open DSP cases ({@code dsp-cases/cases.json}) through the code path of the {@code classify} command. */
class DspFixtureCasesTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    static JsonNode cases() throws Exception {
        try (InputStream in = DspFixtureCasesTest.class.getResourceAsStream("/dsp-cases/cases.json")) {
            return JSON.readTree(in);
        }
    }

    static Stream<Arguments> fixtureCases() throws Exception {
        List<Arguments> out = new ArrayList<>();
        cases().forEach(c -> out.add(Arguments.of(c.get("name").asText(), c)));
        return out.stream();
    }

    static Run classify(String input) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = ClassifyCommand.run(List.of("-"), new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    record Run(int code, String out, String err) {
        JsonNode json() throws Exception {
            return JSON.readTree(out);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fixtureCases")
    void classifies_the_open_case_as_expected(String name, JsonNode c) throws Exception {
        Run run = classify(c.get("facts").toString());
        assertThat(run.code()).as(run.err()).isZero();
        JsonNode result = run.json();
        assertThat(result.isArray()).isTrue();
        assertThat(result).hasSize(1);
        JsonNode r = result.get(0);
        JsonNode expect = c.get("expect");

        assertThat(r.get("id").asText()).isEqualTo(c.get("facts").get("id").asText());
        assertThat(r.get("outcome").asText()).as("outcome; reasons %s", r.get("reasons"))
                .isEqualTo(expect.get("outcome").asText());
        List<String> allowed = new ArrayList<>();
        if (expect.get("citation").isArray()) {
            expect.get("citation").forEach(x -> allowed.add(x.asText()));
        } else {
            allowed.add(expect.get("citation").asText());
        }
        String first = r.get("citations").get(0).asText();
        assertThat(allowed).as("first citation %s", first).anyMatch(first::startsWith);
        if (expect.has("coveredPerson")) {
            assertThat(r.get("counterparty").get("coveredPerson").asBoolean())
                    .isEqualTo(expect.get("coveredPerson").asBoolean());
        }
        if (expect.has("bulkCategories")) {
            List<String> expected = new ArrayList<>();
            expect.get("bulkCategories").forEach(x -> expected.add(x.asText()));
            List<String> actual = new ArrayList<>();
            r.get("bulk").forEach(b -> {
                if (b.get("bulk").asBoolean()) {
                    actual.add(b.get("category").asText());
                }
            });
            assertThat(actual).containsExactlyInAnyOrderElementsOf(expected);
        }
        assertThat(r.get("ruleSetVersion").asText()).isEqualTo("dsp-2025.04.08-2");
        assertThat(r.get("reasons")).isNotEmpty();
    }

    @Test
    void classifies_all_cases_as_one_array_in_input_order() throws Exception {
        StringBuilder array = new StringBuilder("[");
        List<String> ids = new ArrayList<>();
        for (JsonNode c : cases()) {
            array.append(array.length() > 1 ? "," : "").append(c.get("facts"));
            ids.add(c.get("facts").get("id").asText());
        }
        Run run = classify(array.append("]").toString());

        assertThat(run.code()).as(run.err()).isZero();
        List<String> out = new ArrayList<>();
        run.json().forEach(r -> out.add(r.get("id").asText()));
        assertThat(out).containsExactlyElementsOf(ids);
    }

    @Test
    void output_has_every_field_of_the_contract() throws Exception {
        Run run = classify(cases().get(2).get("facts").toString());
        JsonNode r = run.json().get(0);

        assertThat(iterable(r.fieldNames())).containsExactly("id", "outcome", "citations", "counterparty",
                "governmentRelated", "bulk", "requirements", "duties", "reasons", "warnings", "ruleSetVersion");
        assertThat(iterable(r.get("counterparty").fieldNames())).containsExactly("usPerson", "countryOfConcern",
                "coveredPerson", "coveredPersonLimbs", "coveredOwnershipPercent");
        assertThat(r.get("counterparty").get("coveredPersonLimbs").get(0).asText()).isEqualTo("28 CFR 202.211(a)(1)");
        assertThat(iterable(r.get("bulk").get(0).fieldNames())).containsExactly("category", "count", "threshold", "bulk");
        assertThat(iterable(r.get("duties").get(0).fieldNames())).containsExactly("code", "citation", "due");
        assertThat(iterable(r.get("reasons").get(0).fieldNames())).containsExactly("rule", "citation", "text");
        assertThat(r.get("requirements").toString()).contains("CISA-I.A.1", "CISA-II.D");
    }

    @Test
    void covered_ownership_is_reported_as_a_number() throws Exception {
        JsonNode r = classify(cases().get(11).get("facts").toString()).json().get(0);

        assertThat(r.get("counterparty").get("coveredOwnershipPercent").isNumber()).isTrue();
        assertThat(r.get("counterparty").get("coveredOwnershipPercent").decimalValue()).isEqualByComparingTo("100");
    }

    private static List<String> iterable(java.util.Iterator<String> it) {
        List<String> out = new ArrayList<>();
        it.forEachRemaining(out::add);
        return out;
    }
}
