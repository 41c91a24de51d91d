package dev.clearance.domain.transaction;

import java.time.LocalDate;
import java.util.List;

/**
 * An earlier covered data transaction between the same two parties, used for bulk aggregation (28 CFR 202.205).
 *
 * @since 0.1.0
 */
public record PriorTransaction(LocalDate date, List<DataSet> data) {

    public PriorTransaction {
        data = List.copyOf(data);
    }
}
