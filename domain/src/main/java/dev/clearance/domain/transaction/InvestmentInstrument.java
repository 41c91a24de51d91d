package dev.clearance.domain.transaction;

/**
 * The instrument of an investment, for the passive-investment exclusion (28 CFR 202.228(b)(1)).
 *
 * @since 0.1.0
 */
public enum InvestmentInstrument {
    /** Publicly traded security, on an exchange or over the counter in any jurisdiction. */
    PUBLIC_SECURITY,
    /** Security of an SEC-registered investment company or a business development company. */
    REGISTERED_FUND,
    /** Limited-partner interest contributing capital only, without influence. */
    LIMITED_PARTNER,
    OTHER;

    public boolean qualifiesAsPassive() {
        return this != OTHER;
    }
}
