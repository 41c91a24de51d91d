package dev.clearance.domain.transaction;

import dev.clearance.domain.classification.Classification;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * An immutable classification record: what the engine said about one revision of a transaction's facts, when and
 * why it was asked, and the SHA-256 of the exact facts it read (so a re-run on the same facts can be checked).
 */
public record StoredClassification(
        UUID id,
        TransactionId transaction,
        int revision,
        Classification classification,
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
        if (!SHA_256.matcher(factsHash).matches()) {
            throw new IllegalArgumentException("factsHash must be 64 lower-case hex digits");
        }
    }
}
