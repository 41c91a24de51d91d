package dev.clearance.domain.classification;

import dev.clearance.domain.transaction.DataCategory;

/**
 * The bulk test for one category: the 12-month aggregate, the threshold applied and whether it is exceeded.
 *
 * @since 0.1.0
 */
public record BulkFinding(DataCategory category, long count, long threshold, boolean bulk) {

    public BulkFinding {
        if (count < 0 || threshold < 0) {
            throw new IllegalArgumentException("count and threshold must not be negative");
        }
        if (bulk && count <= threshold) {
            throw new IllegalArgumentException("bulk means more than the threshold (28 CFR 202.205)");
        }
    }
}
