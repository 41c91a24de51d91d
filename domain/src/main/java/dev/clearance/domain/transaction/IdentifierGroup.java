package dev.clearance.domain.transaction;

/**
 * The groups of listed identifiers in 28 CFR 202.234(a)–(h).
 *
 * @since 0.1.0
 */
public enum IdentifierGroup {
    GOVERNMENT_ID,
    FINANCIAL_ACCOUNT,
    DEVICE,
    DEMOGRAPHIC_CONTACT,
    ADVERTISING,
    ACCOUNT_AUTHENTICATION,
    NETWORK,
    CALL_DETAIL
}
