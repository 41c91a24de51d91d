package dev.clearance.domain.classification;

/**
 * One step of the reason trace: the rule that fired, the section it applies and a sentence a lawyer can check.
 *
 * @since 0.1.0
 */
public record Reason(String rule, Citation citation, String text) {

    public Reason {
        if (rule.isBlank() || text.isBlank()) {
            throw new IllegalArgumentException("a reason needs a rule name and a sentence");
        }
    }
}
