package dev.clearance.api.classification;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Bad input to {@code classify}: exit 2, the JSON path of each violation on stderr, nothing on stdout. */
class ClassifyCommandBadInputTest {

    private static final String PARTY_US = "{\"name\":\"Us Inc.\",\"kind\":\"ENTITY\",\"organizedIn\":[\"US\"]}";
    private static final String PARTY_CN = "{\"name\":\"Cn Co.\",\"kind\":\"ENTITY\",\"organizedIn\":[\"CN\"]}";

    private static String facts(String extra) {
        return "{\"date\":\"2025-11-03\",\"usPerson\":" + PARTY_US + ",\"counterparty\":" + PARTY_CN
                + ",\"type\":\"VENDOR\",\"data\":[{\"category\":\"PERSONAL_HEALTH\",\"count\":50000}]" + extra + "}";
    }

    static Stream<Arguments> badInputs() {
        return Stream.of(
                Arguments.of("missing date", "{\"usPerson\":" + PARTY_US + ",\"counterparty\":" + PARTY_CN
                        + ",\"type\":\"VENDOR\"}", "$.date"),
                Arguments.of("missing counterparty", "{\"date\":\"2025-11-03\",\"usPerson\":" + PARTY_US
                        + ",\"type\":\"VENDOR\"}", "$.counterparty"),
                Arguments.of("unknown top-level field", facts(",\"colour\":\"red\""), "$.colour"),
                Arguments.of("unknown enum value", facts(",\"securityRequirements\":\"MAYBE\""), "$.securityRequirements"),
                Arguments.of("unknown type", facts("").replace("\"VENDOR\"", "\"LEASE\""), "$.type"),
                Arguments.of("negative count", facts("").replace("50000", "-1"), "$.data[0].count"),
                Arguments.of("fractional count", facts("").replace("50000", "12.5"), "$.data[0].count"),
                Arguments.of("unknown data category", facts("").replace("PERSONAL_HEALTH", "SHOE_SIZE"), "$.data[0].category"),
                Arguments.of("unparsable date", facts("").replace("2025-11-03", "2025-13-45"), "$.date"),
                Arguments.of("date not a string", facts("").replace("\"2025-11-03\"", "20251103"), "$.date"),
                Arguments.of("percent above 100", "{\"date\":\"2025-11-03\",\"usPerson\":" + PARTY_US
                        + ",\"counterparty\":{\"name\":\"X\",\"kind\":\"ENTITY\",\"organizedIn\":[\"DE\"],"
                        + "\"owners\":[{\"percent\":100.5,\"owner\":" + PARTY_CN + "}]},\"type\":\"VENDOR\"}",
                        "$.counterparty.owners[0].percent"),
                Arguments.of("negative percent", facts(",\"investment\":{\"instrument\":\"OTHER\",\"votingPercent\":-1,"
                        + "\"equityPercent\":5}").replace("VENDOR", "INVESTMENT"), "$.investment.votingPercent"),
                Arguments.of("unknown ref", "{\"date\":\"2025-11-03\",\"usPerson\":" + PARTY_US
                        + ",\"counterparty\":{\"ref\":\"nobody\"},\"type\":\"VENDOR\"}", "$.counterparty.ref"),
                Arguments.of("ref with other fields", "{\"date\":\"2025-11-03\",\"usPerson\":{\"id\":\"u\","
                        + "\"name\":\"U\",\"kind\":\"ENTITY\",\"organizedIn\":[\"US\"]},\"counterparty\":{\"ref\":\"u\","
                        + "\"name\":\"x\"},\"type\":\"VENDOR\"}", "$.counterparty"),
                Arguments.of("unknown party field", facts("").replace("\"kind\":\"ENTITY\",\"organizedIn\":[\"CN\"]",
                        "\"kind\":\"ENTITY\",\"organisedIn\":[\"CN\"]"), "$.counterparty.organisedIn"),
                Arguments.of("missing party kind", facts("").replace("\"name\":\"Cn Co.\",\"kind\":\"ENTITY\",",
                        "\"name\":\"Cn Co.\","), "$.counterparty.kind"),
                Arguments.of("bad country code", facts("").replace("[\"CN\"]", "[\"China\"]"), "$.counterparty.organizedIn[0]"),
                Arguments.of("unknown exemption", facts(",\"exemptions\":[\"FRIENDSHIP\"]"), "$.exemptions[0]"),
                Arguments.of("exemption fact not a boolean", facts(",\"exemptions\":[\"INFORMATIONAL_MATERIALS\"],"
                        + "\"exemptionFacts\":{\"expressive\":\"yes\"}"), "$.exemptionFacts.expressive"),
                Arguments.of("unknown exemption fact", facts(",\"exemptionFacts\":{\"published\":true}"),
                        "$.exemptionFacts.published"),
                Arguments.of("unknown identifier", facts("").replace("\"count\":50000}", "\"count\":50000,"
                        + "\"identifiers\":[\"SHOE\"]}"), "$.data[0].identifiers[0]"),
                Arguments.of("prior without date", facts(",\"priorTransactions\":[{\"data\":[]}]"), "$.priorTransactions[0].date"),
                Arguments.of("boolean as string", facts(",\"evasion\":\"yes\""), "$.evasion"),
                Arguments.of("duplicate party id", "{\"date\":\"2025-11-03\",\"usPerson\":{\"id\":\"a\",\"kind\":\"ENTITY\","
                        + "\"organizedIn\":[\"US\"]},\"counterparty\":{\"id\":\"a\",\"kind\":\"ENTITY\","
                        + "\"organizedIn\":[\"CN\"]},\"type\":\"VENDOR\"}", "$.counterparty.id"),
                Arguments.of("government without country", facts("").replace(PARTY_CN, "{\"kind\":\"GOVERNMENT\"}"),
                        "$.counterparty.country"),
                Arguments.of("empty counterparty name", facts("").replace("\"Cn Co.\"", "\"\""),
                        "$.counterparty.name"),
                Arguments.of("blank counterparty name", facts("").replace("\"Cn Co.\"", "\"   \""),
                        "$.counterparty.name"),
                Arguments.of("NUL in counterparty name", facts("").replace("\"Cn Co.\"", "\"Cn\\u0000Co.\""),
                        "$.counterparty.name"),
                Arguments.of("unpaired surrogate in counterparty name",
                        facts("").replace("\"Cn Co.\"", "\"Cn \\ud800\""), "$.counterparty.name"),
                Arguments.of("5 MB counterparty name",
                        facts("").replace("\"Cn Co.\"", "\"" + "x".repeat(5 * 1024 * 1024) + "\""),
                        "$.counterparty.name"),
                Arguments.of("year +999999999", facts("").replace("2025-11-03", "+999999999-12-31"), "$.date"),
                Arguments.of("date before 1900", facts("").replace("2025-11-03", "1899-12-31"), "$.date"),
                Arguments.of("malformed JSON", "{\"date\": ", "$"),
                Arguments.of("not an object", "42", "$"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badInputs")
    void exits_2_and_names_the_json_path(String name, String input, String path) {
        DspFixtureCasesTest.Run run = DspFixtureCasesTest.classify(input);

        assertThat(run.code()).isEqualTo(2);
        assertThat(run.err()).contains(path);
        assertThat(run.out()).isEmpty();
    }

    @Test
    void an_invalid_item_in_an_array_rejects_the_whole_array_and_names_its_index() {
        DspFixtureCasesTest.Run run = DspFixtureCasesTest.classify("[" + facts("") + ","
                + facts("").replace("2025-11-03", "yesterday") + "," + facts(",\"bogus\":1") + "]");

        assertThat(run.code()).isEqualTo(2);
        assertThat(run.err()).contains("$[1].date", "$[2].bogus").doesNotContain("$[0]");
        assertThat(run.out()).isEmpty();
    }

    @Test
    void every_violation_is_listed_not_only_the_first() {
        DspFixtureCasesTest.Run run = DspFixtureCasesTest.classify("{\"usPerson\":" + PARTY_US
                + ",\"counterparty\":" + PARTY_CN + ",\"type\":\"LEASE\",\"data\":[{\"category\":\"PERSONAL_HEALTH\","
                + "\"count\":-5}]}");

        assertThat(run.err()).contains("$.date", "$.type", "$.data[0].count");
    }

    @Test
    void reads_a_file_and_rejects_a_missing_one(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("facts.json");
        Files.writeString(file, facts(""), StandardCharsets.UTF_8);
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        java.io.ByteArrayOutputStream err = new java.io.ByteArrayOutputStream();

        int ok = ClassifyCommand.run(List.of(file.toString()), System.in, new java.io.PrintStream(out, true),
                new java.io.PrintStream(err, true));
        int missing = ClassifyCommand.run(List.of(dir.resolve("nope.json").toString()), System.in,
                new java.io.PrintStream(new java.io.ByteArrayOutputStream()), new java.io.PrintStream(err, true));
        int usage = ClassifyCommand.run(List.of(), System.in, new java.io.PrintStream(new java.io.ByteArrayOutputStream()),
                new java.io.PrintStream(err, true));

        assertThat(ok).isZero();
        assertThat(out.toString()).startsWith("[").contains("\"outcome\" : \"RESTRICTED\"");
        assertThat(missing).isEqualTo(2);
        assertThat(usage).isEqualTo(2);
    }

    @Test
    void the_literal_reading_of_combined_data_is_a_flag() {
        String input = facts("").replace("{\"category\":\"PERSONAL_HEALTH\",\"count\":50000}",
                "{\"category\":\"PERSONAL_FINANCIAL\",\"count\":5000},{\"category\":\"BIOMETRIC_IDENTIFIERS\","
                        + "\"count\":500}");
        java.io.ByteArrayOutputStream strict = new java.io.ByteArrayOutputStream();
        java.io.ByteArrayOutputStream literal = new java.io.ByteArrayOutputStream();
        java.io.PrintStream err = new java.io.PrintStream(new java.io.ByteArrayOutputStream());

        ClassifyCommand.run(List.of("-"), new java.io.ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)),
                new java.io.PrintStream(strict, true), err);
        int code = ClassifyCommand.run(List.of("--combined-data=literal", "-"),
                new java.io.ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)),
                new java.io.PrintStream(literal, true), err);

        assertThat(code).isZero();
        assertThat(strict.toString()).contains("\"outcome\" : \"RESTRICTED\"", "strict reading decided");
        assertThat(literal.toString()).contains("\"outcome\" : \"NOT_COVERED\"", "literal reading");
        assertThat(ClassifyCommand.run(List.of("--combined-data=maybe", "-"), System.in,
                new java.io.PrintStream(new java.io.ByteArrayOutputStream()), err)).isEqualTo(2);
    }

    @Test
    void references_let_a_party_appear_twice_and_ownership_form_a_cycle() {
        String input = "{\"date\":\"2025-11-03\",\"usPerson\":" + PARTY_US + ",\"counterparty\":{\"id\":\"t\","
                + "\"name\":\"Target GmbH\",\"kind\":\"ENTITY\",\"organizedIn\":[\"DE\"],\"owners\":[{\"percent\":60,"
                + "\"owner\":{\"id\":\"h\",\"name\":\"Holding B.V.\",\"kind\":\"ENTITY\",\"organizedIn\":[\"NL\"],"
                + "\"owners\":[{\"percent\":40,\"owner\":{\"ref\":\"t\"}},{\"percent\":50,\"owner\":{\"id\":\"cn\","
                + "\"name\":\"Cn Co.\",\"kind\":\"ENTITY\",\"organizedIn\":[\"cn\"]}}]}},{\"percent\":10,\"owner\":"
                + "{\"ref\":\"cn\"}}]},\"type\":\"VENDOR\",\"data\":[{\"category\":\"PERSONAL_HEALTH\",\"count\":50000}]}";
        DspFixtureCasesTest.Run run = DspFixtureCasesTest.classify(input);

        assertThat(run.code()).as(run.err()).isZero();
        assertThat(run.out()).contains("\"coveredPerson\" : true", "\"coveredOwnershipPercent\" : 70");
    }
}
