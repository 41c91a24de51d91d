package dev.clearance.domain.party;

/**
 * How a party relates to the U.S. person whose obligations are evaluated.
 *
 * @since 0.1.0
 */
public enum Relationship {
    SUBSIDIARY,
    AFFILIATE,
    PARENT,
    NONE
}
