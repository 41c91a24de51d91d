package dev.clearance.domain.transaction;

/**
 * The two prongs of government-related data (28 CFR 202.222).
 *
 * @since 0.1.0
 */
public record GovernmentRelatedFlags(boolean preciseGeolocationInListedArea, boolean marketedAsUsGovernmentLinked) {

    public static final GovernmentRelatedFlags NONE = new GovernmentRelatedFlags(false, false);
}
