package dev.clearance.domain.transaction;

import dev.clearance.domain.contract.ContractId;
import java.time.Instant;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A covered data transaction as stored: one revision of its facts. A change of facts adds a revision; earlier ones
 * stay, so every stored classification can name the exact facts it was computed from.
 *
 * @param revision   1 for the facts first saved, then 2, 3, ...
 * @param archivedAt set when the transaction was archived (nothing is hard-deleted)
 *
 * @since 0.2.0
 */
public record StoredTransaction(
        TransactionId id,
        ContractId contract,
        int revision,
        CoveredTransaction facts,
        Instant recordedAt,
        String recordedBy,
        @Nullable Instant archivedAt) {

    public StoredTransaction {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(contract, "contract");
        Objects.requireNonNull(facts, "facts");
        Objects.requireNonNull(recordedAt, "recordedAt");
        Objects.requireNonNull(recordedBy, "recordedBy");
        if (revision < 1) {
            throw new IllegalArgumentException("revisions count from 1, not " + revision);
        }
    }

    public boolean archived() {
        return archivedAt != null;
    }
}
