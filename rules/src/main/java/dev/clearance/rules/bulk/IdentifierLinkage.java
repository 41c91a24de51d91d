package dev.clearance.rules.bulk;

/**
 * Whether a set of listed identifiers is covered personal identifiers (28 CFR 202.212), and if not, why not.
 *
 * @since 0.1.0
 */
public enum IdentifierLinkage {
    /** Two or more listed identifiers, or one linked to other sensitive personal data (202.212(a)). */
    COVERED_PERSONAL_IDENTIFIERS,
    /** A single listed identifier, not linked to anything else. */
    LONE_IDENTIFIER,
    /** No identifier types are named and nothing else is linked. */
    NO_IDENTIFIERS,
    /** Demographic or contact data linked only to other demographic or contact data (202.212(b)(1)). */
    DEMOGRAPHIC_ONLY,
    /** Network, account-authentication or call-detail data linked only to each other (202.212(b)(2)). */
    NETWORK_SERVICE_ONLY
}
