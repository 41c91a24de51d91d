package dev.clearance.domain.party;

/**
 * The personal statuses that make an individual a U.S. person wherever located (28 CFR 202.256).
 *
 * @since 0.1.0
 */
public enum UsStatus {
    CITIZEN,
    NATIONAL,
    PERMANENT_RESIDENT,
    REFUGEE,
    ASYLEE
}
