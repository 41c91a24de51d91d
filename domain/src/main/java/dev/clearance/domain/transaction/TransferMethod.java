package dev.clearance.domain.transaction;

/**
 * How the data reaches the counterparty. Not a fact the classifier reads (facts format v1 has no such field); it
 * is kept because the CISA data-level requirements and an auditor's questions turn on it.
 *
 * @since 0.2.0
 */
public enum TransferMethod {
    API,
    FILE_TRANSFER,
    CLOUD_STORAGE_SHARE,
    REMOTE_ACCESS,
    EMAIL,
    PHYSICAL_MEDIA,
    OTHER
}
