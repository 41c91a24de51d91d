package dev.clearance.rules.bulk;

import dev.clearance.domain.classification.BulkFinding;
import dev.clearance.domain.transaction.DataCategory;
import java.util.List;

/**
 * The bulk test of one transaction.
 *
 * @param findings one per category in scope, in category order
 * @param combined the data combines more than one category of 28 CFR 202.205(a)–(f)
 * @since 0.1.0
 */
public record BulkAssessment(List<BulkFinding> findings, boolean combined) {

    public BulkAssessment {
        findings = List.copyOf(findings);
    }

    public boolean anyBulk() {
        return findings.stream().anyMatch(BulkFinding::bulk);
    }

    /** Bulk human 'omic data (28 CFR 202.303). */
    public boolean bulkOmic() {
        return findings.stream().anyMatch(f -> f.bulk() && f.category().isOmic());
    }

    /** Human biospecimens from which bulk human 'omic data could be derived (28 CFR 202.303). */
    public boolean bulkBiospecimens() {
        return findings.stream().anyMatch(f -> f.bulk() && f.category() == DataCategory.HUMAN_BIOSPECIMENS);
    }

    public List<DataCategory> bulkCategories() {
        return findings.stream().filter(BulkFinding::bulk).map(BulkFinding::category).toList();
    }
}
