package dev.clearance.domain.transaction;

/**
 * Whether the CISA security requirements (28 CFR 202.248) and Subparts J and K are met.
 *
 * @since 0.1.0
 */
public enum SecurityRequirementsStatus {
    MET,
    NOT_MET,
    UNKNOWN
}
