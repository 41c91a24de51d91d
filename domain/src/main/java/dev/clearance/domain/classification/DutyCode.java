package dev.clearance.domain.classification;

/**
 * Obligations the classification gives rise to.
 *
 * @since 0.1.0
 */
public enum DutyCode {
    /** 28 CFR 202.1104: report a rejected offer of prohibited data brokerage within 14 days. */
    REJECTED_TRANSACTION_REPORT,
    /** 28 CFR 202.302(b): report a known or suspected breach of the onward-transfer clause within 14 days. */
    ONWARD_TRANSFER_BREACH_REPORT,
    /** 28 CFR 202.1103: annual report by March 1 (cloud computing, U.S. person 25%+ owned by CoC/covered persons). */
    ANNUAL_CLOUD_REPORT,
    /** 28 CFR 202.1001: a data compliance programme in place. */
    DATA_COMPLIANCE_PROGRAM,
    /** 28 CFR 202.1001(b): annual certification of the DCP and security-requirements policies. */
    ANNUAL_CERTIFICATIONS,
    /** 28 CFR 202.1002: independent audit for each calendar year with restricted transactions. */
    ANNUAL_AUDIT,
    /** 28 CFR 202.1101: keep full and accurate records for at least 10 years. */
    RECORDS_10_YEARS,
    /** 28 CFR 202.1102: furnish reports when the Department asks. */
    REPORTS_ON_DEMAND,
    /** 28 CFR Subpart H: keep to the conditions of the licence relied on. */
    LICENSE_CONDITIONS
}
