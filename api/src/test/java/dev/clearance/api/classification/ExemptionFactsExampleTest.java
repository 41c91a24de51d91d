package dev.clearance.api.classification;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.clearance.domain.classification.Classification;
import dev.clearance.domain.classification.Outcome;
import dev.clearance.domain.transaction.ExemptionConditions;
import dev.clearance.rules.classification.TransactionClassifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@code docs/examples/informational-materials.json} through the facts reader and the classifier: a published book
 * is exempt (28 CFR 202.502), the same records compiled for the buyer are not (202.226), and a personal
 * communication that transfers nothing of value is exempt in an employment agreement (202.501).
 */
class ExemptionFactsExampleTest {

    @Test
    void shouldJudgeTheDocumentedExamplesOnTheirConditions() throws Exception {
        JsonNode root = new ObjectMapper().readTree(Files.readString(Path.of("../docs/examples/informational-materials.json")));
        FactsJsonReader.Result read = FactsJsonReader.read(root);
        assertThat(read.violations()).isEmpty();
        assertThat(read.facts().get(0).exemptionConditions())
                .isEqualTo(new ExemptionConditions(null, true, true, false, false, false));
        assertThat(read.facts().get(1).exemptionConditions().madeToRecipientSpecification()).isTrue();

        List<Classification> out = read.facts().stream().map(TransactionClassifier.current()::classify).toList();

        assertThat(out).extracting(Classification::outcome)
                .containsExactly(Outcome.EXEMPT, Outcome.PROHIBITED, Outcome.EXEMPT);
        assertThat(out).extracting(c -> c.decisiveCitation().value())
                .containsExactly("28 CFR 202.502", "28 CFR 202.301", "28 CFR 202.501");
        assertThat(out.get(0).warnings()).isEmpty();
        assertThat(ClassificationJsonWriter.write(out.get(1)).toString()).contains("recipient's specification");
    }
}
