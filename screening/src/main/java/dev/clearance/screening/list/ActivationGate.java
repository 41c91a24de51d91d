package dev.clearance.screening.list;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Decides whether a well-formed import may replace the active list at once (ADR 0009). A list that has no entries,
 * or that would remove more than {@code maxRemovedShare} of the active list's entries, is far more likely a
 * truncated or wrong download than a real delisting: screening against it would clear every party it drops
 * silently, so it waits for an admin's confirmation instead.
 *
 * @param maxRemovedShare the share of the active entries an import may remove and still activate on arrival, in
 *                        [0, 1]; 0.2 by default
 */
public record ActivationGate(double maxRemovedShare) {

    public static final double DEFAULT_MAX_REMOVED_SHARE = 0.2;

    public ActivationGate {
        if (!(maxRemovedShare >= 0 && maxRemovedShare <= 1)) {
            throw new IllegalArgumentException("max removed share must be between 0 and 1, got " + maxRemovedShare);
        }
    }

    /**
     * @param entries       entries in the new import
     * @param activeEntries entries in the source's active snapshot (0 when there is none)
     * @param removed       active entries the new import does not have
     * @return why the import must wait for confirmation, e.g. "would remove 663 of 663 entries (100% > 20%)";
     *     empty when it may activate
     */
    public Optional<String> holdReason(int entries, int activeEntries, int removed) {
        List<String> reasons = new ArrayList<>();
        if (entries == 0) {
            reasons.add("has no entries");
        }
        if (activeEntries > 0 && (double) removed / activeEntries > maxRemovedShare) {
            reasons.add("would remove " + removed + " of " + activeEntries + " entries ("
                    + percent((double) removed / activeEntries) + " > " + percent(maxRemovedShare) + ")");
        }
        return reasons.isEmpty() ? Optional.empty() : Optional.of(String.join("; ", reasons));
    }

    private static String percent(double share) {
        return BigDecimal.valueOf(share * 100).setScale(1, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString()
                + "%";
    }
}
