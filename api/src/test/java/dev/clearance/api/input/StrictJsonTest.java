package dev.clearance.api.input;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clearance.api.party.PartyRequests;
import dev.clearance.api.problem.Violation;
import dev.clearance.api.screening.ScreeningRequests;
import io.micronaut.core.type.Argument;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@link StrictJson} on its own: what it refuses, under which path, and what it lets through to Serde. */
class StrictJsonTest {
    private static final String OWNER = "01a24e37-0d36-7d4c-b8db-1394232a29bd";

    private static List<Violation> owner(String percent, String validFrom, String source) {
        String body = "{\"ownerPartyId\":\"" + OWNER + "\",\"percent\":" + percent + ",\"validFrom\":" + validFrom
                + ",\"source\":" + source + "}";
        return StrictJson.check(body.getBytes(StandardCharsets.UTF_8), Argument.of(PartyRequests.AddOwner.class));
    }

    @Test
    void shouldLetAWellTypedBodyThrough() {
        assertThat(owner("50", "\"2025-06-01\"", "\"register\\nline two\"")).isEmpty();
        assertThat(owner("12.5", "\"9999-12-31\"", "\"r\"")).isEmpty();
        assertThat(owner("50", "\"1900-01-01\"", "null")).isEmpty();
    }

    @ParameterizedTest(name = "{0} {1} {2}")
    @CsvSource(delimiter = '|', value = {
            "[50]|\"2025-06-01\"|\"r\"|$.percent|must be a number",
            "true|\"2025-06-01\"|\"r\"|$.percent|must be a number",
            "\"50\"|\"2025-06-01\"|\"r\"|$.percent|must be a number",
            "50|20250601|\"r\"|$.validFrom|must be a date YYYY-MM-DD from 1900-01-01 to 9999-12-31",
            "50|\"+999999999-12-31\"|\"r\"|$.validFrom|must be a date YYYY-MM-DD from 1900-01-01 to 9999-12-31",
            "50|\"1899-12-31\"|\"r\"|$.validFrom|must be a date YYYY-MM-DD from 1900-01-01 to 9999-12-31",
            "50|\"2025-02-30\"|\"r\"|$.validFrom|must be a date YYYY-MM-DD from 1900-01-01 to 9999-12-31",
            "50|\"2025-06-01\"|123|$.source|must be a string",
            "50|\"2025-06-01\"|\"a\\u0000b\"|$.source|must not contain control characters (U+0000 at position 1)",
            "50|\"2025-06-01\"|\"a\\ud800\"|$.source|must not contain an unpaired surrogate (U+D800 at position 1)",
            "50|\"2025-06-01\"|\"\\udc00a\"|$.source|must not contain an unpaired surrogate (U+DC00 at position 0)",
    })
    void shouldNameTheFieldOfAWronglyTypedValue(String percent, String validFrom, String source, String field,
                                               String message) {
        assertThat(owner(percent, validFrom, source)).containsExactly(new Violation(field, message));
    }

    @Test
    void shouldLeaveTheFieldsOwnMaximumToBeanValidationButCapEveryText() {
        assertThat(owner("50", "\"2025-06-01\"", "\"" + "x".repeat(501) + "\"")).isEmpty();
        assertThat(owner("50", "\"2025-06-01\"", "\"" + "x".repeat(InputText.DEFAULT_MAX + 1) + "\""))
                .containsExactly(new Violation("$.source", "must be at most 10000 characters (got 10001)"));
    }

    @Test
    void shouldAcceptAPairedSurrogate() {
        assertThat(owner("50", "\"2025-06-01\"", "\"\\ud83d\\ude00 emoji\"")).isEmpty();
    }

    @Test
    void shouldRefuseDuplicateKeysTrailingContentAndAnEmptyBody() {
        Argument<ScreeningRequests.Screen> screen = Argument.of(ScreeningRequests.Screen.class);
        assertThat(StrictJson.check("{\"name\":\"a\",\"name\":\"b\"}".getBytes(StandardCharsets.UTF_8), screen))
                .containsExactly(new Violation("$.name", "appears more than once in the object"));
        assertThat(StrictJson.check("{\"name\":\"a\"} {}".getBytes(StandardCharsets.UTF_8), screen))
                .containsExactly(new Violation("$", "must hold one JSON value only; there is content after it"));
        assertThat(StrictJson.check("{\"name\":\"a\"} x".getBytes(StandardCharsets.UTF_8), screen))
                .containsExactly(new Violation("$", "must hold one JSON value only; there is content after it"));
        assertThat(StrictJson.check(new byte[0], screen))
                .containsExactly(new Violation("$", "a JSON body is required"));
    }

    @Test
    void shouldNameEveryBatchItemByItsIndex() {
        String body = "{\"queries\":[{\"name\":\"ok\"},{\"name\":7},{\"name\":\"x\",\"partyId\":\"not-a-uuid\"}]}";
        assertThat(StrictJson.check(body.getBytes(StandardCharsets.UTF_8),
                Argument.of(ScreeningRequests.ScreenBatch.class))).containsExactly(
                new Violation("$.queries[1].name", "must be a string"),
                new Violation("$.queries[2].partyId", "must be a UUID"));
    }

    @Test
    void shouldRefuseInvalidUtf8AndDeepNestingEvenInUnknownFields() {
        byte[] invalid = {'{', '"', 'n', 'a', 'm', 'e', '"', ':', '"', (byte) 0xC3, (byte) 0x28, '"', '}'};
        assertThat(StrictJson.check(invalid, Argument.of(ScreeningRequests.Screen.class)))
                .containsExactly(new Violation("$.name", "is not valid UTF-8"));
        String deep = "{\"name\":\"a\",\"extra\":" + "[".repeat(40) + "]".repeat(40) + "}";
        assertThat(StrictJson.check(deep.getBytes(StandardCharsets.UTF_8), Argument.of(ScreeningRequests.Screen.class)))
                .containsExactly(new Violation("$.extra", "is nested too deeply (at most 32 levels)"));
    }
}
