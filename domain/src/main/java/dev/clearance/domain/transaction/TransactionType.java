package dev.clearance.domain.transaction;

/**
 * The kind of agreement under which the counterparty may get access (28 CFR 202.210(a)(2)).
 *
 * @since 0.1.0
 */
public enum TransactionType {
    DATA_BROKERAGE,
    VENDOR,
    EMPLOYMENT,
    INVESTMENT,
    NONE
}
