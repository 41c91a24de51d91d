package dev.clearance.api.problem;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ProblemErrorResponseProcessorTest {
    @ParameterizedTest
    @CsvSource({
            "register.body.name, $.name",
            "register.body.owners[0].percent, $.owners[0].percent",
            "register.body.aliases[1]<list element>, $.aliases[1]",
            "register.body.facts.organizedIn[0].<list element>, $.facts.organizedIn[0]",
            "list.limit, $.limit",
            "limit, $.limit"
    })
    void shouldTurnValidationPathsIntoJsonPaths(String validationPath, String expected) {
        assertThat(ProblemErrorResponseProcessor.jsonPath(validationPath)).isEqualTo(expected);
    }
}
