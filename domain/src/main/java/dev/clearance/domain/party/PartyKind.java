package dev.clearance.domain.party;

/** @since 0.1.0 */
public enum PartyKind {
    ENTITY,
    INDIVIDUAL,
    /** A government, or its political subdivision, agency or instrumentality. */
    GOVERNMENT
}
