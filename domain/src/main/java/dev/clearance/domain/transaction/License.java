package dev.clearance.domain.transaction;

/**
 * A licence the U.S. person relies on (Subpart H).
 *
 * @since 0.1.0
 */
public record License(LicenseKind kind, String reference, boolean conditionsMet) {
}
