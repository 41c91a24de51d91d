package dev.clearance.domain.transaction;

/**
 * Categories of data as the facts describe them. Units are U.S. persons, except U.S. devices for precise
 * geolocation data.
 *
 * @since 0.1.0
 */
public enum DataCategory {
    HUMAN_GENOMIC,
    HUMAN_EPIGENOMIC,
    HUMAN_PROTEOMIC,
    HUMAN_TRANSCRIPTOMIC,
    HUMAN_BIOSPECIMENS,
    BIOMETRIC_IDENTIFIERS,
    PRECISE_GEOLOCATION,
    PERSONAL_HEALTH,
    PERSONAL_FINANCIAL,
    LISTED_IDENTIFIERS;

    public boolean isOmic() {
        return this == HUMAN_GENOMIC || this == HUMAN_EPIGENOMIC || this == HUMAN_PROTEOMIC
                || this == HUMAN_TRANSCRIPTOMIC;
    }
}
