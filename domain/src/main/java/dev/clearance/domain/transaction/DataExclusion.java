package dev.clearance.domain.transaction;

/**
 * Why a data set falls outside "sensitive personal data" (28 CFR 202.249(b)).
 *
 * @since 0.1.0
 */
public enum DataExclusion {
    /** (b)(1): does not relate to an individual, incl. trade secrets and proprietary information. */
    NOT_ABOUT_INDIVIDUALS,
    /** (b)(2): lawfully public from government records or widely distributed media at the time. */
    PUBLIC_RECORD,
    /** (b)(3): personal communications (28 CFR 202.239). */
    PERSONAL_COMMUNICATION,
    /** (b)(4): information or informational materials and their ordinary metadata. */
    INFORMATIONAL_MATERIALS
}
