package dev.clearance.rules.requirements;

import dev.clearance.domain.requirement.RequirementId;
import dev.clearance.rules.requirements.SecurityRequirement.Level;
import java.util.List;

/**
 * CISA "Security Requirements for Restricted Transactions" (January 2025), incorporated by reference at
 * 28 CFR 202.248 and required for every restricted transaction by 28 CFR 202.401(a).
 *
 * @since 0.1.0
 */
public final class CisaRequirementCatalog {

    private static final List<SecurityRequirement> ALL = List.of(
            req("CISA-I.A.1", Level.COVERED_SYSTEM, "Asset inventory of covered systems, updated at least monthly"),
            req("CISA-I.A.2", Level.ORGANIZATION, "Named individual accountable for cybersecurity and GRC"),
            req("CISA-I.A.3", Level.COVERED_SYSTEM, "Remediate known exploited vulnerabilities within 45 days"),
            req("CISA-I.A.4", Level.ORGANIZATION, "Documented vendor and supplier agreements for covered systems"),
            req("CISA-I.A.5", Level.COVERED_SYSTEM, "Accurate network topology of covered systems"),
            req("CISA-I.A.6", Level.COVERED_SYSTEM, "Approval before deploying new hardware, firmware or software"),
            req("CISA-I.A.7", Level.ORGANIZATION, "Incident response plan, reviewed annually"),
            req("CISA-I.B.1", Level.COVERED_SYSTEM, "Multifactor authentication, or passwords of 15+ characters"),
            req("CISA-I.B.2", Level.COVERED_SYSTEM, "Prompt revocation of access on termination or role change"),
            req("CISA-I.B.3", Level.COVERED_SYSTEM, "Unique credentials and least privilege"),
            req("CISA-I.B.4", Level.COVERED_SYSTEM, "Central access and security logs kept at least 12 months"),
            req("CISA-I.B.5", Level.COVERED_SYSTEM, "Deny connections by default"),
            req("CISA-I.C", Level.ORGANIZATION, "Documented data risk assessment, reviewed annually"),
            req("CISA-II.A", Level.DATA, "Data minimization and masking; retention and deletion policy"),
            req("CISA-II.B", Level.DATA, "Encryption in transit and at rest, keys out of covered persons' reach"),
            req("CISA-II.C", Level.DATA, "Privacy-enhancing technologies"),
            req("CISA-II.D", Level.DATA, "Identity and access management denying covered persons access"));

    private CisaRequirementCatalog() {
    }

    private static SecurityRequirement req(String id, Level level, String title) {
        return new SecurityRequirement(RequirementId.of(id), level, title);
    }

    public static List<SecurityRequirement> all() {
        return ALL;
    }

    /** The requirement ids a restricted transaction must meet before it may proceed (28 CFR 202.401(a)). */
    public static List<RequirementId> forRestrictedTransaction() {
        return ALL.stream().map(SecurityRequirement::id).toList();
    }
}
