package dev.clearance.domain.ownership;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeSet;

/**
 * The stakes in one party in force on any one date add up to at most 100%. The model has no share classes, so all
 * stakes in a party are one class. Archived edges do not count. Stakes are dated, so the rule is checked on every
 * date the new stake is in force: the sum can only rise where some stake starts, so those dates (and the new
 * stake's own start) are the only ones to look at.
 *
 * @since 0.1.0
 */
public final class StakeLimit {
    static final BigDecimal LIMIT = BigDecimal.valueOf(100);

    private StakeLimit() {
    }

    /**
     * The date in the new stake's validity on which the stakes would add up to the most, with the existing stakes in
     * force then.
     *
     * @param on      the earliest date with the highest total
     * @param total   the new stake plus {@code inForce}
     * @param inForce the existing, non-archived stakes in force on {@code on}
     */
    public record Breach(LocalDate on, BigDecimal total, List<OwnershipEdge> inForce) {
        public Breach {
            Objects.requireNonNull(on, "on");
            Objects.requireNonNull(total, "total");
            inForce = List.copyOf(inForce);
        }
    }

    /**
     * @param existing every edge recorded into the party {@code added} is for (other parties' edges and archived ones
     *                 are ignored)
     * @return the breach, or empty when the stakes stay within 100% on every date
     */
    public static Optional<Breach> check(List<OwnershipEdge> existing, NewOwnershipEdge added) {
        List<OwnershipEdge> live = existing.stream()
                .filter(e -> !e.archived() && e.owned().equals(added.owned())).toList();
        Validity period = added.validity();
        TreeSet<LocalDate> dates = new TreeSet<>();
        dates.add(period.from());
        for (OwnershipEdge e : live) {
            if (period.contains(e.validity().from())) {
                dates.add(e.validity().from());
            }
        }
        Breach worst = null;
        for (LocalDate day : dates) {
            List<OwnershipEdge> inForce = live.stream().filter(e -> e.validity().contains(day))
                    .sorted(Comparator.comparing((OwnershipEdge e) -> e.validity().from())
                            .thenComparing(e -> e.id().value()))
                    .toList();
            BigDecimal total = inForce.stream().map(e -> e.percent().value())
                    .reduce(added.percent().value(), BigDecimal::add);
            if (worst == null || total.compareTo(worst.total()) > 0) {
                worst = new Breach(day, total, inForce);
            }
        }
        return worst != null && worst.total().compareTo(LIMIT) > 0 ? Optional.of(worst) : Optional.empty();
    }
}
