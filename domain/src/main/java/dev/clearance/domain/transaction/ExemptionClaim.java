package dev.clearance.domain.transaction;

/**
 * Subpart E exemptions a transaction may claim, in the order the regulation lists them.
 *
 * @since 0.1.0
 */
public enum ExemptionClaim {
    PERSONAL_COMMUNICATION("202.501"),
    INFORMATIONAL_MATERIALS("202.502"),
    TRAVEL("202.503"),
    OFFICIAL_US_GOVERNMENT("202.504"),
    FINANCIAL_SERVICES("202.505"),
    CORPORATE_GROUP("202.506"),
    REQUIRED_BY_FEDERAL_LAW("202.507"),
    CFIUS_ACTION("202.508"),
    TELECOMMUNICATIONS("202.509"),
    DRUG_DEVICE_AUTHORIZATION("202.510"),
    CLINICAL_INVESTIGATION("202.511");

    private final String section;

    ExemptionClaim(String section) {
        this.section = section;
    }

    /** The section number, e.g. {@code "202.506"}. */
    public String section() {
        return section;
    }
}
