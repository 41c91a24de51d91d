package dev.clearance.domain.transaction;

/**
 * Why a transaction was (re)classified; kept with every stored classification.
 *
 * @since 0.2.0
 */
public enum ClassificationCause {
    /** The transaction was saved for the first time. */
    SAVED,
    /** Its own facts changed (a new revision). */
    FACTS_CHANGED,
    /** A party's covered-person status changed (ownership, designation, a dated change taking effect). */
    COUNTERPARTY_STATUS_CHANGED,
    /** Another transaction changed the 12-month aggregate (28 CFR 202.205). */
    AGGREGATE_CHANGED,
    /** A new rule-set version. */
    RULE_SET_CHANGED
}
