package dev.clearance.rules.bulk;

import dev.clearance.domain.transaction.DataCategory;
import dev.clearance.domain.transaction.DataSet;
import dev.clearance.domain.transaction.IdentifierGroup;
import dev.clearance.domain.transaction.IdentifierType;
import java.util.EnumSet;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Decides which data sets are sensitive personal data and how many U.S. persons or devices they count for.
 *
 * @since 0.1.0
 */
public final class DataScoping {

    private static final Set<IdentifierGroup> NETWORK_SERVICE = EnumSet.of(
            IdentifierGroup.NETWORK, IdentifierGroup.ACCOUNT_AUTHENTICATION, IdentifierGroup.CALL_DETAIL);

    private DataScoping() {
    }

    /** Why a data set counts for nothing, with the section that says so, or null when it is in scope. */
    public record OutOfScope(String section, String text) {
    }

    /**
     * 28 CFR 202.249(b), 202.212, 202.223: the reason a data set is not sensitive personal data (or a covered
     * biospecimen), or null when it counts.
     */
    public static @Nullable OutOfScope outOfScope(DataSet data) {
        if (data.excluded() != null) {
            return switch (data.excluded()) {
                case NOT_ABOUT_INDIVIDUALS -> new OutOfScope("202.249(b)(1)",
                        "does not relate to an individual (e.g. trade secrets or proprietary information)");
                case PUBLIC_RECORD -> new OutOfScope("202.249(b)(2)", "is lawfully available to the public from"
                        + " government records or widely distributed media");
                case PERSONAL_COMMUNICATION -> new OutOfScope("202.249(b)(3)", "is personal communications");
                case INFORMATIONAL_MATERIALS -> new OutOfScope("202.249(b)(4)",
                        "is information or informational materials or their ordinary metadata");
            };
        }
        if (data.category() == DataCategory.HUMAN_BIOSPECIMENS && data.therapeuticUse()) {
            return new OutOfScope("202.223", "are biospecimens the recipient intends solely to diagnose, treat or"
                    + " prevent disease, which 28 CFR 202.223 excludes");
        }
        if (data.category() == DataCategory.LISTED_IDENTIFIERS) {
            return switch (linkage(data)) {
                case COVERED_PERSONAL_IDENTIFIERS -> null;
                case LONE_IDENTIFIER -> new OutOfScope("202.212(a)",
                        "is a single listed identifier linked to nothing else, which is not a covered personal"
                                + " identifier");
                case NO_IDENTIFIERS -> new OutOfScope("202.212(a)",
                        "names no listed identifiers and is not linked to other sensitive personal data");
                case DEMOGRAPHIC_ONLY -> new OutOfScope("202.212(b)(1)",
                        "is demographic or contact data linked only to other demographic or contact data");
                case NETWORK_SERVICE_ONLY -> new OutOfScope("202.212(b)(2)", "is network-based identifiers,"
                        + " account-authentication data or call-detail data linked only to each other, taken to be"
                        + " as needed to provide a telecommunications, networking or similar service");
            };
        }
        return null;
    }

    /** 28 CFR 202.212: covered personal identifiers, with the exclusions of paragraph (b). */
    public static IdentifierLinkage linkage(DataSet data) {
        Set<IdentifierType> ids = data.identifiers();
        if (data.linkedToOtherSensitiveData()) {
            return IdentifierLinkage.COVERED_PERSONAL_IDENTIFIERS;
        }
        if (ids.isEmpty()) {
            return IdentifierLinkage.NO_IDENTIFIERS;
        }
        if (ids.size() == 1) {
            return IdentifierLinkage.LONE_IDENTIFIER;
        }
        Set<IdentifierGroup> groups = EnumSet.noneOf(IdentifierGroup.class);
        ids.forEach(t -> groups.add(t.group()));
        if (groups.equals(EnumSet.of(IdentifierGroup.DEMOGRAPHIC_CONTACT))) {
            return IdentifierLinkage.DEMOGRAPHIC_ONLY;
        }
        if (NETWORK_SERVICE.containsAll(groups)) {
            return IdentifierLinkage.NETWORK_SERVICE_ONLY;
        }
        return IdentifierLinkage.COVERED_PERSONAL_IDENTIFIERS;
    }

    /** The count a data set contributes to its category: zero when out of scope; anonymization does not matter. */
    public static long countedPersons(DataSet data) {
        return outOfScope(data) == null ? data.count() : 0;
    }
}
