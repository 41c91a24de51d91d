package dev.clearance.domain.transaction;

/** @since 0.1.0 */
public enum LicenseKind {
    /** 28 CFR 202.801. */
    GENERAL,
    /** 28 CFR 202.802. */
    SPECIFIC
}
