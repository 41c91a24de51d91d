package dev.clearance.api.classification;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.core.JsonGenerator;
import dev.clearance.api.problem.Violation;
import dev.clearance.domain.classification.Classification;
import dev.clearance.rules.classification.TransactionClassifier;
import java.util.List;

/**
 * The one code path shared by the CLI and the HTTP endpoint: JSON text in, classifications or violations out.
 */
public final class ClassificationService {

    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN)
            .enable(SerializationFeature.INDENT_OUTPUT);

    private final TransactionClassifier classifier;

    public ClassificationService(TransactionClassifier classifier) {
        this.classifier = classifier;
    }

    public static ClassificationService current() {
        return new ClassificationService(TransactionClassifier.current());
    }

    /** The outcome of evaluating a request body. */
    public sealed interface Evaluation {
    }

    /** Every input was valid. {@code array} tells whether the input was an array (output then is one too). */
    public record Classified(List<Classification> classifications, boolean array) implements Evaluation {
    }

    /** Some input was invalid; nothing was classified. */
    public record Rejected(List<Violation> violations) implements Evaluation {
    }

    public Evaluation evaluate(String json) {
        JsonNode root;
        try {
            root = JSON.readTree(json);
        } catch (JsonProcessingException e) {
            String where = e.getLocation() == null ? ""
                    : " at line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr();
            return new Rejected(List.of(new Violation("$", "malformed JSON" + where + ": " + e.getOriginalMessage())));
        }
        if (root == null || root.isMissingNode()) {
            return new Rejected(List.of(new Violation("$", "empty input; expected a facts object or an array")));
        }
        FactsJsonReader.Result read = FactsJsonReader.read(root);
        if (!read.valid()) {
            return new Rejected(read.violations());
        }
        return new Classified(classifier.classifyAll(read.facts()), read.array());
    }

    public static String toJson(JsonNode node) {
        try {
            return JSON.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write classification JSON", e);
        }
    }
}
