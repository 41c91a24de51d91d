package dev.clearance.domain.transaction;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * One set of data the counterparty can access.
 *
 * @param count        U.S. persons, or U.S. devices for precise geolocation data
 * @param identifiers  listed identifier types linked in the set (LISTED_IDENTIFIERS only)
 * @param anonymized   de-identified, pseudonymized or encrypted; does not reduce the count (28 CFR 202.206)
 * @since 0.1.0
 */
public record DataSet(
        DataCategory category,
        long count,
        Set<IdentifierType> identifiers,
        boolean linkedToOtherSensitiveData,
        @Nullable DataExclusion excluded,
        boolean therapeuticUse,
        boolean anonymized) {

    public DataSet {
        if (count < 0) {
            throw new IllegalArgumentException("count must not be negative: " + count);
        }
        identifiers = identifiers.isEmpty()
                ? Set.of()
                : java.util.Collections.unmodifiableSet(EnumSet.copyOf(identifiers));
    }

    public static DataSet of(DataCategory category, long count) {
        return new DataSet(category, count, Set.of(), false, null, false, false);
    }

    public static DataSet identifiers(long count, boolean linkedToOtherSensitiveData, IdentifierType... types) {
        return new DataSet(DataCategory.LISTED_IDENTIFIERS, count, Set.copyOf(List.of(types)),
                linkedToOtherSensitiveData, null, false, false);
    }

    public DataSet withCount(long newCount) {
        return new DataSet(category, newCount, identifiers, linkedToOtherSensitiveData, excluded, therapeuticUse,
                anonymized);
    }
}
