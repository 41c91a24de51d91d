package dev.clearance.domain.contract;

import dev.clearance.domain.transaction.TransactionType;

/**
 * What a contract is for. Each type fixes the class of transaction its covered data transactions are, so a cloud
 * agreement is a vendor agreement with {@code cloudComputing} set (28 CFR 202.258, 202.1103).
 *
 * @since 0.2.0
 */
public enum ContractType {
    VENDOR(TransactionType.VENDOR),
    CLOUD_COMPUTING(TransactionType.VENDOR),
    EMPLOYMENT(TransactionType.EMPLOYMENT),
    INVESTMENT(TransactionType.INVESTMENT),
    DATA_BROKERAGE(TransactionType.DATA_BROKERAGE);

    private final TransactionType transactionType;

    ContractType(TransactionType transactionType) {
        this.transactionType = transactionType;
    }

    /** The class of transaction (facts format v1 {@code type}) under this kind of contract. */
    public TransactionType transactionType() {
        return transactionType;
    }
}
