package dev.clearance.domain.transaction;

import dev.clearance.domain.classification.Duty;
import java.util.Objects;
import java.util.UUID;

/**
 * A duty of the classification in force for a transaction, for the deadlines list: the duty with the transaction
 * and classification it comes from. Whether it is done or overdue is decided by the caller (it knows the date).
 *
 * @since 0.2.0
 */
public record CurrentDuty(TransactionId transaction, UUID classification, int position, Duty duty) {
    public CurrentDuty {
        Objects.requireNonNull(transaction, "transaction");
        Objects.requireNonNull(classification, "classification");
        Objects.requireNonNull(duty, "duty");
    }
}
