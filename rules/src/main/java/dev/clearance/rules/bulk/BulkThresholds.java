package dev.clearance.rules.bulk;

import dev.clearance.domain.transaction.DataCategory;

/**
 * Bulk thresholds of 28 CFR 202.205: data is bulk when the count is <em>more than</em> the threshold.
 *
 * @since 0.1.0
 */
public final class BulkThresholds {

    private BulkThresholds() {
    }

    /** The threshold of a category, in U.S. persons (U.S. devices for precise geolocation data). */
    public static long threshold(DataCategory category) {
        return switch (category) {
            case HUMAN_GENOMIC -> 100;
            // NB: 202.303 reaches biospecimens "from which bulk 'omic data could be derived"; genomic data can be
            // derived from any specimen, so the genomic threshold applies.
            case HUMAN_BIOSPECIMENS -> 100;
            case HUMAN_EPIGENOMIC, HUMAN_PROTEOMIC, HUMAN_TRANSCRIPTOMIC -> 1_000;
            case BIOMETRIC_IDENTIFIERS -> 1_000;
            case PRECISE_GEOLOCATION -> 1_000;
            case PERSONAL_HEALTH, PERSONAL_FINANCIAL -> 10_000;
            case LISTED_IDENTIFIERS -> 100_000;
        };
    }

    /** The paragraph of 28 CFR 202.205 that sets the threshold. */
    public static String section(DataCategory category) {
        return switch (category) {
            case HUMAN_GENOMIC, HUMAN_EPIGENOMIC, HUMAN_PROTEOMIC, HUMAN_TRANSCRIPTOMIC -> "202.205(a)";
            case HUMAN_BIOSPECIMENS -> "202.303";
            case BIOMETRIC_IDENTIFIERS -> "202.205(b)";
            case PRECISE_GEOLOCATION -> "202.205(c)";
            case PERSONAL_HEALTH -> "202.205(d)";
            case PERSONAL_FINANCIAL -> "202.205(e)";
            case LISTED_IDENTIFIERS -> "202.205(f)";
        };
    }

    /**
     * The category of 28 CFR 202.205(a)–(f) a data type belongs to, for the combined-data rule of (g): the four
     * 'omic types are all paragraph (a). Biospecimens are not sensitive personal data and have no group.
     */
    public static char paragraph(DataCategory category) {
        return switch (category) {
            case HUMAN_GENOMIC, HUMAN_EPIGENOMIC, HUMAN_PROTEOMIC, HUMAN_TRANSCRIPTOMIC -> 'a';
            case BIOMETRIC_IDENTIFIERS -> 'b';
            case PRECISE_GEOLOCATION -> 'c';
            case PERSONAL_HEALTH -> 'd';
            case PERSONAL_FINANCIAL -> 'e';
            case LISTED_IDENTIFIERS -> 'f';
            case HUMAN_BIOSPECIMENS -> '-';
        };
    }

    public static String unit(DataCategory category) {
        return category == DataCategory.PRECISE_GEOLOCATION ? "U.S. devices" : "U.S. persons";
    }

    public static String label(DataCategory category) {
        return switch (category) {
            case HUMAN_GENOMIC -> "human genomic data";
            case HUMAN_EPIGENOMIC -> "human epigenomic data";
            case HUMAN_PROTEOMIC -> "human proteomic data";
            case HUMAN_TRANSCRIPTOMIC -> "human transcriptomic data";
            case HUMAN_BIOSPECIMENS -> "human biospecimens";
            case BIOMETRIC_IDENTIFIERS -> "biometric identifiers";
            case PRECISE_GEOLOCATION -> "precise geolocation data";
            case PERSONAL_HEALTH -> "personal health data";
            case PERSONAL_FINANCIAL -> "personal financial data";
            case LISTED_IDENTIFIERS -> "covered personal identifiers";
        };
    }
}
