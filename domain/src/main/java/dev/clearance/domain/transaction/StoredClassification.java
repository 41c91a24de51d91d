package dev.clearance.domain.transaction;

import dev.clearance.domain.classification.Classification;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * An immutable classification record: what the engine said about one revision of a transaction's facts, when and
 * why it was asked, and the exact facts it read with their SHA-256 (so a re-run on the same facts can be checked).
 *
 * @param facts     the facts the engine read, in facts format v1 (JSON text as the API writes it); kept as read
 *                  because the party graph can be corrected later, so re-deriving them might not give the same
 * @param factsHash SHA-256 of {@code facts} in UTF-8, lower-case hex
 *
 * @since 0.2.0
 */
public record StoredClassification(
        UUID id,
        TransactionId transaction,
        int revision,
        Classification classification,
        String facts,
        String factsHash,
        ClassificationCause cause,
        Instant classifiedAt,
        String classifiedBy) {

    private static final Pattern SHA_256 = Pattern.compile("[0-9a-f]{64}");

    public StoredClassification {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(transaction, "transaction");
        Objects.requireNonNull(classification, "classification");
        Objects.requireNonNull(cause, "cause");
        Objects.requireNonNull(classifiedAt, "classifiedAt");
        Objects.requireNonNull(classifiedBy, "classifiedBy");
        if (revision < 1) {
            throw new IllegalArgumentException("revisions count from 1, not " + revision);
        }
        if (facts.isBlank()) {
            throw new IllegalArgumentException("a classification keeps the facts it read");
        }
        if (!SHA_256.matcher(factsHash).matches()) {
            throw new IllegalArgumentException("factsHash must be 64 lower-case hex digits");
        }
    }
}
